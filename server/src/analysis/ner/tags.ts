// The IOB2 tag set of the tagger and the rules of a valid sequence.
// Index 0 is O; then B-/I- for each type. I-X may only follow B-X or I-X.

export const ENTITY_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
export type NerType = (typeof ENTITY_TYPES)[number];

/** O, B-PERS, I-PERS, B-LOC, I-LOC, B-ORG, I-ORG, B-MISC, I-MISC. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const NUM_TAGS = TAGS.length;

const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i] as const));

/** The index of a tag in TAGS; unknown tags (and types outside the set) count as O. */
export function tagIndex(tag: string): number {
  return TAG_INDEX.get(tag) ?? 0;
}

/** True when tag index `i` is an I- tag. */
export function isInside(i: number): boolean {
  return i > 0 && i % 2 === 0;
}

/**
 * allowed[prev * NUM_TAGS + cur] — 1 when `cur` may follow `prev`; prev = NUM_TAGS stands for the
 * start of the sentence.
 */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NUM_TAGS + 1) * NUM_TAGS);
  for (let p = 0; p <= NUM_TAGS; p++) {
    for (let c = 0; c < NUM_TAGS; c++) {
      // I-X (index 2k) needs B-X (2k-1) or I-X (2k) before it.
      a[p * NUM_TAGS + c] = !isInside(c) || (p < NUM_TAGS && (p === c || p === c - 1)) ? 1 : 0;
    }
  }
  return a;
})();

/**
 * Repairs a tag sequence into valid IOB2: an I-X that does not continue an X chunk starts one
 * (becomes B-X), as conlleval reads it. Unknown tags become O. Returns a new array.
 */
export function fixIob2(tags: readonly string[]): string[] {
  const out: string[] = new Array(tags.length);
  let prevType = '';
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t.length > 2 && (t[0] === 'B' || t[0] === 'I') && t[1] === '-') {
      const type = t.slice(2);
      out[i] = t[0] === 'I' && prevType !== type ? `B-${type}` : t;
      prevType = type;
    } else {
      out[i] = 'O';
      prevType = '';
    }
  }
  return out;
}
