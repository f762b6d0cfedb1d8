// `node dist-test/bench/micro-cold.js [runs] [server.js]`: server cold start (spawn → initialize answer), median of runs.
import { join } from 'node:path';
import { initialize, startServer } from './lsp';

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 15);
  const serverJs = process.argv[3] ?? join(__dirname, '..', '..', 'dist', 'server.js');
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c = startServer(serverJs);
    await initialize(c);
    xs.push(performance.now() - t0);
    await c.stop();
  }
  xs.sort((a, b) => a - b);
  console.log(`server_cold_start_ms: ${xs[Math.floor(xs.length / 2)].toFixed(0)} ms (min ${xs[0].toFixed(0)})`);
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
