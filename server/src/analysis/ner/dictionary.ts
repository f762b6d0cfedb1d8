// Arabic dictionary classes for the tagger's features (data/lexicon/dictionary-classes.tsv.gz,
// derived from the Ayaspell hunspell dictionary by scripts/build-dictionary.ts). A word maps to
// the hashes of its affix classes: one for the whole set, then one per class. Words the dictionary
// does not know map to nothing — for a language without capital letters, the strongest cheap hint
// that a word is a (foreign) name.
//
// ~100k words: kept as an open-addressing table of 32-bit word hashes (1.5 MB, built in ~30 ms)
// rather than a Map of strings (20 MB, 130 ms), since the server loads it on its first analysis. Two
// words with the same hash would share classes; with 100k words that is 1 in 40,000 of the unknown
// words looked up, and it only makes one feature wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dataDir } from '../dataDir';
import { fnv } from './hash';

export const DICTIONARY_FILE = 'dictionary-classes.tsv.gz';

export class DictionaryTable {
  private readonly keys: Uint32Array;
  /** 1 + index into `sets`; 0 = empty slot. */
  private readonly values: Uint32Array;
  private readonly mask: number;
  private readonly sets: Uint32Array[] = [];
  words = 0;

  constructor(capacity: number) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.values = new Uint32Array(size);
    this.mask = size - 1;
  }

  /** Adds a class set (its hashes); returns its index for add(). */
  addSet(hashes: Uint32Array): number {
    this.sets.push(hashes);
    return this.sets.length - 1;
  }

  /** Adds a word by its hash (a later set replaces an earlier one). */
  add(h: number, set: number): void {
    let i = h & this.mask;
    while (this.values[i] !== 0 && this.keys[i] !== h) i = (i + 1) & this.mask;
    if (this.values[i] === 0) {
      if (this.words * 2 >= this.mask) return; // full: the rest of the words are left out
      this.words++;
    }
    this.keys[i] = h;
    this.values[i] = set + 1;
  }

  /** The class hashes of a normalized word, or undefined. */
  get(word: string): Uint32Array | undefined {
    const h = fnv(word);
    let i = h & this.mask;
    for (;;) {
      const v = this.values[i];
      if (v === 0) return undefined;
      if (this.keys[i] === h) return this.sets[v - 1];
      i = (i + 1) & this.mask;
    }
  }
}

/**
 * Parses the file's text: one line per class set, `class,class,…<TAB>word word …`; `#` starts a
 * comment line.
 */
export function parseDictionary(text: string): DictionaryTable {
  let spaces = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) spaces++;
  const table = new DictionaryTable(spaces + 1024);
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', pos);
    if (text.charCodeAt(pos) !== 0x23 /* # */ && tab > pos && tab < end) {
      const set = text.slice(pos, tab);
      const k = table.addSet(Uint32Array.from([fnv(set), ...set.split(',').map((c) => fnv(c))]));
      let w = tab + 1;
      for (let i = tab + 1; i <= end; i++) {
        if (i === end || text.charCodeAt(i) === 0x20) {
          if (i > w) table.add(fnv(text, w, i), k);
          w = i + 1;
        }
      }
    }
    pos = end + 1;
  }
  return table;
}

let cached: DictionaryTable | undefined;

/** The dictionary in dataDir()/lexicon (empty when missing or unreadable); never throws. */
export function dictionaryClasses(): DictionaryTable {
  if (cached) return cached;
  try {
    cached = parseDictionary(gunzipSync(readFileSync(join(dataDir(), 'lexicon', DICTIONARY_FILE))).toString('utf8'));
  } catch {
    cached = new DictionaryTable(0);
  }
  return cached;
}
