// The caches kept between versions of a document (paragraph results, placement, linking, times,
// attributions) must not keep old versions of its text alive: each paragraph is cut from one
// version, and anything kept from run to run that still points into it holds the whole version.
// A leak of that kind cost ~2 MB per edit on a 1 MB document before it was caught.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze, AnalysisCache } from '../../server/src/analysis/analyze';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

test('editing a document many times keeps the heap near one version of it', () => {
  const article = readFileSync(join(__dirname, '..', '..', 'data', 'articles', 'iraq-us-withdrawal.txt'), 'utf8');
  let text = Array.from({ length: 40 }, (_, k) => article.replace(/\n/g, ` ${k}\n`)).join('\n'); // ~250,000 characters
  const cache = new AnalysisCache();
  analyze(text, {}, cache);
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 40; i++) {
    const at = Math.floor(((i * 7919) % 997) / 997 * text.length);
    text = text.slice(0, at) + 'و' + text.slice(at); // a new version, each paragraph cut from it
    analyze(text, {}, cache);
  }
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 1048576;
  // One version is ~0.5 MB (UTF-16): 40 kept versions would be 20 MB.
  assert.ok(grown < 6, `the heap grew ${grown.toFixed(1)} MB over 40 edits`);
});
