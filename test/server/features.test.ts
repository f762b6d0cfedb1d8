// Feature tests on hand-built analyses (no server, no analysis passes): token encoding, hints,
// lenses, diagnostics, workspace-symbol matching, hover escaping, references on unnamed sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisBuilder } from './analysisBuilder';
import { decodeTokens, plain, rangeInside, ROOT, textIn } from './lspClient';
import { LEGEND, semanticTokens } from '../../server/src/features/semanticTokens';
import { inlayHints } from '../../server/src/features/inlayHints';
import { codeLenses, countArticle, summary } from '../../server/src/features/codeLens';
import { diagnostics } from '../../server/src/features/diagnostics';
import { WorkspaceIndex } from '../../server/src/features/workspaceSymbols';
import { hover } from '../../server/src/features/hover';
import { references } from '../../server/src/features/references';
import { documentSymbols } from '../../server/src/features/symbols';
import { setLocale } from '../../server/src/features/l10n';

const legend = { tokenTypes: LEGEND.tokenTypes, tokenModifiers: LEGEND.tokenModifiers };

// Two lines, an emoji (a surrogate pair) before the names, CRLF, and a name across a line break.
const TEXT =
  '😀 وقال رئيس الوزراء العراقي محمد السوداني إن نحو 2500 جندي سيغادرون في أيلول المقبل.\r\n' +
  'وبحسب مصادر رويترز، فإن المفاوضات ستستغرق نحو شهرين، ويوجد 900 جندي في سوريا.\n' +
  'قاسم\nسليماني قتل في بغداد.';

function sample() {
  return new AnalysisBuilder(TEXT)
    .entity('Q-sudani', 'PER', { ar: 'محمد شياع السوداني', en: 'Mohammed Shia al-Sudani' }, ['محمد السوداني'], { description: 'Prime Minister of Iraq', wikidata: 'Q4115346' })
    .entity('Q-iraq', 'LOC', { ar: 'العراق', en: 'Iraq' }, ['العراقي'])
    .entity('Q-reuters', 'ORG', { ar: 'رويترز', en: 'Reuters' }, ['رويترز'])
    .entity('Q-syria', 'LOC', { ar: 'سوريا', en: 'Syria' }, ['سوريا'])
    .entity('Q-soleimani', 'PER', { ar: 'قاسم سليماني', en: 'Qasem Soleimani' }, ['قاسم\nسليماني'])
    .entity('Q-baghdad', 'LOC', { ar: 'بغداد', en: 'Baghdad' }, ['بغداد'])
    .figure('نحو 2500 جندي', 2500, { approx: true, unit: 'soldier', unitText: 'جندي' })
    .figure('900 جندي', 900, { unit: 'soldier', unitText: 'جندي' })
    .time('أيلول المقبل', '2024-09')
    .time('نحو شهرين', 'P2M', { mod: 'APPROX' })
    .claim('وقال', 'رئيس الوزراء العراقي محمد السوداني', 'نحو 2500 جندي سيغادرون في أيلول المقبل', 'Q-sudani')
    .claim('وبحسب', 'مصادر رويترز', 'المفاوضات ستستغرق نحو شهرين', 'Q-reuters', 'anonymous');
}

test('semantic tokens: types, UTF-16 deltas, one token per line, sources over names, no overlaps', () => {
  const b = sample();
  const doc = b.doc();
  const tokens = decodeTokens(semanticTokens(doc, b.build()).data, legend);
  const shown = tokens.map((t) => [t.type, TEXT.split(/\r\n|\n/)[t.line].slice(t.character, t.character + t.length), t.modifiers.join(',')]);
  assert.deepEqual(shown, [
    ['source', 'رئيس الوزراء العراقي محمد السوداني', ''], // the source covers the name and the gentilic in it
    ['figure', 'نحو 2500 جندي', 'approximate'],
    ['date', 'أيلول المقبل', ''],
    ['source', 'مصادر رويترز', 'anonymous'],
    ['date', 'نحو شهرين', 'approximate'],
    ['figure', '900 جندي', ''],
    ['place', 'سوريا', ''],
    ['person', 'قاسم', ''], // split at the line break
    ['person', 'سليماني', ''],
    ['place', 'بغداد', ''],
  ]);
  // The emoji counts as two UTF-16 code units.
  assert.equal(tokens[0].character, TEXT.indexOf('رئيس'));
  for (let i = 1; i < tokens.length; i++) {
    const p = tokens[i - 1], t = tokens[i];
    assert.ok(t.line > p.line || t.character >= p.character + p.length, 'sorted and not overlapping');
  }
});

test('semantic tokens: a range request returns only the tokens it touches', () => {
  const b = sample();
  const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 200 } };
  const tokens = decodeTokens(semanticTokens(b.doc(), b.build(), range).data, legend);
  assert.deepEqual(tokens.map((t) => t.type), ['source', 'date', 'figure', 'place']);
  assert.equal(tokens[0].line, 1);
});

test('semantic tokens: spans beyond the text or inverted are dropped or cut, never outside', () => {
  const b = sample().patch((a) => {
    a.mentions.push({ start: TEXT.length - 3, end: TEXT.length + 50, text: 'x', type: 'PER', entityId: 'ghost', kind: 'name' });
    a.figures.push({ start: 10, end: 5, text: '', kind: 'number', value: 1 });
  });
  const doc = b.doc();
  const tokens = decodeTokens(semanticTokens(doc, b.build()).data, legend);
  const lines = TEXT.split(/\r\n|\n/);
  for (const t of tokens) assert.ok(t.length > 0 && t.character + t.length <= lines[t.line].length, JSON.stringify(t));
});

test('inlay hints: normalized values after figures and dates, only in the range', () => {
  const b = sample();
  const doc = b.doc();
  const all = inlayHints(doc, b.build(), { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } });
  assert.deepEqual(all.map((h) => h.label), ['≈ 2,500 soldiers', '= 2024-09 · September 2024', '≈ P2M · 2 months', '= 900 soldiers']);
  for (const h of all) assert.ok(rangeInside(TEXT, { start: h.position, end: h.position }));
  assert.deepEqual(all[0].position, doc.positionAt(TEXT.indexOf('نحو 2500 جندي') + 'نحو 2500 جندي'.length));
  const second = inlayHints(doc, b.build(), { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } });
  assert.deepEqual(second.map((h) => h.label), ['≈ P2M · 2 months', '= 900 soldiers']);
});

test('code lens: counts only, then Show Timeline', () => {
  const b = sample();
  const a = b.build();
  assert.deepEqual(countArticle(a), { people: 2, organizations: 1, places: 3, figures: 2, dates: 2, sources: 2 });
  const lenses = codeLenses(a);
  assert.equal(lenses[0].command?.title, '2 people · 1 organization · 3 places · 2 figures · 2 dates · 2 sources');
  assert.equal(lenses[1].command?.command, 'sanad.showTimeline');
  for (const l of lenses) assert.deepEqual(l.range.start, { line: 0, character: 0 });
  assert.equal(summary({ people: 0, organizations: 0, places: 0, figures: 0, dates: 0, sources: 0 }), 'No names, figures, dates or sources found');
});

test('code lens: a hostile article cannot put its text into a lens', () => {
  const text = 'قال [انقر](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> إن الوضع هادئ في بغداد.';
  const b = new AnalysisBuilder(text)
    .entity('evil', 'PER', { ar: '[انقر](command:workbench.action.terminal.new)', en: '<img src=x onerror=alert(1)>' }, ['[انقر](command:workbench.action.terminal.new)'])
    .claim('قال', '[انقر](command:workbench.action.terminal.new)', 'الوضع هادئ', 'evil');
  for (const l of codeLenses(b.build())) {
    assert.doesNotMatch(l.command!.title, /command:|<img|انقر/);
  }
});

test('code lens and diagnostics speak Arabic with the Arabic bundle', () => {
  setLocale('ar-EG', join(ROOT, 'l10n'));
  try {
    const a = sample().build();
    assert.match(codeLenses(a)[0].command!.title, /الأشخاص: 2/);
    assert.equal(codeLenses(a)[1].command!.title, 'عرض الخط الزمني');
  } finally {
    setLocale('en');
  }
  assert.equal(codeLenses(sample().build())[1].command!.title, 'Show Timeline');
});

test('diagnostics: unattributed figures and anonymous-only claims, each switchable', () => {
  const b = sample();
  const doc = b.doc();
  const d = diagnostics(doc, b.build(), { unattributedFigures: true, anonymousOnly: true });
  assert.deepEqual(d.map((x) => [x.code, textIn(TEXT, x.range)]), [
    ['unattributed-figure', '900 جندي'],
  ]);
  // مصادر رويترز names Reuters: not anonymous-only. An unnamed source with no named link is.
  const anon = new AnalysisBuilder('وذكرت مصادر مطلعة أن 300 مقاتل وصلوا. وقالت رويترز نقلاً عن مصادر إن القتال توقف.')
    .figure('300 مقاتل', 300)
    .claim('وذكرت', 'مصادر مطلعة', '300 مقاتل وصلوا', null, 'anonymous')
    .claim('وقالت', 'رويترز', 'القتال توقف', 'Q-reuters', 'named', [{ start: 0, end: 0, text: 'مصادر', entityId: null, kind: 'anonymous' }]);
  const da = diagnostics(anon.doc(), anon.build(), { unattributedFigures: true, anonymousOnly: true });
  assert.deepEqual(da.map((x) => [x.code, textIn(anon.text, x.range), x.severity, x.source]), [['anonymous-source', 'مصادر مطلعة', 3, 'sanad']]);
  assert.deepEqual(diagnostics(anon.doc(), anon.build(), { unattributedFigures: true, anonymousOnly: false }), []);
  assert.deepEqual(diagnostics(doc, b.build(), { unattributedFigures: false, anonymousOnly: true }), []);
});

test('diagnostics: ranges stay inside the document whatever the analysis says', () => {
  const b = sample().patch((a) => {
    a.figures.push({ start: TEXT.length + 10, end: TEXT.length + 20, text: '5', kind: 'number', value: 5 });
    a.figures.push({ start: -4, end: 2, text: '5', kind: 'number', value: 5 });
  });
  for (const d of diagnostics(b.doc(), b.build(), { unattributedFigures: true, anonymousOnly: true })) {
    assert.ok(rangeInside(TEXT, d.range), JSON.stringify(d.range));
  }
});

test('hover: entity with names, type, description, Wikidata, mentions, claims; the source line inside a claim', () => {
  const b = sample();
  const doc = b.doc();
  const h = hover(doc, b.build(), doc.positionAt(TEXT.indexOf('السوداني') + 2));
  const md = plain((h?.contents as { value: string }).value);
  assert.match(md, /Mohammed Shia al-Sudani/);
  assert.match(md, /Person/);
  assert.match(md, /Prime Minister of Iraq/);
  assert.match(md, /\(https:\/\/www\.wikidata\.org\/wiki\/Q4115346\)/);
  assert.match(md, /Mentioned 1 time/);
  assert.match(md, /Source of 1 claim/);
  const f = hover(doc, b.build(), doc.positionAt(TEXT.indexOf('2500') + 1));
  const fmd = plain((f?.contents as { value: string }).value);
  assert.match(fmd, /2,500/);
  assert.match(fmd, /Source:\*\* Mohammed Shia al-Sudani/);
  const t = hover(doc, b.build(), doc.positionAt(TEXT.indexOf('شهرين')));
  assert.match(plain((t?.contents as { value: string }).value), /2 months[\s\S]*test rule for P2M[\s\S]*Source:\*\* Reuters/);
});

/** Markdown that a renderer could turn into a link, an image, HTML or a command. */
function assertInert(raw: string): void {
  // The one link a hover may carry is Sanad's own Wikidata link.
  const md = raw.replace(/\[Wikidata Q\d+\]\(https:\/\/www\.wikidata\.org\/wiki\/Q\d+\)/g, '');
  assert.doesNotMatch(md, /\]\(command:/, 'no command link');
  assert.doesNotMatch(md, /(?<!\\)\[[^\]\\]*(?<!\\)\]\(/, 'no markdown link from article text');
  assert.doesNotMatch(md, /<(?!\/?(span|div)\b)[a-z]/i, 'no raw HTML tag');
  assert.doesNotMatch(md, /(?<!\\)https?(?<!\\):\/\/(?!www\.wikidata\.org)/, 'no bare link from article text');
  assert.doesNotMatch(md, /^#|\n#/, 'no heading');
}

test('hover: article text with markdown, HTML and command links shows as text', () => {
  const evil = '[انقر هنا](command:workbench.action.terminal.new?%5B%22rm%22%5D)';
  const text = `قال ${evil} <img src=x onerror=alert(1)> إن **الوضع** _هادئ_ http://evil.example/x @user # عنوان في بغداد.`;
  const b = new AnalysisBuilder(text)
    .entity('evil', 'PER', { ar: evil, en: '<script>alert(1)</script>' }, [evil], { description: '[x](command:evil) <b>bold</b>', subtype: '](command:x)', wikidata: 'Q1) [x](command:y' })
    .entity('Q-baghdad', 'LOC', { ar: 'بغداد', en: 'Baghdad' }, ['بغداد'])
    .claim('قال', evil, `<img src=x onerror=alert(1)> إن **الوضع** _هادئ_ http://evil.example/x @user # عنوان في بغداد`, 'evil');
  const doc = b.doc();
  for (const at of [text.indexOf('انقر'), text.indexOf('الوضع'), text.indexOf('بغداد'), text.indexOf('evil.example')]) {
    const h = hover(doc, b.build(), doc.positionAt(at));
    assert.ok(h, `a hover at ${at}`);
    const md = (h.contents as { value: string }).value;
    assertInert(md);
  }
});

test('references: on a source, its mentions and all its claims; on an unnamed source, the same wording everywhere', () => {
  const b = sample();
  const doc = b.doc();
  const refs = references(doc, b.build(), doc.positionAt(TEXT.indexOf('السوداني')));
  assert.deepEqual(refs.map((r) => textIn(TEXT, r.range)), ['محمد السوداني', 'نحو 2500 جندي سيغادرون في أيلول المقبل']);
  const text = 'وقالت مصادر إن الهجوم فشل. وأضافت مصادر أن القوات انسحبت.';
  const u = new AnalysisBuilder(text)
    .claim('وقالت', 'مصادر', 'الهجوم فشل', null, 'anonymous')
    .patch((a) => a.attributions.push({
      cue: { start: text.indexOf('وأضافت'), end: text.indexOf('وأضافت') + 6, text: 'وأضافت' },
      source: { start: text.lastIndexOf('مصادر'), end: text.lastIndexOf('مصادر') + 5, text: 'مصادر', entityId: null, kind: 'anonymous' },
      claim: { start: text.indexOf('القوات'), end: text.indexOf('انسحبت') + 6 },
    }));
  const ud = u.doc();
  const urefs = references(ud, u.build(), ud.positionAt(text.indexOf('مصادر') + 1));
  assert.deepEqual(urefs.map((r) => textIn(text, r.range)), ['مصادر', 'الهجوم فشل', 'مصادر', 'القوات انسحبت']);
});

test('outline: groups People, Organizations, Places, Figures, Dates, Sources; selection inside range', () => {
  const b = sample();
  const symbols = documentSymbols(b.doc(), b.build());
  assert.deepEqual(symbols.map((s) => s.name), ['People', 'Organizations', 'Places', 'Figures', 'Dates', 'Sources']);
  const inside = (outer: { start: { line: number; character: number }; end: { line: number; character: number } }, inner: typeof outer) =>
    (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character))
    && (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));
  for (const g of symbols) {
    for (const c of g.children ?? []) {
      assert.ok(c.name.length > 0);
      assert.ok(inside(c.range, c.selectionRange), `${c.name}: selection inside range`);
    }
  }
});

test('outline: a group over the limit lists its first entries in order, then one that counts the rest', () => {
  const b = sample();
  const doc = b.doc();
  const a = b.build();
  const whole = documentSymbols(doc, a, Infinity);
  const capped = documentSymbols(doc, a, 1);
  assert.deepEqual(capped.map((g) => g.name), whole.map((g) => g.name));
  let cut = 0;
  whole.forEach((g, k) => {
    const all = g.children ?? [];
    const kept = capped[k].children ?? [];
    assert.equal(capped[k].detail, String(all.length), `${g.name}: the group still counts every entry`);
    if (all.length <= 1) return assert.deepEqual(kept, all);
    cut++;
    assert.deepEqual(kept.slice(0, 1), all.slice(0, 1));
    assert.equal(kept.length, 2);
    assert.match(kept[1].name, new RegExp(`${all.length - 1} more`));
    assert.deepEqual(kept[1].selectionRange, all[1].selectionRange, 'the count goes to the first entry left out');
  });
  assert.ok(cut >= 2, 'the sample has groups of more than one entry');
});

test('workspace symbols: normalized Arabic and English queries find the entity in every article', () => {
  const index = new WorkspaceIndex();
  const one = sample();
  const twoText = 'أحيت دمشق ذكرى مقتل قاسم سليماني، وحضر مسؤولون من طهران.';
  const two = new AnalysisBuilder(twoText)
    .entity('Q-soleimani', 'PER', { ar: 'قاسم سليماني', en: 'Qasem Soleimani' }, ['قاسم سليماني'])
    .entity('Q-damascus', 'LOC', { ar: 'دمشق', en: 'Damascus' }, ['دمشق']);
  index.documentAnalyzed(one.doc('file:///ws/iraq.txt'), one.build());
  index.documentAnalyzed(two.doc('file:///ws/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7.md', 'markdown'), two.build());
  for (const q of ['سليماني', 'سليمانى', 'سُلَيماني', 'soleimani', 'Qasem']) {
    const found = index.query(q);
    assert.deepEqual(found.map((s) => s.containerName).sort(), ['iraq.txt', 'سوريا.md'], `query ${q}`);
    assert.ok(found.every((s) => s.name.includes('قاسم سليماني') && s.name.includes('Qasem Soleimani')));
  }
  const inTwo = index.query('سليماني').find((s) => s.containerName === 'سوريا.md')!;
  assert.equal(textIn(twoText, inTwo.location.range), 'قاسم سليماني');
  assert.deepEqual(index.query('دمشق').map((s) => s.name), ['دمشق · Damascus']);
  assert.deepEqual(index.query('لا أحد'), []);
  index.documentClosed('file:///ws/iraq.txt');
  assert.deepEqual(index.query('سليماني').map((s) => s.containerName), ['سوريا.md']);
});

test('ranges: a byte-order mark in the document shifts every range by one', () => {
  const b = sample();
  const doc = TextDocument.create('file:///bom.txt', 'plaintext', 1, '\ufeff' + TEXT);
  const d = diagnostics(doc, b.build(), { unattributedFigures: true, anonymousOnly: true });
  assert.equal(textIn('\ufeff' + TEXT, d[0].range), '900 جندي');
});
