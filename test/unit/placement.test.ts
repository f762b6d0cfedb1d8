// The document pass reuses last run's placed paragraph spans and moves some of them in place
// (placement.ts): edits that move the same paragraphs again and again, with paragraphs that occur
// twice, must still give exactly a fresh analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, AnalysisCache } from '../../server/src/analysis/analyze';

const root = join(__dirname, '..', '..');

test('incremental equals fresh while edits move paragraphs back and forth (repeated paragraphs too)', () => {
  const lines = readFileSync(join(root, 'data', 'articles', 'iraq-us-withdrawal.txt'), 'utf8').split('\n').filter(Boolean);
  // Every paragraph twice, some right after themselves.
  let text = [...lines, lines[0], lines[0], ...lines.slice(2)].join('\n');
  const cache = new AnalysisCache();
  analyze(text, {}, cache);
  // Insert and delete at the start, in the middle and before the last paragraph: paragraphs after
  // each edit move forward, then back, then by other amounts.
  const edits: Array<(t: string) => string> = [
    (t) => 'و' + t,
    (t) => t.slice(1),
    (t) => t.slice(0, t.length >> 1) + 'قال الرئيس ' + t.slice(t.length >> 1),
    (t) => t.slice(0, 40) + t.slice(45),
    (t) => t.slice(0, t.lastIndexOf('\n')) + '\n\n' + t.slice(t.lastIndexOf('\n')),
    (t) => '\n' + lines[1] + '\n' + t,
    (t) => t.slice(t.indexOf('\n', 1) + 1),
  ];
  for (let round = 0; round < 2; round++) {
    for (const [k, edit] of edits.entries()) {
      text = edit(text);
      assert.deepEqual(analyze(text, {}, cache), analyze(text, {}), `round ${round}, edit ${k}`);
    }
  }
});
