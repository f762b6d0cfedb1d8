// The benchmark's document: ~1 MB of real Arabic newswire, built at bench time from the ANERcorp
// training split (one sentence a line). The data is read from ../shared, never copied here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_CORPUS = join('..', 'shared', 'data', 'anercorp-train', 'ANERCorp_CamelLab_train.txt');

export function buildCorpus(bytes = 1_000_000, path = process.env.SANAD_BENCH_CORPUS ?? DEFAULT_CORPUS): string {
  if (!existsSync(path)) throw new Error(`benchmark corpus not found: ${path} (set SANAD_BENCH_CORPUS)`);
  const lines: string[] = [];
  let words: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const tok = line.split(' ')[0];
    if (!line.trim()) {
      if (words.length) lines.push(words.join(' '));
      words = [];
    } else words.push(tok);
  }
  if (words.length) lines.push(words.join(' '));
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i = (i + 1) % lines.length) {
    out.push(lines[i]);
    size += Buffer.byteLength(lines[i]) + 1;
  }
  return out.join('\n');
}
