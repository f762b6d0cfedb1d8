// Clitic segmentation for lookup. Arabic writes conjunctions, prepositions and the article onto
// the word (وبغداد، لبغداد، وللعراق = و + ل + العراق). We do not decide here whether a leading
// letter is a clitic: we list the readings, longest first, and the caller keeps the first one the
// knowledge base or lexicon knows. So بغداد stays بغداد (غداد is known to nobody).

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);
/** A stem must keep at least this many letters after stripping. */
const MIN_STEM = 2;

/** The readings of a normalized word: itself first, then with proclitics stripped. */
export function cliticReadings(word: string): string[] {
  const out = [word];
  const add = (s: string) => {
    if (s.length >= MIN_STEM && !out.includes(s)) out.push(s);
  };
  const afterConj = CONJ.has(word[0]) && word.length > MIN_STEM + 1 ? word.slice(1) : null;
  for (const w of afterConj ? [word, afterConj] : [word]) {
    if (w !== word) add(w);
    if (PREP.has(w[0]) && w.length > MIN_STEM + 1) {
      // لل = ل + ال whose alef is not written: للعراق → العراق
      if (w[0] === 'ل' && w[1] === 'ل' && w.length > 3) add('ا' + w.slice(1));
      add(w.slice(1));
    }
  }
  return out;
}

/** The word without its leading article ال (and any proclitics before it), or null. */
export function withoutArticle(word: string): string | null {
  for (const r of cliticReadings(word)) {
    if (r.startsWith('ال') && r.length > 3) return r.slice(2);
  }
  return null;
}
