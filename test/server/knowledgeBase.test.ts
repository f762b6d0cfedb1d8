// User knowledge-base files over LSP: merged over the built-in one, problems published at the
// right line of the right file, the last good version kept, restricted workspaces respected,
// and go-to-definition on a linked entity landing on its record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hover, Location } from 'vscode-languageserver-protocol';
import { fileUri, LspClient, positionOf } from './lspClient';

const ARTICLE = 'قال سليم الخطابي، رئيس الاتحاد، إن الاجتماع في بغداد كان مثمراً.\nوأضاف الخطابي أن الفريق مستعد.';
const GOOD = `[
  {"id": "per:salim-al-khattabi-test", "type": "PER", "ar": "سليم الخطابي", "en": "Salim al-Khattabi",
   "aliases": ["الخطابي"], "description": {"en": "a person only this test knows"}}
]
`;
const BAD = `[
  {"id": "per:salim-al-khattabi-test", "type": "PER", "ar": "سليم الخطابي", "en": "Salim al-Khattabi"},
  {"id": "per:broken", "type": "PERSON", "ar": "مكسور", "en": "Broken"}
]
`;

function workspace(kbText: string): { dir: string; kb: string; article: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sanad-kb-'));
  const kb = join(dir, 'my-kb.json');
  const article = join(dir, 'article.txt');
  writeFileSync(kb, kbText);
  writeFileSync(article, ARTICLE);
  return { dir, kb, article };
}

async function hoverText(client: LspClient, uri: string, needle: string): Promise<string> {
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, needle, 0, 1) });
  return h ? JSON.stringify(h.contents) : '';
}

/** Polls until `f` gives something truthy (the server reads the files after `initialized`). */
async function eventually<T>(f: () => Promise<T>, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('a user knowledge-base file links names the built-in one does not know', async () => {
  const ws = workspace(GOOD);
  const { client } = await LspClient.start({ workspaceFolders: [ws.dir], settings: { knowledgeBase: { paths: ['my-kb.json'] } } });
  try {
    const uri = fileUri(ws.article);
    client.open(uri, ARTICLE);
    const text = await eventually(async () => ((await hoverText(client, uri, 'سليم')).includes('Salim') ? hoverText(client, uri, 'سليم') : ''));
    assert.match(text, /Salim al\\*-Khattabi/);
    const defs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: positionOf(ARTICLE, 'سليم', 0, 1) });
    assert.ok(defs.length > 0, 'definition answers');
    assert.equal(defs[0].uri, fileUri(ws.kb), 'definition goes to the user file');
    assert.equal(defs[0].range.start.line, 1, 'on the line of the entry');
  } finally {
    await client.stop();
  }
});

test('a broken file gets diagnostics at the right line, and its last good version stays in use', async () => {
  const ws = workspace(GOOD);
  const { client } = await LspClient.start({ workspaceFolders: [ws.dir], settings: { knowledgeBase: { paths: [ws.kb] } } });
  try {
    const uri = fileUri(ws.article);
    client.open(uri, ARTICLE);
    await eventually(async () => (await hoverText(client, uri, 'سليم')).includes('Salim'));
    writeFileSync(ws.kb, BAD);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(ws.kb), type: 2 }] });
    const d = await client.waitForDiagnostics(fileUri(ws.kb), (p) => p.diagnostics.some((x) => x.severity === 1));
    const error = d.diagnostics.find((x) => x.severity === 1)!;
    assert.equal(error.range.start.line, 2, 'the error is on the broken entry\'s line');
    assert.equal(readFileSync(ws.kb, 'utf8').split('\n')[2].includes('PERSON'), true);
    assert.match(await hoverText(client, uri, 'سليم'), /Salim al\\*-Khattabi/, 'the last good version is still used');

    writeFileSync(ws.kb, '[ {"id": ');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(ws.kb), type: 2 }] });
    const syntax = await client.waitForDiagnostics(fileUri(ws.kb), (p) => p.diagnostics.some((x) => /Invalid JSON/.test(x.message)));
    assert.ok(syntax.diagnostics.length > 0);
    assert.ok(client.alive, 'the server is still up');
  } finally {
    await client.stop();
  }
});

test('in a restricted workspace, knowledge-base files outside it are not read', async () => {
  const outside = workspace(GOOD);
  const ws = workspace('[]');
  const { client } = await LspClient.start({
    workspaceFolders: [ws.dir], settings: { knowledgeBase: { paths: [outside.kb] } }, initializationOptions: { workspaceTrusted: false },
  });
  try {
    const uri = fileUri(ws.article);
    client.open(uri, ARTICLE);
    await new Promise((r) => setTimeout(r, 500));
    assert.doesNotMatch(await hoverText(client, uri, 'سليم'), /Salim/);
    client.notify('sanad/workspaceTrusted', null);
    const text = await eventually(async () => ((await hoverText(client, uri, 'سليم')).includes('Salim') ? 'yes' : ''));
    assert.equal(text, 'yes', 'read once the workspace is trusted');
  } finally {
    await client.stop();
  }
});
