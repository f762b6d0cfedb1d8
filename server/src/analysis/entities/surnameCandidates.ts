// Which of a paragraph's surname words could be one of the document's surnames: a pure function of
// the paragraph's words and the set of surnames, so it is memoized on the paragraph's (cached)
// SurnameWords and reused by every document pass while the set of surnames stays the same — an
// edit then looks up the words of the paragraph it changed, not of the whole document.
import type { SurnameWords } from './index';

/** The surnames of the document's people, with the cheap filters derived from them. */
export interface SurnameKeys {
  /** Identifies the set of surnames: equal sets get the same generation. */
  generation: number;
  has(reading: string): boolean;
  lastLetters: Set<number>;
  /** Longer raw words cannot be one of the surnames (room for proclitics, marks and tatweel). */
  maxRaw: number;
}

const generations = new Map<string, number>();
/** Bounds the generation table (a long session sees many surname sets); numbers keep growing. */
const GENERATIONS_LIMIT = 64;
let nextGeneration = 1;

export function surnameKeys(surnames: ReadonlyMap<string, unknown>): SurnameKeys {
  const lastLetters = new Set<number>();
  let maxLen = 0;
  for (const last of surnames.keys()) {
    lastLetters.add(last.charCodeAt(last.length - 1));
    maxLen = Math.max(maxLen, last.length);
  }
  const signature = [...surnames.keys()].sort().join('\n');
  let generation = generations.get(signature);
  if (generation === undefined) {
    if (generations.size >= GENERATIONS_LIMIT) generations.clear();
    generations.set(signature, (generation = nextGeneration++));
  }
  return { generation, has: (r) => surnames.has(r), lastLetters, maxRaw: maxLen * 3 + 4 };
}

interface Memo {
  generation: number;
  indices: Int32Array;
}
const memos = new WeakMap<SurnameWords, Memo>();

/** Indices (into `words.readings`) of the words that pass the filters and have a reading among the surnames. */
export function surnameCandidates(words: SurnameWords, keys: SurnameKeys): Int32Array {
  const memo = memos.get(words);
  if (memo && memo.generation === keys.generation) return memo.indices;
  const { pos, readings } = words;
  const out: number[] = [];
  for (let w = 0, x = 0; x < pos.length; w++, x += 3) {
    if (pos[x + 1] - pos[x] > keys.maxRaw || !keys.lastLetters.has(pos[x + 2])) continue;
    if (readings[w].some(keys.has)) out.push(w);
  }
  const indices = Int32Array.from(out);
  memos.set(words, { generation: keys.generation, indices });
  return indices;
}
