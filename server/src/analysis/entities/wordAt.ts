// Facts about the text around a word that linking reads. Each looks only inside the word's own line
// (never across a line break), so linking a paragraph depends on its own text and not on its
// neighbours' — which is what lets an edit relink one paragraph (relink.ts).
import { tokenize } from '../tokenize';
import { normalizeWord } from '../normalize';

/** Letters, marks, tatweel and joiners of Arabic words: what a surname is made of. */
export function isArabicWordChar(c: number): boolean {
  return (c >= 0x621 && c <= 0x65f) || c === 0x640 || (c >= 0x670 && c <= 0x6d3) || c === 0x200c || c === 0x200d;
}

function isSpaceLike(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
}

/** Blanks within a line (a line break ends the search for the previous word). */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** True when the tokenizer makes [start, end) one token (checked on the surrounding chunk only). */
export function isWholeToken(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < 64 && !isSpaceLike(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < 64 && !isSpaceLike(text.charCodeAt(b))) b++;
  for (const t of tokenize(text.slice(a, b), a)) if (t.start === start) return t.end === end;
  return false;
}

/** The normalized word right before `pos` on the same line (blanks between allowed), or null. */
export function previousWord(text: string, pos: number): string | null {
  let e = pos;
  while (e > 0 && isBlank(text.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > 0 && e - b < 40 && isArabicWordChar(text.charCodeAt(b - 1))) b--;
  return b < e ? normalizeWord(text.slice(b, e)) : null;
}
