// Documents over sanad.maxDocumentSize: a clear warning and a partial analysis, not a freeze.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hover } from 'vscode-languageserver-protocol';
import { LspClient, positionOf } from './lspClient';

test('a document over the size limit gets a partial analysis and a warning', async () => {
  const { client } = await LspClient.start({ settings: { maxDocumentSize: 5000 } });
  try {
    const uri = 'file:///limits/long.txt';
    const sentence = 'وقال وزير الخارجية العراقي فؤاد حسين إن بغداد مستعدة للحوار.\n';
    const text = sentence.repeat(400);
    client.open(uri, text);
    const d = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((x) => x.code === 'partial-analysis'), 15000);
    const warning = d.diagnostics.find((x) => x.code === 'partial-analysis')!;
    assert.equal(warning.severity, 2, 'a warning');
    assert.match(warning.message, /5000/);
    const early = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'بغداد', 0, 1) });
    assert.ok(early, 'the beginning is analyzed');
    const late = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'بغداد', 300, 1) });
    assert.equal(late, null, 'the rest is not');
  } finally {
    await client.stop();
  }
});

test('sanad.outline.maxItemsPerGroup: over LSP, each outline group lists that many entries and counts the rest', async () => {
  const { client } = await LspClient.start({ settings: { outline: { maxItemsPerGroup: 2 } } });
  try {
    const uri = 'file:///limits/outline.txt';
    const lines = Array.from({ length: 6 }, (_, k) => `وأعلنت الوزارة توزيع ${k + 10} طناً من المساعدات في بغداد.`);
    client.open(uri, lines.join('\n'));
    const symbols = await client.request<Array<{ name: string; detail?: string; children?: Array<{ name: string }> }>>(
      'textDocument/documentSymbol', { textDocument: { uri } });
    const figures = symbols.find((g) => g.name === 'Figures');
    assert.ok(figures, JSON.stringify(symbols.map((g) => g.name)));
    assert.equal(figures.detail, '6', 'the group still counts every figure');
    assert.deepEqual(figures.children!.map((c) => c.name).slice(0, 2), ['10 طناً', '11 طناً']);
    assert.equal(figures.children!.length, 3);
    assert.match(figures.children![2].name, /4 more/);
  } finally {
    await client.stop();
  }
});
