// The export formats: each produced from a real analysis and checked for its format's rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { exportAnalysis } from '../../server/src/exports';
import { codePointOffsets } from '../../server/src/exports/codePoints';
import { Analysis } from '../../server/src/analysis/types';

const TEXT = 'قال الرئيس العراقي في بغداد 😀 إن 2500 جندي سيغادرون في أيلول/سبتمبر المقبل.\nوذكرت رويترز نقلاً عن مصادر أن المفاوضات ستستغرق نحو شهرين.';

/** A hand-made analysis, so the format rules are tested whatever the passes find. */
function handMade(text: string): Analysis {
  const at = (s: string) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length };
  };
  const baghdad = at('بغداد');
  return {
    length: text.length,
    dct: { value: '2024-07-25', origin: 'option', reason: 'test' },
    mentions: [{ ...baghdad, text: 'بغداد', type: 'LOC', entityId: 'loc:baghdad', kind: 'name' }],
    entities: [{ id: 'loc:baghdad', kbId: 'loc:baghdad', type: 'LOC', name: { ar: 'بغداد', en: 'Baghdad' }, wikidata: 'Q1530', mentions: [baghdad] }],
    figures: [{ ...at('2500 جندي'), text: '2500 جندي', kind: 'quantity', value: 2500, unit: 'soldier' }],
    times: [{ ...at('أيلول/سبتمبر المقبل'), text: 'أيلول/سبتمبر المقبل', type: 'DATE', value: '2024-09', reason: 'test' }],
    attributions: [],
    events: [],
  };
}

test('code-point offsets count a surrogate pair once', () => {
  const cp = codePointOffsets('a😀b');
  assert.equal(cp(0), 0);
  assert.equal(cp(1), 1);
  assert.equal(cp(3), 2);
  assert.equal(cp(4), 3);
  assert.equal(codePointOffsets('abc')(2), 2);
});

test('webanno: JSON-LD with the W3C context, position and quote selectors in code points', () => {
  const a = handMade(TEXT);
  const doc = JSON.parse(exportAnalysis('webanno', TEXT, a, 'file:///a.txt'));
  assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(doc.type, 'AnnotationCollection');
  const items = doc.first.items;
  assert.equal(items.length, 3);
  for (const item of items) {
    assert.equal(item.type, 'Annotation');
    const [pos, quote] = item.target.selector;
    assert.equal(pos.type, 'TextPositionSelector');
    assert.equal(quote.type, 'TextQuoteSelector');
    assert.equal([...TEXT].slice(pos.start, pos.end).join(''), quote.exact, 'code-point positions select the quote');
  }
  const figure = items.find((i: { body: Array<{ value: string }> }) => i.body[0].value === 'figure:quantity');
  assert.ok(figure, 'the figure is annotated');
  const baghdad = items[0];
  assert.ok(baghdad.body.some((b: { source?: string }) => b.source === 'http://www.wikidata.org/entity/Q1530'));
});

test('brat: T lines with code-point offsets that select their text, N lines for links', () => {
  const a = handMade(TEXT);
  const ann = exportAnalysis('brat', TEXT, a, 'file:///a.txt');
  const cps = [...TEXT];
  const tLines = ann.trim().split('\n').filter((l) => l.startsWith('T'));
  assert.equal(tLines.length, 3);
  for (const l of tLines) {
    const [, typeSpan, text] = l.split('\t');
    const [, s, e] = typeSpan.split(' ');
    assert.equal(cps.slice(+s, +e).join(''), text);
  }
  assert.match(ann, /^N1\tReference T1 Wikidata:Q1530\tBaghdad$/m);
  assert.match(ann, /AnnotatorNotes T2\tquantity 2500 soldier/);
});

test('conll: one token a line, IOB2 tags, a blank line after each sentence', () => {
  const a = handMade(TEXT);
  const out = exportAnalysis('conll', TEXT, a, 'file:///a.txt');
  const lines = out.split('\n');
  assert.ok(lines.includes('بغداد B-LOC'));
  assert.ok(lines.every((l) => l === '' || /^\S+ (O|[BI]-(PERS|LOC|ORG|MISC))$/.test(l)), 'every line is token + tag');
  assert.equal(lines.filter((l) => l === '').length, 2, 'two sentences');
});

test('text and json exports of a real analysis', () => {
  const a = analyze(TEXT, { documentDate: '2024-07-25' });
  const json = JSON.parse(exportAnalysis('json', TEXT, a, 'file:///a.txt'));
  assert.equal(json.length, TEXT.length);
  assert.equal(json.dct.value, '2024-07-25');
  const text = exportAnalysis('text', TEXT, handMade(TEXT), 'file:///a.txt');
  assert.match(text, /Places \(1\)\n {2}بغداد — Baghdad ×1/);
  assert.match(text, /2500 جندي → 2,500 soldier \[quantity\]/);
});

test('TimelineJS: HTML in article text is escaped, spans get end dates, precision sets the fields', async () => {
  const { toTimelineJs } = await import('../../server/src/exports/timelinejs');
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
  const out = toTimelineJs({
    uri: 'file:///a.txt', version: 1, dct: { value: '2024-07-25', origin: 'option' },
    events: [
      { value: '2025-FA', label: 'autumn 2025', start: '2025-09-01', end: '2025-11-30', precision: 'season', range, text: '<img src=x onerror=alert(1)>', entityIds: [], entityNames: [] },
      { value: '2024-09-15', label: '15 September 2024', start: '2024-09-15', end: '2024-09-15', precision: 'day', range, text: 'x', entityIds: [], entityNames: [], source: { name: 'Reuters', kind: 'named' } },
    ],
  }) as { events: Array<{ start_date: Record<string, unknown>; end_date?: Record<string, unknown>; text: { text: string }; group?: string }> };
  assert.deepEqual({ ...out.events[0].start_date, display_date: undefined }, { year: 2025, month: 9, display_date: undefined });
  assert.equal(out.events[0].end_date?.month, 11);
  assert.ok(out.events[0].text.text.includes('&lt;img'), 'escaped');
  assert.ok(!out.events[0].text.text.includes('<img'));
  assert.equal(out.events[1].start_date.day, 15);
  assert.equal(out.events[1].end_date, undefined);
  assert.equal(out.events[1].group, 'Reuters');
});
