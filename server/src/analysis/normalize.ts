// Normalization for matching, never for offsets.
// Arabic news spells the same word many ways (أمريكا/امريكا, العراقية/العراقيه, diacritized or not,
// stretched with tatweel, Eastern or Western digits). Lookups compare normalized forms; every range
// reported to the editor is still measured in the original text.

/** What a single UTF-16 code unit becomes: a replacement code unit, or -1 to drop it. */
const TABLE = new Int32Array(0x10000);
for (let c = 0; c < 0x10000; c++) TABLE[c] = c;
// Alef forms → bare alef.
for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]) TABLE[c] = 0x0627;
TABLE[0x0649] = 0x064a; // alef maqsura ى → ya ي
TABLE[0x06cc] = 0x064a; // Persian yeh ی → ي
TABLE[0x06a9] = 0x0643; // Persian keheh ک → ك
TABLE[0x0629] = 0x0647; // ta marbuta ة → ha ه
// Tashkeel, superscript alef, Quranic marks and tatweel are dropped.
for (let c = 0x064b; c <= 0x065f; c++) TABLE[c] = -1;
TABLE[0x0670] = -1;
for (let c = 0x06d6; c <= 0x06ed; c++) TABLE[c] = -1;
TABLE[0x0640] = -1;
// Bidi and zero-width marks carry no letters.
for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e,
  0x2066, 0x2067, 0x2068, 0x2069, 0xfeff]) TABLE[c] = -1;
// Arabic-Indic and Persian digits → ASCII digits; Arabic decimal and thousands separators → . and ,
for (let d = 0; d < 10; d++) {
  TABLE[0x0660 + d] = 0x30 + d;
  TABLE[0x06f0 + d] = 0x30 + d;
}
TABLE[0x066b] = 0x2e; // ٫
TABLE[0x066c] = 0x2c; // ٬

/** True for code units that normalization drops (marks, tatweel, bidi controls). */
export function isIgnorable(code: number): boolean {
  return TABLE[code] === -1;
}

/** Normalizes one word (or any short string) for lookup. */
export function normalizeWord(s: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const m = TABLE[c];
    if (m !== c) {
      changed = true;
      break;
    }
  }
  if (!changed) return s;
  for (let i = 0; i < s.length; i++) {
    const m = TABLE[s.charCodeAt(i)];
    if (m >= 0) out += String.fromCharCode(m);
  }
  return out;
}

/** A normalized text with, for every normalized code unit, its offset in the original text. */
export interface NormalizedText {
  text: string;
  /** toOriginal[i] is the original offset of normalized unit i; toOriginal[text.length] = original length. */
  toOriginal: Int32Array;
}

/** Normalizes a whole text, keeping the map back to original offsets. */
export function normalizeText(s: string): NormalizedText {
  const parts: string[] = [];
  const map = new Int32Array(s.length + 1);
  let n = 0;
  let chunk = '';
  for (let i = 0; i < s.length; i++) {
    const m = TABLE[s.charCodeAt(i)];
    if (m < 0) continue;
    chunk += String.fromCharCode(m);
    map[n++] = i;
    if (chunk.length >= 4096) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  map[n] = s.length;
  return { text: parts.join(''), toOriginal: map.slice(0, n + 1) };
}

/** Removes a leading byte-order mark, as VS Code does before it shows a document. */
export function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
