// A minimal LSP client over stdio for the benchmark: spawn the bundled server, speak JSON-RPC.
import { spawn, ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export interface LspServer {
  proc: ChildProcess;
  rpc: MessageConnection;
  stop(): Promise<void>;
}

/** `nodeFlags`: for the server's node (e.g. --cpu-prof). */
export function startServer(serverJs: string, nodeFlags: string[] = []): LspServer {
  const proc = spawn(process.execPath, [...nodeFlags, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const rpc = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  rpc.onNotification(() => undefined);
  rpc.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  rpc.onRequest(() => null);
  rpc.listen();
  return {
    proc,
    rpc,
    async stop() {
      try {
        await Promise.race([rpc.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        rpc.sendNotification('exit');
      } catch { /* already gone */ }
      setTimeout(() => proc.kill('SIGKILL'), 1000).unref();
      rpc.dispose();
    },
  };
}

export async function initialize(s: LspServer, rootUri: string | null = null): Promise<void> {
  await s.rpc.sendRequest('initialize', { processId: process.pid, rootUri, capabilities: { workspace: { configuration: true } }, workspaceFolders: null });
  s.rpc.sendNotification('initialized', {});
}

/** The benchmark's session on one open document: open it, hover, edit, read the server's memory. */
export class BenchDocument {
  private version = 1;
  private readonly lines: string[];
  readonly uri = 'file:///bench/corpus.txt';

  constructor(private readonly s: LspServer, text: string) {
    this.lines = text.split('\n');
    s.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: this.uri, languageId: 'plaintext', version: this.version, text } });
  }

  /** Asks for the outline, a request that needs the current analysis; resolves when answered. */
  async symbols(): Promise<void> {
    await this.s.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri: this.uri } });
  }

  /** Hovers the middle of line (i × 7919) mod lines, for i = 0 … n-1; each one's time in ms. */
  async hovers(n: number): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const line = (i * 7919) % this.lines.length;
      const h0 = performance.now();
      await this.s.rpc.sendRequest('textDocument/hover', { textDocument: { uri: this.uri }, position: { line, character: Math.floor(this.lines[line].length / 2) } });
      out.push(performance.now() - h0);
    }
    return out;
  }

  /** n one-character insertions (و at the start of line (i × 104729) mod lines), each until the outline answers; ms each. */
  async edits(n: number): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const line = (i * 104729) % this.lines.length;
      const e0 = performance.now();
      this.s.rpc.sendNotification('textDocument/didChange', {
        textDocument: { uri: this.uri, version: ++this.version },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'و' }],
      });
      await this.symbols();
      out.push(performance.now() - e0);
    }
    return out;
  }

  /** The server process's resident memory, in MB. */
  rssMb(): number {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${this.s.proc.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
  }
}
