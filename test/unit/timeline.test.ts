// The timeline feature: a hand-built Analysis (so it does not depend on what the passes find)
// placed in time — order, labels, intervals, "now", durations left out, entities and sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { timeline } from '../../server/src/features/timeline';
import { Analysis, Attribution, Event, TimeExpression } from '../../server/src/analysis/types';

// One clause per line, in document order (not chronological).
const CLAUSES: Array<[string, string]> = [
  ['2024-09', 'تأمل بغداد أن تبدأ الولايات المتحدة الانسحاب في أيلول/سبتمبر'],
  ['2025-FA', 'واستكمالها في خريف عام 2025'],
  ['2021', 'وفي عام 2021، أعلنت إدارة بايدن انتهاء المهمة'],
  ['PRESENT_REF', 'ويوجد حالياً حوالي 2500 جندي أمريكي في العراق'],
  ['2020-01', 'بدأ سماع المطالبات بالانسحاب في يناير/كانون الثاني 2020'],
  ['2024-01', 'جرت الجولة الأولى من المفاوضات في كانون الثاني/يناير 2024'],
  ['P2M', 'المفاوضات ستستغرق نحو شهرين'],
  ['2014', 'حجم المشكلة أصغر بكثير مقارنة بعام 2014'],
  ['PAST_REF', 'في الماضي كانت الأمور مختلفة'],
];
const TEXT = CLAUSES.map(([, c]) => c).join('\n');

function build(extra: Partial<Analysis> = {}, events?: Event[]): Analysis {
  let offset = 0;
  const evs: Event[] = [];
  const times: TimeExpression[] = [];
  CLAUSES.forEach(([value, clause], i) => {
    const start = offset;
    offset += clause.length + 1;
    times.push({ start, end: start + 4, text: clause.slice(0, 4), type: value.startsWith('P') && value !== 'PRESENT_REF' && value !== 'PAST_REF' ? 'DURATION' : 'DATE', value, reason: 'test' });
    evs.push({ start, end: start + clause.length, value, text: clause, entityIds: [], time: i });
  });
  return {
    length: TEXT.length,
    dct: { value: '2024-07-25', origin: 'option', reason: 'test' },
    mentions: [],
    entities: [
      { id: 'loc:baghdad', kbId: 'loc:baghdad', type: 'LOC', name: { ar: 'بغداد', en: 'Baghdad' }, mentions: [] },
      { id: 'per:x', kbId: null, type: 'PER', name: { ar: 'أندريه أونتيكوف', en: null }, mentions: [] },
      { id: 'org:reuters', kbId: 'org:reuters', type: 'ORG', name: { ar: 'رويترز', en: 'Reuters' }, mentions: [] },
    ],
    figures: [],
    times,
    attributions: [],
    events: events ?? evs,
    ...extra,
  };
}

const doc = () => TextDocument.create('file:///article.txt', 'plaintext', 3, TEXT);

test('events come in chronological order; durations and PAST_REF are left out', () => {
  const r = timeline(doc(), build());
  assert.deepEqual(r.events.map((e) => e.value), ['2014', '2020-01', '2021', '2024-01', 'PRESENT_REF', '2024-09', '2025-FA']);
  assert.equal(r.uri, 'file:///article.txt');
  assert.equal(r.version, 3);
  assert.deepEqual(r.dct, { value: '2024-07-25', origin: 'option' });
});

test('each event has its label, its interval and its precision', () => {
  const byValue = new Map(timeline(doc(), build()).events.map((e) => [e.value, e]));
  const sep = byValue.get('2024-09')!;
  assert.equal(sep.label, 'September 2024 · أيلول 2024');
  assert.equal(sep.start, '2024-09-01');
  assert.equal(sep.end, '2024-09-30');
  assert.equal(sep.precision, 'month');
  const autumn = byValue.get('2025-FA')!;
  assert.equal(autumn.label, 'autumn 2025 · خريف 2025');
  assert.deepEqual([autumn.start, autumn.end, autumn.precision], ['2025-09-01', '2025-11-30', 'season']);
  const y = byValue.get('2014')!;
  assert.deepEqual([y.start, y.end, y.precision], ['2014-01-01', '2014-12-31', 'year']);
});

test('PRESENT_REF is "now" at the document date, with the date in the label', () => {
  const now = timeline(doc(), build()).events.find((e) => e.value === 'PRESENT_REF')!;
  assert.equal(now.start, '2024-07-25');
  assert.equal(now.end, undefined);
  assert.equal(now.precision, 'now');
  assert.match(now.label, /^now \(25 July 2024\) · الآن \(25 تموز 2024\)$/);
});

test('a DATE-looking value whose expression is a DURATION or SET is not an event', () => {
  const a = build();
  a.times[2] = { ...a.times[2], type: 'SET' };
  assert.ok(!timeline(doc(), a).events.some((e) => e.value === '2021'));
});

test('events starting on the same day keep document order', () => {
  const text = 'الأول في 2024\nالثاني في يناير 2024\nالثالث في 2024';
  const lines = text.split('\n');
  let o = 0;
  const events: Event[] = lines.map((l, i) => {
    const e = { start: o, end: o + l.length, value: ['2024', '2024-01', '2024'][i], text: l, entityIds: [] };
    o += l.length + 1;
    return e;
  });
  const d = TextDocument.create('untitled:x', 'plaintext', 1, text);
  const r = timeline(d, build({ length: text.length, times: [] }, events));
  assert.deepEqual(r.events.map((e) => e.text), lines);
  assert.deepEqual(r.events.map((e) => e.range.start.line), [0, 1, 2]);
});

test('ranges are LSP positions of the clause; spans past the end are clamped', () => {
  const r = timeline(doc(), build());
  const e2014 = r.events[0];
  const line = CLAUSES.findIndex(([v]) => v === '2014');
  assert.deepEqual(e2014.range, { start: { line, character: 0 }, end: { line, character: CLAUSES[line][1].length } });
  const a = build({}, [{ start: TEXT.length - 3, end: TEXT.length + 50, value: '2020', text: 'x', entityIds: [] }]);
  const last = TextDocument.create('file:///a.txt', 'plaintext', 1, TEXT).positionAt(TEXT.length);
  assert.deepEqual(timeline(doc(), a).events[0].range.end, last);
});

test('entity names: English when known, else Arabic; unknown ids dropped, duplicates once', () => {
  const a = build({}, [{ start: 0, end: 5, value: '2024', text: 'x', entityIds: ['loc:baghdad', 'per:x', 'nope', 'loc:baghdad'] }]);
  const e = timeline(doc(), a).events[0];
  assert.deepEqual(e.entityIds, ['loc:baghdad', 'per:x']);
  assert.deepEqual(e.entityNames, ['Baghdad', 'أندريه أونتيكوف']);
});

test('source from the attribution: named, anonymous, chains; none means unattributed', () => {
  const span = (start: number, text: string) => ({ start, end: start + text.length, text });
  const attributions: Attribution[] = [
    { cue: span(0, 'ذكرت'), source: { ...span(5, 'رويترز'), entityId: 'org:reuters', kind: 'named' }, claim: { start: 0, end: 30 },
      via: [{ ...span(20, 'مصادر'), entityId: null, kind: 'anonymous' }] },
    { cue: span(0, 'بحسب'), source: { ...span(5, 'مصادر'), entityId: null, kind: 'anonymous' }, claim: { start: 0, end: 30 } },
  ];
  const a = build({ attributions }, [
    { start: 0, end: 5, value: '2020', text: 'a', entityIds: [], attribution: 0 },
    { start: 6, end: 9, value: '2021', text: 'b', entityIds: [], attribution: 1 },
    { start: 10, end: 12, value: '2022', text: 'c', entityIds: [] },
    { start: 13, end: 14, value: '2023', text: 'd', entityIds: [], attribution: 7 }, // dangling index
  ]);
  const [reuters, anon, none, dangling] = timeline(doc(), a).events;
  assert.deepEqual(reuters.source, { name: 'Reuters, citing unnamed sources', kind: 'named' });
  assert.deepEqual(anon.source, { name: 'unnamed sources (مصادر)', kind: 'anonymous' });
  assert.equal(none.source, undefined);
  assert.equal(dangling.source, undefined);
});

test('no events: an empty list, still with the document date', () => {
  const r = timeline(doc(), build({}, []));
  assert.deepEqual(r.events, []);
  assert.equal(r.dct.value, '2024-07-25');
});

test('the clause range and text leave out surrounding spaces and line breaks', () => {
  const text = 'أولاً،  وفي عام 2021 أعلنت الإدارة \nثم';
  const start = text.indexOf('،') + 1;
  const end = text.indexOf('ثم');
  const d = TextDocument.create('file:///t.txt', 'plaintext', 1, text);
  const a = build({ length: text.length, times: [] }, [{ start, end, value: '2021', text: text.slice(start, end), entityIds: [] }]);
  const e = timeline(d, a).events[0];
  assert.equal(e.text, 'وفي عام 2021 أعلنت الإدارة');
  assert.equal(d.getText(e.range), 'وفي عام 2021 أعلنت الإدارة');
});
