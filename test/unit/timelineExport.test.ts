// Timeline exports: Markdown grouped by year with hostile article text kept inert, and JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, timelineToJson, timelineToMarkdown } from '../../server/src/features/timelineExport';
import { TimelineEvent, TimelineResult } from '../../server/src/protocol';

const range = (line: number) => ({ start: { line, character: 2 }, end: { line, character: 40 } });
const ev = (p: Partial<TimelineEvent> & Pick<TimelineEvent, 'value' | 'label' | 'start' | 'text'>): TimelineEvent => ({
  precision: 'year', range: range(0), entityIds: [], entityNames: [], ...p,
});

const RESULT: TimelineResult = {
  uri: 'file:///iraq.txt',
  version: 1,
  dct: { value: '2024-07-25', origin: 'text' },
  events: [
    ev({ value: '2014', label: '2014 · 2014', start: '2014-01-01', end: '2014-12-31', text: 'مقارنة بعام 2014', range: range(8) }),
    ev({ value: '2024-01', label: 'January 2024 · كانون الثاني 2024', start: '2024-01-01', end: '2024-01-31', precision: 'month',
      text: 'جرت الجولة الأولى من المفاوضات', entityIds: ['loc:baghdad', 'loc:washington'], entityNames: ['Baghdad', 'Washington'] }),
    ev({ value: '2024-09', label: 'September 2024 · أيلول 2024', start: '2024-09-01', end: '2024-09-30', precision: 'month',
      text: 'بدء عملية الانسحاب في سبتمبر', source: { name: 'Reuters, citing unnamed sources', kind: 'named' } }),
  ],
};

test('Markdown: a heading per year, one item per event with date, clause, who and source', () => {
  const md = timelineToMarkdown(RESULT, { title: 'iraq.txt' });
  const lines = md.split('\n');
  assert.equal(lines[0], '# Timeline — iraq.txt');
  assert.ok(md.includes('Document date: 2024-07-25 (text)'));
  assert.deepEqual(lines.filter((l) => l.startsWith('## ')), ['## 2014', '## 2024']);
  assert.ok(md.includes('- **January 2024 · كانون الثاني 2024 (2024-01-01 – 2024-01-31)** — <span dir="rtl" lang="ar">جرت الجولة الأولى من المفاوضات</span>'));
  assert.ok(md.includes('  - Who: Baghdad, Washington'));
  assert.ok(md.includes('  - Source: Reuters, citing unnamed sources'));
  assert.equal(lines.filter((l) => l === '  - Source: unattributed').length, 2);
  assert.ok(md.includes('  - Line 9, column 3'));
  // chronological order is kept
  assert.ok(md.indexOf('2014 · 2014') < md.indexOf('January 2024') && md.indexOf('January 2024') < md.indexOf('September 2024'));
});

test('Markdown: HTML, links, emphasis and table pipes in article text stay text', () => {
  const hostile = '<script>alert(1)</script> <img src=x onerror=alert(2)> [click](command:workbench.action.terminal.new) *bold* a|b `code`\nnew line';
  const md = timelineToMarkdown({ ...RESULT, events: [ev({ value: '2020', label: '2020 · 2020', start: '2020-01-01', text: hostile,
    entityNames: ['<b>x</b>'], entityIds: ['x'], source: { name: '[s](http://e.com)', kind: 'generic' } })] }, { title: '<t>.txt' });
  assert.ok(!/<script|<img|<b>|<t>/.test(md), md);
  assert.ok(md.includes('&lt;script&gt;alert\\(1\\)&lt;/script&gt;') || md.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(!md.includes('[click]('), 'no live link');
  assert.ok(md.includes('\\[click\\]'));
  assert.ok(md.includes('\\*bold\\*') && md.includes('a\\|b') && md.includes('\\`code\\`'));
  assert.ok(md.includes('Source: \\[s\\](http://e.com) (generic)'));
  assert.equal(md.split('\n').filter((l) => l.includes('new line')).length, 1, 'newlines in a clause do not break the list');
});

test('escapeMarkdown leaves Arabic, digits and ordinary punctuation readable', () => {
  assert.equal(escapeMarkdown('ويوجد حالياً حوالي 2500 جندي، في العراق.'), 'ويوجد حالياً حوالي 2500 جندي، في العراق.');
  assert.equal(escapeMarkdown('a & b'), 'a &amp; b');
});

test('Markdown of an empty timeline says so', () => {
  const md = timelineToMarkdown({ ...RESULT, events: [] });
  assert.ok(md.startsWith('# Timeline\n'));
  assert.ok(md.includes('_No dated events in this article._'));
});

test('JSON: the timeline result, indented, round-trips', () => {
  const json = timelineToJson(RESULT);
  assert.deepEqual(JSON.parse(json), RESULT);
  assert.ok(json.endsWith('\n'));
  assert.ok(json.includes('\n  "events": ['));
});
