// A small LSP client for the server tests: spawns `node dist/server.js --stdio`, speaks JSON-RPC
// over its stdin/stdout, records notifications (diagnostics, logs), and always kills the process.
import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type {
  InitializeParams, InitializeResult, PublishDiagnosticsParams, Range, Position,
} from 'vscode-languageserver-protocol';

/** The repository root (tests run from dist-test/server/). */
export const ROOT = resolve(__dirname, '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');

export function fileUri(path: string): string {
  return pathToFileURL(path).toString();
}

export interface StartOptions {
  workspaceFolders?: string[];
  /** Answers to workspace/configuration for the `sanad` section (undefined: the client does not support it). */
  settings?: Record<string, unknown>;
  locale?: string;
  /** Sent as initializationOptions (the VS Code client sends { workspaceTrusted }). */
  initializationOptions?: unknown;
}

export class LspClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly logs: string[] = [];
  readonly stderr: string[] = [];
  exited: number | null | undefined = undefined;
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();
  private diagnosticWaiters: Array<() => void> = [];

  private constructor(readonly process: ChildProcess, readonly connection: MessageConnection) {}

  static async start(options: StartOptions = {}): Promise<{ client: LspClient; init: InitializeResult }> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection);
    child.on('exit', (code) => (client.exited = code));
    child.stderr!.on('data', (d: Buffer) => client.stderr.push(d.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = client.diagnostics.get(p.uri) ?? [];
      list.push(p);
      client.diagnostics.set(p.uri, list);
      for (const w of client.diagnosticWaiters.splice(0)) w();
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => client.logs.push(p.message));
    connection.onNotification(() => undefined);
    connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
      p.items.map(() => options.settings ?? null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest(() => null);
    connection.listen();
    const params: InitializeParams = {
      processId: process.pid,
      rootUri: null,
      locale: options.locale,
      initializationOptions: options.initializationOptions,
      workspaceFolders: options.workspaceFolders?.map((p) => ({ uri: fileUri(p), name: p })) ?? null,
      capabilities: {
        workspace: { configuration: options.settings !== undefined, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          semanticTokens: {
            requests: { full: true, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'],
          },
        },
      },
    };
    const init = await client.request<InitializeResult>('initialize', params);
    connection.sendNotification('initialized', {});
    return { client, init };
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  open(uri: string, text: string, languageId = 'plaintext'): void {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text. */
  change(uri: string, text: string): void {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  /**
   * Resolves with the first diagnostics published for `uri` (from the `from`-th publication on)
   * that pass `accept`, waiting for them up to `ms`.
   */
  async waitForDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, ms = 5000, from = 0): Promise<PublishDiagnosticsParams> {
    const seen = from;
    const deadline = Date.now() + ms;
    for (;;) {
      const list = this.diagnostics.get(uri) ?? [];
      const hit = list.slice(seen).find(accept);
      if (hit) return hit;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri} within ${ms} ms`);
      await new Promise<void>((r) => {
        const timer = setTimeout(r, left);
        this.diagnosticWaiters.push(() => {
          clearTimeout(timer);
          r();
        });
      });
    }
  }

  /** Shuts the server down politely, then kills it whatever happens. */
  async stop(): Promise<void> {
    try {
      if (this.exited === undefined) {
        await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 1000))]);
        this.notify('exit', null);
      }
    } catch {
      // Already gone.
    } finally {
      await new Promise((r) => setTimeout(r, 50));
      this.connection.dispose();
      if (this.exited === undefined) this.process.kill('SIGKILL');
    }
  }

  get alive(): boolean {
    return this.exited === undefined;
  }
}

/** Line/character of the n-th (0-based) occurrence of `needle` in `text`, plus `delta` code units. */
export function positionOf(text: string, needle: string, n = 0, delta = 0): Position {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${n}) not found`);
  }
  return positionAt(text, at + delta);
}

/** LSP position (UTF-16) of an offset, with \n, \r\n and \r line breaks. */
export function positionAt(text: string, offset: number): Position {
  let line = 0, lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: Math.min(offset, text.length) - lineStart };
}

/** Line lengths of a text (without line breaks), as LSP counts lines. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

/** True when a range lies inside the text: lines exist, characters within their line, start ≤ end. */
export function rangeInside(text: string, r: Range): boolean {
  const lines = lineLengths(text);
  const ok = (p: Position) => Number.isInteger(p.line) && Number.isInteger(p.character)
    && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line];
  if (!ok(r.start) || !ok(r.end)) return false;
  return r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character);
}

/** The text a range covers. */
export function textIn(text: string, r: Range): string {
  const offset = (p: Position) => {
    let line = 0, i = 0;
    while (line < p.line && i < text.length) {
      const c = text.charCodeAt(i++);
      if (c === 10 || (c === 13 && text.charCodeAt(i) !== 10)) line++;
    }
    return i + p.character;
  };
  return text.slice(offset(r.start), offset(r.end));
}

/** Decodes LSP semantic tokens (relative encoding) back to absolute tokens. */
export function decodeTokens(data: number[], legend: { tokenTypes: string[]; tokenModifiers: string[] }) {
  const out: Array<{ line: number; character: number; length: number; type: string; modifiers: string[] }> = [];
  let line = 0, character = 0;
  for (let i = 0; i + 5 <= data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const modifiers = legend.tokenModifiers.filter((_, b) => data[i + 4] & (1 << b));
    out.push({ line, character, length: data[i + 2], type: legend.tokenTypes[data[i + 3]], modifiers });
  }
  return out;
}

/** Reads a UTF-8 file relative to the repository root. */
export async function readRepoFile(rel: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(join(ROOT, rel), 'utf8');
}

/** Markdown with its backslash escapes removed, for comparing hover text. */
export function plain(md: string): string {
  return md.replace(/\\(.)/g, '$1').replace(/[\u2066-\u2069]/g, '');
}
