// The extension in a real VS Code: it activates on an article, and its language server answers
// hovers through VS Code's own provider commands. Everything that waits on the server polls.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, hoverText, openArticle, poller } from './helpers';

const until = poller(30_000, 200);

/** The hover text at the `nth` occurrence of `word` in `doc` (inside the word), once non-empty. */
async function hoverAt(doc: vscode.TextDocument, word: string, nth = 0): Promise<string> {
  const text = doc.getText();
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(word, offset + 1);
  assert.ok(offset >= 0, `"${word}" not found in ${path.basename(doc.uri.path)}`);
  const position = doc.positionAt(offset + Math.floor(word.length / 2));
  return until(`a hover on "${word}"`, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
    const t = hoverText(hovers);
    return t.trim() ? t : undefined;
  });
}

suite('Sanad in VS Code', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    doc = await openArticle();
  });

  test('the extension is installed under its id', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    assert.equal(ext.packageJSON.publisher, 'sanad');
  });

  test('opening an article (plaintext) activates the extension', async () => {
    assert.equal(doc.languageId, 'plaintext');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await until('the extension to activate', () => (ext.isActive ? true : undefined));
    // activate() is idempotent; it hands back the extension's API once started.
    const api = await ext.activate();
    assert.ok(api && typeof api.client === 'function', 'activate() should return the Sanad API');
  });

  test('word wrap is on for articles', () => {
    const wrap = vscode.workspace.getConfiguration('editor', { uri: doc.uri, languageId: 'plaintext' }).get<string>('wordWrap');
    assert.equal(wrap, 'on');
  });

  test('hover on بغداد (a place) gives non-empty markdown', async () => {
    const text = await hoverAt(doc, 'بغداد', 1);
    assert.ok(text.trim().length > 0);
    console.log(`    hover بغداد: ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
  });

  test('hover on واشنطن names the place in English', async () => {
    const text = await hoverAt(doc, 'واشنطن');
    assert.match(text, /Washington/);
  });

  test('hover on a figure (حوالي 2500 جندي) gives its normalized value', async () => {
    const text = await hoverAt(doc, '2500');
    assert.match(text, /2,500/);
  });

  test('the outline lists the article’s entities', async () => {
    const symbols = await until('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length ? s : undefined;
    });
    assert.ok(symbols.length > 0);
  });
});
