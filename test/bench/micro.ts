// `node dist-test/bench/micro.js [runs]`: the analysis figures of `npm run bench` alone (no LSP),
// CPU time medians — quick before/after comparisons while optimizing.
import { analyze } from '../../server/src/analysis/analyze';
import { buildCorpus } from './corpus';
import { editingSession } from './edits';
import { cpu } from './cpuTime';


const runs = Number(process.argv[2] ?? 7);
const text = buildCorpus();
const tokens = text.split(/\s+/).filter(Boolean).length;
const options = { documentDate: '2024-07-25' };
analyze(text.slice(0, 20000), options);
analyze(text, options);
const full = cpu(() => analyze(text, options), runs);
console.log(`analyze_cpu_tokens_per_s: ${Math.round(tokens / (full / 1000))} tokens/s (${full.toFixed(0)} ms)`);
for (const [name, opts] of [['reanalyze_after_edit_cpu_ms', options], ['reanalyze_after_edit_no_dct_cpu_ms', {}]] as const) {
  const ms = cpu(editingSession(text, opts), runs * 2);
  console.log(`${name}: ${ms.toFixed(1)} ms`);
}
const g = (globalThis as { gc?: () => void }).gc;
if (g) {
  g();
  const mu = process.memoryUsage();
  console.log(`heap_used_mb: ${(mu.heapUsed / 1048576).toFixed(0)} MB, rss_mb: ${(mu.rss / 1048576).toFixed(0)} MB`);
}
