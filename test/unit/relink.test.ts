// Relinking (entities/relink.ts): after an edit that changes nothing linking reads, linking reuses
// its last decisions instead of folding over the document again. Whatever path each edit takes,
// the analysis must be exactly a fresh one, and both paths must actually be taken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, AnalysisCache } from '../../server/src/analysis/analyze';
import { rng } from '../support/random';

const root = join(__dirname, '..', '..');
const articles = readdirSync(join(root, 'data', 'articles')).filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(root, 'data', 'articles', f), 'utf8'));

/** Edits a reader makes: a letter typed or deleted anywhere (inside names too), و before a word, a new word, a line joined or split. */
function edit(next: () => number, text: string): string {
  const at = Math.floor(next() * text.length);
  const r = next();
  if (r < 0.3) return text.slice(0, at) + 'ا' + text.slice(at);
  if (r < 0.5) return text.slice(0, at) + text.slice(at + 1);
  if (r < 0.65) {
    const ws = text.lastIndexOf(' ', at) + 1; // before the word the cursor is in
    return text.slice(0, ws) + 'و' + text.slice(ws);
  }
  if (r < 0.8) return text.slice(0, at) + ' قال الرئيس محمد السوداني ' + text.slice(at);
  if (r < 0.9) return text.slice(0, at) + '\n' + text.slice(at);
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text : text.slice(0, nl) + ' ' + text.slice(nl + 1);
}

test('incremental analysis equals a fresh one over edits that relink and edits that link again', () => {
  const next = rng(99);
  let text = articles.join('\n');
  const cache = new AnalysisCache();
  analyze(text, { documentDate: '2024-07-25' }, cache);
  for (let i = 0; i < 60; i++) {
    text = edit(next, text);
    assert.deepEqual(analyze(text, { documentDate: '2024-07-25' }, cache), analyze(text, { documentDate: '2024-07-25' }), `edit ${i} diverged`);
  }
  assert.ok(cache.linking.relinked >= 10, `relinked ${cache.linking.relinked} times`);
  assert.ok(cache.linking.linked >= 10, `linked in full ${cache.linking.linked} times`);
});

test('a surname typed alone after its person is named is linked to that person, not reused from before', () => {
  const cache = new AnalysisCache();
  const before = 'قال الوزير أندريه أونتيكوف إن المحادثات مستمرة.\nوأضاف المتحدث أن الوفد وصل.';
  analyze(before, {}, cache);
  const after = 'قال الوزير أندريه أونتيكوف إن المحادثات مستمرة.\nوأضاف أونتيكوف أن الوفد وصل.';
  const a = analyze(after, {}, cache);
  assert.deepEqual(a, analyze(after, {}));
  const alone = a.mentions.find((m) => m.start === after.lastIndexOf('أونتيكوف'));
  const full = a.mentions.find((m) => m.text.includes('أندريه'));
  assert.ok(alone && full, 'both mentions found');
  assert.equal(alone.entityId, full.entityId);
});
