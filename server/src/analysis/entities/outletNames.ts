// Outlets named in quotation marks: لـ"سودان تريبيون"، صحيفة «الشرق الأوسط»، موقع "أكسيوس". The
// quoted words are the outlet's name, whatever else they could be read as on their own (سودان is a
// country, الشرق الأوسط a region): they are one organization. A knowledge-base organization that
// covers exactly the quoted words keeps its identity; anything else inside the marks is not linked.
import { Token } from '../tokenize';
import { lexicon } from '../attribution/lexicon';

const OPEN = new Set(['"', '«', '“', '„']);
const CLOSE = new Set(['"', '»', '”']);
/** Longest name in words between the marks. */
const MAX_WORDS = 5;

/** Token i opens a quoted outlet name: the first and last word tokens of the name (inclusive), or null. */
export function outletNameAt(toks: readonly Token[], i: number, readings: (k: number) => readonly string[]): { first: number; last: number } | null {
  const open = toks[i];
  if (!open || open.kind === 'word' || !OPEN.has(open.surface) || i === 0) return null;
  const before = toks[i - 1];
  if (before.kind !== 'word' || (before.norm !== 'ل' && !isMediaWord(before, readings(i - 1)))) return null;
  let k = i + 1;
  while (k < toks.length && toks[k].kind === 'word' && k - i <= MAX_WORDS) k++;
  const close = toks[k];
  if (k === i + 1 || !close || !CLOSE.has(close.surface)) return null;
  return { first: i + 1, last: k - 1 };
}

/** A noun that introduces an outlet's name (صحيفة، وكالة، قناة … — the attribution lexicon's media nouns). */
function isMediaWord(t: Token, readings: readonly string[]): boolean {
  const media = lexicon().mediaNouns;
  for (const r of readings) {
    const bare = r.startsWith('ال') ? r.slice(2) : r;
    if (media.has(bare)) return true;
  }
  return media.has(t.norm);
}
