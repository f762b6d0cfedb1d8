// `node dist-test/bench/micro-lsp.js [edits] [-- node flags for the server]`: the LSP hovers and edit
// loop of `npm run bench` alone (an edit is a one-character insertion in the 1 MB document, then a
// document-symbols request), with the slowest hovers and when they came, and the server's RSS — so
// the server can be profiled where the user waits (`-- --cpu-prof --cpu-prof-dir=DIR`).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { buildCorpus } from './corpus';
import { initialize, startServer } from './lsp';
import { median } from './cpuTime';

async function main(): Promise<void> {
  const dash = process.argv.indexOf('--');
  const edits = Math.max(1, Number(process.argv[2] && process.argv[2] !== '--' ? process.argv[2] : 60));
  const nodeFlags = dash > 0 ? process.argv.slice(dash + 1) : [];
  const text = buildCorpus();
  const s = startServer(join(__dirname, '..', '..', 'dist', 'server.js'), nodeFlags);
  await initialize(s);
  const uri = 'file:///bench/corpus.txt';
  let version = 1;
  s.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
  const tOpen = performance.now();
  await s.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  const lines = text.split('\n');
  const hovers: Array<[number, number, number]> = [];
  for (let i = 0; i < 300; i++) {
    const line = (i * 7919) % lines.length;
    const h0 = performance.now();
    await s.rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: Math.floor(lines[line].length / 2) } });
    hovers.push([performance.now() - h0, i, h0 - tOpen]);
  }
  hovers.sort((a, b) => b[0] - a[0]);
  console.log(`hover_p99_ms: ${hovers[2][0].toFixed(2)} ms; slowest: ${hovers.slice(0, 6).map(([t, i, at]) => `${t.toFixed(1)} ms (#${i} at ${at.toFixed(0)} ms)`).join(', ')}`);
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    const line = (i * 104729) % lines.length;
    const t0 = performance.now();
    s.rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'و' }],
    });
    await s.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    times.push(performance.now() - t0);
  }
  const sorted = times.slice().sort((a, b) => a - b);
  console.log(`edit_p50_ms: ${median(times).toFixed(1)} ms, edit_p99_ms: ${sorted[Math.floor(0.99 * sorted.length)].toFixed(1)} ms; slowest: ${times.map((t, i) => [t, i]).sort((a, b) => b[0] - a[0]).slice(0, 8).map(([t, i]) => `${t.toFixed(0)} ms (#${i})`).join(', ')}`);
  const rss = () => (Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${s.proc.pid}/status`, 'utf8'))?.[1]) / 1024).toFixed(0);
  console.log(`server_rss_mb: ${rss()} MB`);
  await new Promise((r) => setTimeout(r, 4000));
  console.log(`server_rss_idle_mb: ${rss()} MB (4 s later)`);
  await s.stop();
}

main().then(() => setTimeout(() => process.exit(0), 1500), (e) => {
  console.error(e);
  process.exit(1);
});
