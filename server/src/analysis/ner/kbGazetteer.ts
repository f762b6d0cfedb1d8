// Knowledge-base membership for the tagger's features: which words are (part of) a name in
// data/kb/*.json and of which type. Read the same way at training and at tagging time; a KB that
// grows after training only adds hits to a feature the model already weighs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { dataDir } from '../dataDir';
import { normalizeWord } from '../normalize';

const TYPE_BIT: Record<string, number> = { PER: 0, PERS: 0, LOC: 1, ORG: 2, MISC: 3 };

export interface KbGazetteer {
  /** normalized word → bits: 1 << type when a name starts with it, 1 << (4 + type) when it continues one. */
  words: Map<string, number>;
  /** sha1 over the files read, for the model's provenance. */
  sha1: string;
  files: number;
}

interface KbEntry {
  type?: string;
  ar?: string;
  aliases?: string[];
}

/** Builds the gazetteer from JSON arrays of KB entries. */
export function buildGazetteer(entries: Iterable<KbEntry>): Map<string, number> {
  const words = new Map<string, number>();
  for (const e of entries) {
    const t = e && typeof e.type === 'string' ? TYPE_BIT[e.type] : undefined;
    if (t === undefined) continue;
    const names = [e.ar, ...(Array.isArray(e.aliases) ? e.aliases : [])];
    for (const name of names) {
      if (typeof name !== 'string') continue;
      const parts = name.split(/\s+/).filter(Boolean).map(normalizeWord);
      parts.forEach((p, i) => words.set(p, (words.get(p) ?? 0) | (1 << (i === 0 ? t : 4 + t))));
    }
  }
  return words;
}

let cached: KbGazetteer | undefined;

/** The gazetteer of the KB in dataDir()/kb (empty when there is none); never throws. */
export function kbGazetteer(): KbGazetteer {
  if (cached) return cached;
  const hash = createHash('sha1');
  const entries: KbEntry[] = [];
  let files = 0;
  try {
    const dir = join(dataDir(), 'kb');
    if (existsSync(dir)) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
        try {
          const text = readFileSync(join(dir, f), 'utf8');
          const data = JSON.parse(text);
          if (!Array.isArray(data)) continue;
          hash.update(f).update(text);
          entries.push(...data);
          files++;
        } catch {
          // a malformed file is skipped
        }
      }
    }
  } catch {
    // no KB
  }
  cached = { words: buildGazetteer(entries), sha1: hash.digest('hex'), files };
  return cached;
}

/** Replaces the gazetteer (tests, or a KB loaded elsewhere). */
export function setKbGazetteer(g: KbGazetteer | undefined): void {
  cached = g;
}
