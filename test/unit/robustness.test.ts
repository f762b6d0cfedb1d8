// Fuzz and property tests of the analysis core: random hostile documents never make it throw,
// every range lies inside the document on code-point boundaries, and incremental analysis (the
// paragraph cache) gives exactly what a fresh analysis gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, AnalysisCache } from '../../server/src/analysis/analyze';
import { badSpan } from '../support/spans';
import { randomDocument, randomEdit, rng } from '../support/random';

const DOCS = 150;
const EDITS = 200;

test(`analysis never throws and keeps ranges in bounds on ${DOCS} random documents`, () => {
  const next = rng(20240725);
  for (let i = 0; i < DOCS; i++) {
    const text = randomDocument(next, 400);
    let a;
    try {
      a = analyze(text, { documentDate: '2024-07-25' });
    } catch (e) {
      assert.fail(`document ${i} threw: ${(e as Error).stack}\n${JSON.stringify(text.slice(0, 300))}`);
    }
    const shown = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // VS Code drops a BOM
    assert.equal(a.length, shown.length);
    const bad = badSpan(shown, a);
    assert.equal(bad, null, `document ${i}: ${bad}`);
  }
});

test(`incremental analysis equals a fresh analysis over ${EDITS} random edits`, () => {
  const next = rng(7);
  const cache = new AnalysisCache();
  let text = randomDocument(next, 200) + '\n' + randomDocument(next, 200);
  for (let i = 0; i < EDITS; i++) {
    const e = randomEdit(next, text);
    text = text.slice(0, e.start) + e.insert + text.slice(e.end);
    const incremental = analyze(text, { documentDate: '2024-07-25' }, cache);
    const fresh = analyze(text, { documentDate: '2024-07-25' });
    assert.deepEqual(incremental, fresh, `edit ${i} diverged`);
  }
  assert.ok(cache.hits > 0, 'the cache was used');
});

test('empty, whitespace-only, NUL-only and binary-looking documents', () => {
  for (const text of ['', ' ', '\n\n\n', '\u0000'.repeat(1000), '\ufeff', '\ud800', '\udc00\ud800', 'ـــــ', '\u200f\u200e']) {
    const a = analyze(text, { documentDate: '2024-07-25' });
    assert.equal(badSpan(text.replace(/^\ufeff/, ''), a), null);
  }
});

test('a 200,000-character line and a long run without spaces stay inside bounds', () => {
  const line = 'قال مسؤول إن بغداد '.repeat(10000);
  const run = 'ب'.repeat(200000);
  for (const text of [line, run, line + '\n' + run]) {
    const a = analyze(text, { documentDate: '2024-07-25' });
    assert.equal(badSpan(text, a), null);
  }
});

test('documents over the size limit get a partial analysis with a reason', () => {
  const text = 'وقال الرئيس إن بغداد مستعدة.\n'.repeat(2000);
  const a = analyze(text, { documentDate: '2024-07-25', maxLength: 10000 });
  assert.ok(a.partial, 'marked partial');
  assert.ok(a.partial!.analyzedLength <= 10000);
  assert.match(a.partial!.reason, /10000/);
  assert.equal(a.length, text.length);
  assert.equal(badSpan(text, a), null);
});
