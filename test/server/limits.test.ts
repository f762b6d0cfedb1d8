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
