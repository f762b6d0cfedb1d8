// Every feature over LSP on two real articles: the sample (Iraqi/Levantine news) and a Syrian
// article written for these tests. Shape checks always run; the acceptance checks of the issues
// run as soon as the analysis pass they depend on finds anything in the article (until then they
// are skipped, with the reason), so they cannot pass vacuously and cannot hide a regression later.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  CodeLens, DocumentHighlight, DocumentSymbol, Hover, InlayHint, Location, PublishDiagnosticsParams, SemanticTokens,
} from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/analysis/analyze';
import { LEGEND } from '../../server/src/features/semanticTokens';
import { decodeTokens, fileUri, LspClient, plain, positionOf, rangeInside, ROOT, textIn } from './lspClient';

const DCT = { sample: '2024-07-25', syria: '2024-01-14' };
const SAMPLE = join(ROOT, 'data', 'articles', 'iraq-us-withdrawal.txt');
const SYRIA = join(ROOT, 'test', 'fixtures', 'articles', 'syria-electricity.txt');

interface Article {
  uri: string;
  text: string;
  /** Which analysis passes find anything in this article (as the server will analyze it). */
  landed: { entities: boolean; figures: boolean; times: boolean; attributions: boolean };
}

function article(path: string, documentDate: string): Article {
  const text = readFileSync(path, 'utf8');
  const a = analyze(text, { documentDate });
  return {
    uri: fileUri(path), text,
    landed: { entities: a.mentions.length > 0, figures: a.figures.length > 0, times: a.times.length > 0, attributions: a.attributions.length > 0 },
  };
}

function allFeatures(client: LspClient, art: Article, at: { line: number; character: number }) {
  const textDocument = { uri: art.uri };
  return Promise.all([
    client.request<Hover | null>('textDocument/hover', { textDocument, position: at }),
    client.request<Location[] | null>('textDocument/definition', { textDocument, position: at }),
    client.request<Location[] | null>('textDocument/references', { textDocument, position: at, context: { includeDeclaration: true } }),
    client.request<DocumentHighlight[] | null>('textDocument/documentHighlight', { textDocument, position: at }),
  ]);
}

for (const [name, path, dct] of [['sample article', SAMPLE, DCT.sample], ['Syrian article', SYRIA, DCT.syria]] as const) {
  describe(`${name}: every feature answers with ranges inside the document`, { timeout: 10_000 }, () => {
    let client: LspClient;
    const art = article(path, dct);
    let diagnostics: PublishDiagnosticsParams;
    before(async () => {
      ({ client } = await LspClient.start({ settings: { documentDate: dct } }));
      client.open(art.uri, art.text);
      diagnostics = await client.waitForDiagnostics(art.uri);
    });
    after(() => client.stop());

    test('hover, definition, references, highlights at every word start', async () => {
      const starts: number[] = [];
      for (const m of art.text.matchAll(/\S+/g)) starts.push(m.index!);
      for (const offset of starts.filter((_, i) => i % 3 === 0)) {
        const pos = positionOfOffset(art.text, offset);
        const [h, d, r, hl] = await allFeatures(client, art, pos);
        if (h?.range) assert.ok(rangeInside(art.text, h.range));
        for (const l of [...(d ?? []), ...(r ?? [])]) {
          if (l.uri === art.uri) assert.ok(rangeInside(art.text, l.range), JSON.stringify(l));
        }
        for (const x of hl ?? []) assert.ok(rangeInside(art.text, x.range));
      }
    });

    test('document symbols, semantic tokens, inlay hints, code lens', async () => {
      const textDocument = { uri: art.uri };
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument });
      const walk = (list: DocumentSymbol[]): void => {
        for (const s of list) {
          assert.ok(s.name.length > 0);
          assert.ok(rangeInside(art.text, s.range) && rangeInside(art.text, s.selectionRange));
          walk(s.children ?? []);
        }
      };
      walk(symbols ?? []);

      const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument });
      assert.equal(tokens.data.length % 5, 0);
      const lines = art.text.split(/\r\n|\r|\n/);
      for (const t of decodeTokens(tokens.data, LEGEND)) {
        assert.ok(t.type, 'a known token type');
        assert.ok(t.length > 0 && t.character + t.length <= lines[t.line].length, JSON.stringify(t));
      }

      const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
      const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument, range: whole });
      for (const h of hints) {
        assert.ok(rangeInside(art.text, { start: h.position, end: h.position }));
        assert.match(String(h.label), /^[=≈] /);
      }

      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument });
      assert.equal(lenses.length, 2);
      assert.equal(lenses[1].command?.command, 'sanad.showTimeline');
      assert.equal(lenses[1].command?.title, 'Show Timeline');
      // Counts only: nothing of the article's text in the summary.
      assert.doesNotMatch(lenses[0].command!.title, /[\u0600-\u06ff]/);
      if (art.landed.entities) assert.match(lenses[0].command!.title, /\d+ (people|person) · .*\d+ places?/);

      for (const d of diagnostics.diagnostics) {
        assert.ok(rangeInside(art.text, d.range));
        assert.equal(d.source, 'sanad');
        assert.equal(d.severity, 3);
        assert.ok(d.code === 'unattributed-figure' || d.code === 'anonymous-source');
      }
      assert.ok(client.alive);
    });
  });
}

function positionOfOffset(text: string, offset: number) {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/**
 * `path` opened on a server of its own for the enclosing describe (started before its tests, stopped
 * after them): the article, its first diagnostics, and the hover text at a needle.
 */
function servedArticle(path: string, documentDate: string) {
  const art = article(path, documentDate);
  const textDocument = { uri: art.uri };
  const srv = {
    art,
    textDocument,
    client: undefined as unknown as LspClient,
    diagnostics: undefined as unknown as PublishDiagnosticsParams,
    /** The plain text of the hover at the `n`th `needle`, or '' when there is none. */
    hoverText: async (needle: string, n = 0) => {
      const h = await srv.client.request<Hover | null>('textDocument/hover', { textDocument, position: positionOf(art.text, needle, n, 1) });
      return h ? plain((h.contents as { value: string }).value) : '';
    },
  };
  before(async () => {
    ({ client: srv.client } = await LspClient.start({ settings: { documentDate } }));
    srv.client.open(art.uri, art.text);
    srv.diagnostics = await srv.client.waitForDiagnostics(art.uri);
  });
  after(() => srv.client.stop());
  return srv;
}

describe('acceptance on the sample article (issues 6 and 7)', { timeout: 10_000 }, () => {
  const srv = servedArticle(SAMPLE, DCT.sample);
  const { art, textDocument, hoverText } = srv;

  test('hover on السوداني names Mohammed Shia al-Sudani', async (t) => {
    if (!art.landed.entities) return t.skip('entity pass not landed');
    assert.match(await hoverText('السوداني'), /Mohammed Shia al-Sudani/);
  });

  test('hover on 2500 shows 2,500; its inlay hint too', async (t) => {
    if (!art.landed.figures) return t.skip('figure pass not landed');
    assert.match(await hoverText('2500'), /2,500/);
    const line = positionOf(art.text, '2500').line;
    const hints = await srv.client.request<InlayHint[]>('textDocument/inlayHint', { textDocument, range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } } });
    assert.ok(hints.some((h) => /2,500/.test(String(h.label))), JSON.stringify(hints.map((h) => h.label)));
  });

  test('inlay hints: سبتمبر المقبل = 2024-09, نحو شهرين ≈ P2M', async (t) => {
    if (!art.landed.times) return t.skip('time pass not landed');
    const hints = await srv.client.request<InlayHint[]>('textDocument/inlayHint', { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } } });
    const after = (needle: string) => {
      const p = positionOf(art.text, needle, 0, needle.length);
      return hints.filter((h) => h.position.line === p.line && Math.abs(h.position.character - p.character) <= 1).map((h) => String(h.label));
    };
    assert.ok(after('سبتمبر المقبل').some((l) => l.includes('2024-09')), JSON.stringify(after('سبتمبر المقبل')));
    assert.ok(after('نحو شهرين').some((l) => l.includes('P2M')), JSON.stringify(after('نحو شهرين')));
  });

  test('definition on شهرين lands on رويترز; on سبتمبر المقبل too', async (t) => {
    if (!art.landed.attributions) return t.skip('attribution pass not landed');
    for (const needle of ['شهرين', 'سبتمبر المقبل']) {
      const defs = await srv.client.request<Location[]>('textDocument/definition', { textDocument, position: positionOf(art.text, needle, 0, 1) });
      assert.ok(defs.length >= 1, needle);
      assert.match(textIn(art.text, defs[0].range), /رويترز/, needle);
    }
  });

  test('references on أونتيكوف find all his mentions', async (t) => {
    if (!art.landed.entities) return t.skip('entity pass not landed');
    const refs = await srv.client.request<Location[]>('textDocument/references', { textDocument, position: positionOf(art.text, 'أونتيكوف', 1, 2), context: { includeDeclaration: true } });
    const texts = refs.map((r) => textIn(art.text, r.range));
    const names = [...art.text.matchAll(/أونتيكوف/g)].map((m) => positionOfOffset(art.text, m.index!));
    for (const n of names) {
      assert.ok(refs.some((r) => r.range.start.line === n.line && r.range.start.character <= n.character && (r.range.end.line > n.line || r.range.end.character >= n.character + 8)), `mention at ${JSON.stringify(n)} in ${JSON.stringify(texts)}`);
    }
  });

  test('highlights on واشنطن cover its mentions', async (t) => {
    if (!art.landed.entities) return t.skip('entity pass not landed');
    const hl = await srv.client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument, position: positionOf(art.text, 'واشنطن', 0, 1) });
    assert.ok(hl.length >= 4, `${hl.length} highlights`);
  });

  test('the outline lists the people of the article', async (t) => {
    if (!art.landed.entities) return t.skip('entity pass not landed');
    const symbols = await srv.client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument });
    const people = symbols.find((s) => s.name === 'People');
    assert.ok(people, 'a People group');
    const listed = (people.children ?? []).map((c) => `${c.name} ${c.detail ?? ''}`).join(' | ');
    for (const who of ['السوداني', 'أوستن', 'العباسي', 'أونتيكوف', 'سليماني', 'بايدن']) assert.match(listed, new RegExp(who), listed);
  });

  test('semantic tokens colour people, places and sources', async (t) => {
    if (!art.landed.entities) return t.skip('entity pass not landed');
    const tokens = decodeTokens((await srv.client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument })).data, LEGEND);
    const types = new Set(tokens.map((x) => x.type));
    assert.ok(types.has('person') && types.has('place'), [...types].join(','));
    if (art.landed.attributions) assert.ok(types.has('source'));
  });

  test('diagnostics: "2500 جندي" is an unattributed figure', async (t) => {
    if (!art.landed.figures || !art.landed.attributions) return t.skip('figure or attribution pass not landed');
    const p = positionOf(art.text, '2500');
    assert.ok(srv.diagnostics.diagnostics.some((d) => d.code === 'unattributed-figure' && d.range.start.line === p.line && d.range.start.character <= p.character && d.range.end.character >= p.character + 4));
  });
});

describe('acceptance on the Syrian article', { timeout: 10_000 }, () => {
  const srv = servedArticle(SYRIA, DCT.syria);
  const { art, textDocument, hoverText } = srv;

  test('hovers name Qasem Soleimani, Damascus, Bashar al-Assad', async (t) => {
    if (!art.landed.entities) return t.skip('entity pass not landed');
    assert.match(await hoverText('سليماني'), /Soleimani/);
    assert.match(await hoverText('دمشق'), /Damascus/);
    assert.match(await hoverText('بشار الأسد'), /Assad/);
  });

  test('figures: 1500 ميغاواط is 1,500, 40 بالمئة is 40%', async (t) => {
    if (!art.landed.figures) return t.skip('figure pass not landed');
    assert.match(await hoverText('1500'), /1,500/);
    assert.match(await hoverText('40 بالمئة'), /40\s?%/);
  });

  test('dates with Levantine months: آذار/مارس 2024 is 2024-03, شباط المقبل is 2024-02', async (t) => {
    if (!art.landed.times) return t.skip('time pass not landed');
    assert.match(await hoverText('آذار/مارس 2024'), /March 2024/);
    assert.match(await hoverText('شباط المقبل'), /February 2024/);
  });

  test('go to source: the 1500 MW claim leads to Ghassan al-Zamel; anonymous sources are flagged', async (t) => {
    if (!art.landed.attributions) return t.skip('attribution pass not landed');
    const defs = await srv.client.request<Location[]>('textDocument/definition', { textDocument, position: positionOf(art.text, '1500', 0, 1) });
    assert.ok(defs.length >= 1);
    assert.match(textIn(art.text, defs[0].range), /الزامل/);
    const p = positionOf(art.text, 'مصادر مطلعة');
    assert.ok(srv.diagnostics.diagnostics.some((d) => d.code === 'anonymous-source' && d.range.start.line === p.line), JSON.stringify(srv.diagnostics.diagnostics));
  });
});
