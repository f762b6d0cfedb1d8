// The timeline view's layout logic (pure, no DOM): proportional axis, breaks, year markers,
// keyboard moves, labels and filters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dayNumber, DEFAULT_LAYOUT, formatSpan, layoutTimeline, matchesFilter, nextCard, Row, splitLabel, UNATTRIBUTED,
} from '../../client/src/webview/layout';

// The sample article's story (DCT 2024-07-25).
const SAMPLE = ['2014-01-01', '2020-01-01', '2021-01-01', '2024-01-01', '2024-07-25', '2024-09-01', '2025-09-01'];

const kinds = (rows: Row[]) => rows.map((r) => (r.kind === 'year' ? `Y${r.year}` : r.kind === 'event' ? `E${r.index}` : r.kind === 'break' ? 'B' : 'g'));

test('dayNumber: days since 1970, also before year 100', () => {
  assert.equal(dayNumber('1970-01-01'), 0);
  assert.equal(dayNumber('1970-01-02'), 1);
  assert.equal(dayNumber('2024-03-01') - dayNumber('2024-02-28'), 2); // leap year
  assert.equal(dayNumber('0050-01-01') < dayNumber('0100-01-01'), true);
  assert.ok(Number.isNaN(dayNumber('soon')));
});

test('the sample story: breaks across long gaps, to scale elsewhere, a marker per year', () => {
  const rows = layoutTimeline(SAMPLE);
  assert.deepEqual(kinds(rows), [
    'Y2014', 'E0', 'B', 'Y2020', 'E1', 'g', 'Y2021', 'E2', 'B', 'Y2024', 'E3', 'g', 'E4', 'g', 'E5', 'g', 'Y2025', 'g', 'E6',
  ]);
  const breaks = rows.filter((r): r is Extract<Row, { kind: 'break' }> => r.kind === 'break');
  assert.deepEqual(breaks.map((b) => b.label), ['6 years · 6 سنوات', '3 years · 3 سنوات']);
});

test('gaps are proportional to the time between events', () => {
  const rows = layoutTimeline(['2024-01-01', '2024-07-01', '2025-07-01'], { minGap: 0 });
  const gaps = rows.filter((r): r is Extract<Row, { kind: 'gap' }> => r.kind === 'gap').map((g) => g.height);
  // half a year, then a year (split at the 2025 marker)
  assert.equal(gaps.length, 3);
  const half = gaps[0], year = gaps[1] + gaps[2];
  assert.ok(Math.abs(year / half - 2) < 0.05, `${year} vs ${half}`);
  assert.ok(Math.abs(year - DEFAULT_LAYOUT.pxPerYear) <= 2);
});

test('every event appears once, in order; a year marker precedes the first event of each year', () => {
  const starts = ['1990-05-01', '1990-05-01', '1991-02-03', '1995-01-01', '1995-12-31', '1996-01-01', '2030-06-15'];
  const rows = layoutTimeline(starts);
  assert.deepEqual(rows.filter((r) => r.kind === 'event').map((r) => (r as { index: number }).index), [0, 1, 2, 3, 4, 5, 6]);
  let year: number | undefined;
  for (const r of rows) {
    if (r.kind === 'year') year = r.year;
    if (r.kind === 'event') assert.equal(year, +starts[r.index].slice(0, 4));
  }
});

test('same-day events have no spacer between them; nothing negative for out-of-order input', () => {
  assert.deepEqual(kinds(layoutTimeline(['2024-01-01', '2024-01-01'])), ['Y2024', 'E0', 'E1']);
  const rows = layoutTimeline(['2024-06-01', '2023-01-01', '2024-07-01']);
  for (const r of rows) if (r.kind === 'gap') assert.ok(r.height > 0);
  assert.deepEqual(rows.filter((r) => r.kind === 'event').length, 3);
});

test('a gap just under the break threshold is drawn to scale, with the years it crosses', () => {
  assert.deepEqual(kinds(layoutTimeline(['2020-06-01', '2022-05-01'])), ['Y2020', 'E0', 'g', 'Y2021', 'g', 'Y2022', 'g', 'E1']);
  assert.deepEqual(kinds(layoutTimeline(['2020-06-01', '2022-07-01'])), ['Y2020', 'E0', 'B', 'Y2022', 'E1']);
});

test('empty and single timelines', () => {
  assert.deepEqual(layoutTimeline([]), []);
  assert.deepEqual(kinds(layoutTimeline(['2024-09-01'])), ['Y2024', 'E0']);
  assert.deepEqual(kinds(layoutTimeline(['garbage'])), ['Y1970', 'E0']);
});

test('formatSpan: English and Arabic counted nouns', () => {
  assert.equal(formatSpan(365 * 6), '6 years · 6 سنوات');
  assert.equal(formatSpan(365 * 2 + 40), '2 years · سنتان');
  assert.equal(formatSpan(365 * 12), '12 years · 12 سنة');
  assert.equal(formatSpan(365), '1 year · سنة');
  assert.equal(formatSpan(61), '2 months · شهران');
  assert.equal(formatSpan(240), '8 months · 8 أشهر');
});

test('nextCard: arrows, Home/End, Page keys; other keys do nothing', () => {
  assert.equal(nextCard('ArrowDown', 0, 3), 1);
  assert.equal(nextCard('ArrowDown', 2, 3), 2);
  assert.equal(nextCard('ArrowUp', 0, 3), 0);
  assert.equal(nextCard('ArrowUp', 2, 3), 1);
  assert.equal(nextCard('Home', 2, 3), 0);
  assert.equal(nextCard('End', 0, 3), 2);
  assert.equal(nextCard('PageDown', 0, 3), 2);
  assert.equal(nextCard('a', 0, 3), undefined);
  assert.equal(nextCard('ArrowDown', 0, 0), undefined);
});

test('splitLabel: English and Arabic halves', () => {
  assert.deepEqual(splitLabel('September 2024 · أيلول 2024'), { en: 'September 2024', ar: 'أيلول 2024' });
  assert.deepEqual(splitLabel('P2M'), { en: 'P2M', ar: '' });
});

test('filters by entity, by source, and for unattributed clauses', () => {
  const a = { entityIds: ['loc:iraq', 'org:reuters'], source: { name: 'Reuters' } };
  const b = { entityIds: ['loc:iraq'] };
  assert.ok(matchesFilter(a, { entity: '', source: '' }));
  assert.ok(matchesFilter(a, { entity: 'org:reuters', source: '' }));
  assert.ok(!matchesFilter(b, { entity: 'org:reuters', source: '' }));
  assert.ok(matchesFilter(a, { entity: '', source: 'Reuters' }));
  assert.ok(!matchesFilter(b, { entity: '', source: 'Reuters' }));
  assert.ok(matchesFilter(b, { entity: 'loc:iraq', source: UNATTRIBUTED }));
  assert.ok(!matchesFilter(a, { entity: '', source: UNATTRIBUTED }));
});
