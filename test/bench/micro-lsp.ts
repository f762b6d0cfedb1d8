// `node dist-test/bench/micro-lsp.js [edits] [-- node flags for the server]`: the LSP hovers and edit
// loop of `npm run bench` alone (an edit is a one-character insertion in the 1 MB document, then a
// document-symbols request), with the slowest hovers and edits, and the server's RSS — so
// the server can be profiled where the user waits (`-- --cpu-prof --cpu-prof-dir=DIR`).
import { join } from 'node:path';
import { buildCorpus } from './corpus';
import { BenchDocument, initialize, startServer } from './lsp';
import { median } from './cpuTime';

async function main(): Promise<void> {
  const dash = process.argv.indexOf('--');
  const edits = Math.max(1, Number(process.argv[2] && process.argv[2] !== '--' ? process.argv[2] : 60));
  const nodeFlags = dash > 0 ? process.argv.slice(dash + 1) : [];
  const text = buildCorpus();
  const s = startServer(join(__dirname, '..', '..', 'dist', 'server.js'), nodeFlags);
  await initialize(s);
  const doc = new BenchDocument(s, text);
  await doc.symbols();
  const hovers = (await doc.hovers(300)).map((t, i) => [t, i]).sort((a, b) => b[0] - a[0]);
  console.log(`hover_p99_ms: ${hovers[2][0].toFixed(2)} ms; slowest: ${hovers.slice(0, 6).map(([t, i]) => `${t.toFixed(1)} ms (#${i})`).join(', ')}`);
  const times = await doc.edits(edits);
  const sorted = times.slice().sort((a, b) => a - b);
  console.log(`edit_p50_ms: ${median(times).toFixed(1)} ms, edit_p99_ms: ${sorted[Math.floor(0.99 * sorted.length)].toFixed(1)} ms; slowest: ${times.map((t, i) => [t, i]).sort((a, b) => b[0] - a[0]).slice(0, 8).map(([t, i]) => `${t.toFixed(0)} ms (#${i})`).join(', ')}`);
  console.log(`server_rss_mb: ${doc.rssMb().toFixed(0)} MB`);
  await new Promise((r) => setTimeout(r, 4000));
  console.log(`server_rss_idle_mb: ${doc.rssMb().toFixed(0)} MB (4 s later)`);
  await s.stop();
}

main().then(() => setTimeout(() => process.exit(0), 1500), (e) => {
  console.error(e);
  process.exit(1);
});
