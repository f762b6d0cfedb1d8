// The document creation time, calendar helpers and Hijri conversion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentDate } from '../../server/src/analysis/time';
import { hijriToGregorian, isoWeek, parseIsoDate, toDays, toHijri } from '../../server/src/analysis/time/calendar';

test('the option wins when valid', () => {
  const d = documentDate('في 15 أيلول 2023 قال الوزير', '2024-07-25');
  assert.deepEqual([d.value, d.origin], ['2024-07-25', 'option']);
});

test('an invalid option is ignored, and the reason says so', () => {
  for (const bad of ['2024-13-01', '2024-02-30', 'yesterday', '25/07/2024', '2024-7-25']) {
    const d = documentDate('بغداد، 15 أيلول 2023 – قال الوزير', bad);
    assert.equal(d.origin, 'text', bad);
    assert.equal(d.value, '2023-09-15');
    assert.match(d.reason, /ignored/);
  }
});

test('front matter date', () => {
  const d = documentDate('---\ntitle: خبر\ndate: 2024-07-25\n---\nقال الوزير في أيلول إن ...');
  assert.deepEqual([d.value, d.origin], ['2024-07-25', 'text']);
  const q = documentDate('---\ndate: "2023-01-05T10:00:00Z"\n---\nنص');
  assert.equal(q.value, '2023-01-05');
});

test('a dateline in the first lines', () => {
  const d = documentDate('بغداد – الخميس 25 تموز/يوليو 2024\nقال الوزير إن المفاوضات ستبدأ في أيلول.');
  assert.deepEqual([d.value, d.origin], ['2024-07-25', 'text']);
  const n = documentDate('القاهرة - 2024/03/12\nنص الخبر.');
  assert.equal(n.value, '2024-03-12');
});

test('a date below the first lines is only an inference', () => {
  const text = 'سطر أول\nسطر ثان\nسطر ثالث\nوفي 10 آذار 2022 قال الوزير. وفي كانون الثاني/يناير 2023 عقد الاجتماع.';
  const d = documentDate(text);
  assert.equal(d.origin, 'inferred');
  assert.equal(d.value, '2023-01-31');
  assert.match(d.reason, /inferred/);
});

test('no date at all: today', () => {
  const d = documentDate('قال الوزير إن المفاوضات مستمرة.');
  assert.equal(d.origin, 'today');
  assert.ok(parseIsoDate(d.value));
});

test('the sample article without an option infers from its latest month', () => {
  const d = documentDate('وجرت الجولة الأولى في كانون الثاني/يناير 2024، ووافقت الولايات المتحدة.\nوفي عام 2021 أعلنت الإدارة.');
  assert.equal(d.origin, 'inferred');
  assert.equal(d.value, '2024-01-31');
});

test('ISO weeks', () => {
  assert.deepEqual(isoWeek({ y: 2024, m: 7, d: 25 }), { wy: 2024, w: 30 });
  assert.deepEqual(isoWeek({ y: 2021, m: 1, d: 3 }), { wy: 2020, w: 53 });
  assert.deepEqual(isoWeek({ y: 2024, m: 12, d: 30 }), { wy: 2025, w: 1 });
});

test('Hijri → Gregorian (Umm al-Qura) and back', () => {
  const cases: Array<[number, number, number, string]> = [
    [1446, 1, 1, '2024-07-07'], [1445, 9, 1, '2024-03-11'], [1445, 10, 1, '2024-04-10'], [1444, 12, 10, '2023-06-28'],
    [1443, 9, 1, '2022-04-02'], [1400, 1, 1, '1979-11-21'], [1420, 1, 1, '1999-04-17'],
  ];
  for (const [y, m, d, g] of cases) {
    const r = hijriToGregorian(y, m, d);
    assert.ok(r);
    const iso = `${r.date.y}-${String(r.date.m).padStart(2, '0')}-${String(r.date.d).padStart(2, '0')}`;
    assert.equal(iso, g, `${d}/${m}/${y}`);
    assert.ok(r.exact);
    assert.deepEqual(toHijri(toDays(r.date)), { y, m, d });
  }
  assert.equal(hijriToGregorian(1446, 13, 1), null);
  assert.equal(hijriToGregorian(1446, 1, 31), null);
});
