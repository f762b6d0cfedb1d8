// The document pass after an edit: linking reuses its last decisions when the edit changed nothing
// it reads (entities/relink.ts), and attributions are resolved again only near the edit
// (attribution/reresolve.ts). Whatever path each edit takes, the analysis must be exactly a fresh
// one, and every path must actually be taken.
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
  if (r < 0.7) return text.slice(0, at) + ' قال الرئيس محمد السوداني ' + text.slice(at);
  if (r < 0.75) return text.slice(0, at) + '\nوأضاف المصدر ذاته أن الوفد وصل.\n' + text.slice(at);
  if (r < 0.8) return text.slice(0, at) + ' وقال المحلل السياسي إن ' + text.slice(at);
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

test('attributions far from an edit are reused, near it resolved again, and the result is a fresh one', () => {
  const next = rng(5);
  // Long enough (~90,000 characters) that most paragraphs lie farther from an edit than a source's
  // referents are looked for.
  const paragraphs = articles.join('\n').split('\n').filter(Boolean);
  const lines: string[] = [];
  for (let k = 0; lines.join('\n').length < 90_000; k++) lines.push(paragraphs[k % paragraphs.length].replace(/\.$/, ` (${k}).`));
  let text = lines.join('\n');
  const cache = new AnalysisCache();
  analyze(text, {}, cache);
  for (let i = 0; i < 40; i++) {
    text = edit(next, text);
    assert.deepEqual(analyze(text, {}, cache), analyze(text, {}), `edit ${i} diverged`);
  }
  assert.ok(cache.attributions.reused > 0, `reused ${cache.attributions.reused}`);
  assert.ok(cache.attributions.resolved > 0, `resolved ${cache.attributions.resolved}`);
});

/** Lines of narrative with no reporting verb, to put distance between the lines that matter. */
const filler = (chars: number) => Array.from({ length: Math.ceil(chars / 40) }, (_, k) => `وصلت الأمطار إلى المدينة في الصباح رقم ${k}.`).join('\n');

test('an edit that adds a report reaches a continuing verb many paragraphs on', () => {
  // No name changes, so linking is reused and attributions are resolved only near the edit — and
  // after it until they agree with last time's again: the continuing verb 30,000 characters on
  // takes the source of the last report before it, which the edit made a new one.
  const doc = (line: string) => `قال وزير المالية أحمد سالم إن الخطة جاهزة.\n${line}\n${filler(30_000)}\nوأضاف أن التنفيذ يبدأ غداً.`;
  const before = doc('الخطة متأخرة عن موعدها.');
  const after = doc('وقال مصدر مطلع إن الخطة متأخرة عن موعدها.');
  const cache = new AnalysisCache();
  analyze(before, {}, cache);
  const relinked = cache.linking.relinked;
  const a = analyze(after, {}, cache);
  assert.equal(cache.linking.relinked, relinked + 1, 'linking was reused');
  assert.deepEqual(a, analyze(after, {}));
  const last = a.attributions[a.attributions.length - 1];
  assert.equal(last.source.text, 'مصدر مطلع');
});

test('a date changed early in the document moves the dates resolved from it later on', () => {
  const doc = (day: number) => `وصل الوفد إلى بغداد في ${day} آذار/مارس 2024.\n${filler(3_000)}\nوفي اليوم التالي عقد الوفد اجتماعاً.`;
  const cache = new AnalysisCache();
  analyze(doc(3), { documentDate: '2024-07-25' }, cache);
  const a = analyze(doc(5), { documentDate: '2024-07-25' }, cache);
  assert.deepEqual(a, analyze(doc(5), { documentDate: '2024-07-25' }));
  assert.equal(a.times[a.times.length - 1].value, '2024-03-06');
});
