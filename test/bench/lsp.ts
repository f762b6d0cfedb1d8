// A minimal LSP client over stdio for the benchmark: spawn the bundled server, speak JSON-RPC.
import { spawn, ChildProcess } from 'node:child_process';
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
