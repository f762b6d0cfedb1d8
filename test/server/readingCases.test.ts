// Reading cases over LSP, on sentences written for this test (not the sample article): what a
// reader sees of a verbless quote, a passive report, a nationality counted and a currency named
// without its country — hover, go to source and diagnostics, as the editor shows them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, Location, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspClient, positionOf, rangeInside, textIn } from './lspClient';

const TEXT = [
  'وزير الخارجية المصري سامح شكري: «لن نسمح بالمساس بأمننا المائي».',
  'وأفيد بأن 500 جندي وصلوا إلى المدينة مساء الأحد.',
  'وأعلن المغرب أنه خصص 3 مليارات درهم لدعم الفلاحين في المغرب.',
  'ووصل 43 سورياً إلى الحدود الأردنية.',
].join('\n');

describe('reading cases over LSP', { timeout: 20_000 }, () => {
  let client: LspClient;
  let diagnostics: PublishDiagnosticsParams;
  const uri = 'file:///reading/cases.txt';
  const textDocument = { uri };
  const hoverText = async (needle: string, delta = 1) => {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument, position: positionOf(TEXT, needle, 0, delta) });
    assert.ok(h, `a hover on ${needle}`);
    if (h.range) assert.ok(rangeInside(TEXT, h.range));
    return (h.contents as MarkupContent).value;
  };
  before(async () => {
    ({ client } = await LspClient.start({ settings: { documentDate: '2025-06-01' } }));
    client.open(uri, TEXT);
    diagnostics = await client.waitForDiagnostics(uri);
  });
  after(() => client.stop());

  test('go to source from a verbless quote lands on the speaker before the colon', async () => {
    const defs = await client.request<Location[]>('textDocument/definition', { textDocument, position: positionOf(TEXT, 'بالمساس', 0, 2) });
    assert.ok(defs.length >= 1);
    assert.match(textIn(TEXT, defs[0].range), /سامح شكري/);
  });

  test('a passive report is flagged as a claim with only an unnamed source', () => {
    const line = positionOf(TEXT, 'وأفيد').line;
    assert.ok(diagnostics.diagnostics.some((d) => d.code === 'anonymous-source' && d.range.start.line === line), JSON.stringify(diagnostics.diagnostics));
    // Someone (unnamed) stands behind the 500 soldiers: not an unattributed figure.
    assert.ok(!diagnostics.diagnostics.some((d) => d.code === 'unattributed-figure' && d.range.start.line === line));
  });

  test('hover: a currency without its country is the article\'s, a nationality counts people', async () => {
    assert.match(await hoverText('3 مليارات درهم'), /MAD/);
    assert.match(await hoverText('43 سورياً'), /43 persons/);
  });
});
