// Acceptance on the sample article, end to end through analyze(), with DCT 2024-07-25.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { dataDir } from '../../server/src/analysis/dataDir';

const text = readFileSync(join(dataDir(), 'articles', 'iraq-us-withdrawal.txt'), 'utf8');
const a = analyze(text, { documentDate: '2024-07-25' });

const expected: Array<[string, string, string?]> = [
  ['سبتمبر المقبل', '2024-09'],
  ['أيلول/سبتمبر', '2024-09'],
  ['خريف عام 2025', '2025-FA'],
  ['عام 2021', '2021'],
  ['يناير/كانون الثاني 2020', '2020-01'],
  ['كانون الثاني/يناير 2024', '2024-01'],
  ['بعام 2014', '2014'],
  ['نحو شهرين', 'P2M', 'APPROX'],
  ['حالياً', 'PRESENT_REF'],
  ['في وقت لاحق من شهر كانون الثاني/يناير', '2024-01'],
  ['خلال عام', 'P1Y'],
];
for (const [t, v, mod] of expected) {
  test(`sample: ${t} → ${v}`, () => {
    const hit = a.times.find((x) => x.text === t);
    assert.ok(hit, a.times.map((x) => x.text).join(' | '));
    assert.equal(hit.value, v, hit.reason);
    if (mod) assert.equal(hit.mod, mod);
    assert.equal(text.slice(hit.start, hit.end), t);
  });
}

test('sample: times sorted, events sorted, timeline values present', () => {
  for (let i = 1; i < a.times.length; i++) assert.ok(a.times[i].start >= a.times[i - 1].end);
  for (let i = 1; i < a.events.length; i++) assert.ok(a.events[i].start >= a.events[i - 1].start);
  const values = new Set(a.events.map((e) => e.value));
  for (const v of ['2014', '2020-01', '2021', '2024-01', '2024-09', '2025-FA']) assert.ok(values.has(v), v);
  for (const e of a.events) {
    assert.equal(text.slice(e.start, e.end), e.text);
    assert.ok(e.time !== undefined && a.times[e.time].value === e.value);
  }
});

test('sample: without a DCT option the date is inferred and says so', () => {
  const b = analyze(text);
  assert.equal(b.dct.origin, 'inferred');
  assert.match(b.dct.reason, /inferred/);
});
