// Throughput of findTimes on news text (the target is ≥ 1M tokens/s on an idle machine; the
// assertion is loose so a busy CI machine does not fail it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTextUnit, splitParagraphs } from '../../server/src/analysis/textUnit';
import { findTimes } from '../../server/src/analysis/time';
import { dataDir } from '../../server/src/analysis/dataDir';

test('findTimes throughput', () => {
  const text = readFileSync(join(dataDir(), 'articles', 'iraq-us-withdrawal.txt'), 'utf8');
  const units = splitParagraphs(text.repeat(300)).map((p) => makeTextUnit(p.text));
  let tokens = 0;
  for (const u of units) tokens += u.tokens.length;
  for (const u of units.slice(0, 50)) findTimes(u); // warm up
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = process.hrtime.bigint();
    for (const u of units) findTimes(u);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const rate = tokens / best / 1000;
  console.log(`findTimes: ${tokens} tokens in ${best.toFixed(1)} ms = ${rate.toFixed(2)}M tokens/s`);
  assert.ok(rate > 0.2, `${rate.toFixed(2)}M tokens/s`);
});
