// What the extension-host suites share: the extension's id, the sample article, polling, and
// the hover text. Not a suite: test/integration/index.ts runs only *.test.js files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'sanad.sanad';
export const ARTICLE = 'iraq-us-withdrawal.txt';

/** Polls `probe` until it returns a value that is not undefined, or fails after `timeoutMs`. */
export type Until = <T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs?: number) => Promise<T>;

/** An `until` that waits `defaultTimeoutMs` unless told otherwise and probes every `pollMs`. */
export function poller(defaultTimeoutMs: number, pollMs: number): Until {
  return async <T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = defaultTimeoutMs): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    for (;;) {
      try {
        const v = await probe();
        if (v !== undefined) return v;
      } catch (e) {
        lastError = e;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
      }
      await new Promise((r) => setTimeout(r, pollMs));
    }
  };
}

/** The extension under test (installed, or the assertion fails). */
export function sanadExtension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  return ext;
}

/** The sample article: from the open workspace when it has it, else from the extension's data/. */
export async function articleUri(): Promise<vscode.Uri> {
  const found = await vscode.workspace.findFiles(`**/${ARTICLE}`, undefined, 1);
  if (found.length) return found[0];
  return vscode.Uri.joinPath(sanadExtension().extensionUri, 'data', 'articles', ARTICLE);
}

/** Opens the sample article and shows it in an editor. */
export async function openArticle(): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(await articleUri());
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Sets `sanad.documentDate` (user settings); returns what puts the previous value back. */
export async function setDocumentDate(date: string): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('sanad');
  const previous = config.inspect<string>('documentDate')?.globalValue;
  await config.update('documentDate', date, vscode.ConfigurationTarget.Global);
  return async () => {
    await vscode.workspace.getConfiguration('sanad').update('documentDate', previous, vscode.ConfigurationTarget.Global);
  };
}

/** The text of VS Code's hovers, joined by newlines. */
export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}
