// Faults in a real VS Code: a language server killed from outside (SIGKILL) is restarted by the
// client and its features come back; `Sanad: Restart Server` brings them back too.
// The server is found as the child process of this extension host that runs dist/server.js
// (read from /proc, so Linux only: the tests skip elsewhere). Nothing is added to the product.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { hoverText, openArticle, poller, sanadExtension } from './helpers';

const WAIT_MS = 60_000;

interface SanadApi {
  client(): { isRunning(): boolean } | undefined;
  restart(): Promise<void>;
}

const until = poller(WAIT_MS, 250);

/** Pids of the processes whose parent is this extension host and whose command line runs dist/server.js. */
function serverPids(): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The parent pid is the 4th field of /proc/PID/stat, after "(comm)", which may hold spaces.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (cmdline.some((a) => a.replace(/\\/g, '/').endsWith('dist/server.js'))) out.push(Number(name));
    } catch {
      /* the process ended while we looked */
    }
  }
  return out;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

suite('Faults: a killed server comes back', function () {
  this.timeout(180_000);
  let doc: vscode.TextDocument;
  let api: SanadApi;
  let position: vscode.Position;

  /** A hover on واشنطن that names Washington: the server answers. */
  const hoverAnswers = (what: string) =>
    until(what, async () => {
      const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position));
      return /Washington/.test(t) ? t : undefined;
    });

  /** The one running server's pid, once there is exactly one. */
  const onlyServer = (what: string, not?: number) =>
    until(what, () => {
      const pids = serverPids();
      return pids.length === 1 && pids[0] !== not ? pids[0] : undefined;
    });

  suiteSetup(async function () {
    if (process.platform !== 'linux') this.skip();
    api = (await sanadExtension().activate()) as SanadApi;
    doc = await openArticle();
    const text = doc.getText();
    position = doc.positionAt(text.indexOf('واشنطن') + 3);
    assert.ok(text.includes('واشنطن'), `واشنطن in ${path.basename(doc.uri.path)}`);
  });

  test('the server runs as a child process of the extension host', async () => {
    await hoverAnswers('a first hover');
    const pid = await onlyServer('one dist/server.js child of the extension host');
    assert.ok(api.client()?.isRunning(), 'the client runs');
    console.log(`    server pid ${pid} (extension host ${process.pid})`);
  });

  test('SIGKILL on the server: the client starts a new one and hovers come back', async () => {
    const before = await onlyServer('the running server');
    process.kill(before, 'SIGKILL');
    await until('the killed server to be gone', () => (alive(before) ? undefined : true), 10_000);
    const t0 = Date.now();
    const after = await onlyServer('a new server process', before);
    await hoverAnswers('a hover from the restarted server');
    assert.ok(api.client()?.isRunning(), 'the client runs again');
    console.log(`    killed ${before}; new server ${after} answered after ${Date.now() - t0} ms`);
  });

  test('killed again: the outline and inlay hints come back as well', async () => {
    const before = await onlyServer('the running server');
    process.kill(before, 'SIGKILL');
    await until('the killed server to be gone', () => (alive(before) ? undefined : true), 10_000);
    await onlyServer('a new server process', before);
    await until('the outline from the restarted server', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s?.some((x) => x.name === 'Places' && x.children.length > 0) ? s : undefined;
    });
    await until('inlay hints from the restarted server', async () => {
      const h = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0));
      return h && h.length > 0 ? h : undefined;
    });
  });

  test('Sanad: Restart Server replaces the server and features come back', async () => {
    const before = await onlyServer('the running server');
    const oldClient = api.client();
    await vscode.commands.executeCommand('sanad.restartServer');
    await until('the old server to end', () => (alive(before) ? undefined : true), 20_000);
    const after = await onlyServer('the new server', before);
    assert.notEqual(api.client(), oldClient, 'a new client');
    assert.ok(api.client()?.isRunning(), 'the new client runs');
    await hoverAnswers('a hover after Restart Server');
    console.log(`    restart: server ${before} → ${after}`);
  });
});
