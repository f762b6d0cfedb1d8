// `npm run bench`: one `name: value unit` line per figure (see the README's Performance section).
// Not part of `npm test`: speed is measured here, never asserted by timed unit tests.
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import { analyze } from '../../server/src/analysis/analyze';
import { defaultTagger } from '../../server/src/analysis/ner';
import { wordInfo } from '../../server/src/analysis/ner/features';
import { buildCorpus } from './corpus';
import { editingSession } from './edits';
import { BenchDocument, initialize, startServer } from './lsp';

const root = join(__dirname, '..', '..');
const report = (name: string, value: number, unit: string) => console.log(`${name}: ${Number.isFinite(value) ? +value.toFixed(value < 10 ? 2 : 0) : value} ${unit}`);
const percentile = (xs: number[], p: number) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
/** Median wall time and median CPU time (process.cpuUsage: steadier on a loaded machine) of `runs` calls, in ms. */
function timeBoth(fn: () => void, runs = 3): { wall: number; cpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { wall: percentile(walls, 50), cpu: percentile(cpus, 50) };
}
/** Median wall time of `runs` calls, in ms. */
function time(fn: () => void, runs = 3): number {
  return timeBoth(fn, runs).wall;
}

async function main(): Promise<void> {
  const text = buildCorpus();
  const words = text.split(/\s+/).filter(Boolean);
  const tokens = words.length;
  console.log(`# corpus: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${tokens} whitespace tokens, ${text.split('\n').length} lines`);
  console.log(`# machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, node ${process.version}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);

  // Before anything else loads them: the tagger's model and its dictionary, as on a server's first analysis.
  const loadMs = time(() => { defaultTagger(); wordInfo('تجربة'); }, 1);
  report('ner_load_ms', loadMs, 'ms');

  const options = { documentDate: '2024-07-25' };
  analyze(text.slice(0, 20000), options); // warm up: load the KB and the model
  // The first full analysis of the process: code not yet optimized, per-word memos empty.
  const first = timeBoth(() => analyze(text, options), 1);
  report('analyze_first_tokens_per_s', tokens / (first.wall / 1000), 'tokens/s');
  const floorMs = time(() => { text.split(/\s+/).length; }, 5);
  const full = timeBoth(() => analyze(text, options), 5);
  report('analyze_tokens_per_s', tokens / (full.wall / 1000), 'tokens/s');
  report('analyze_cpu_tokens_per_s', tokens / (full.cpu / 1000), 'tokens/s');
  report('floor_tokens_per_s', tokens / (floorMs / 1000), 'tokens/s');
  report('analyze_vs_floor', full.wall / floorMs, 'x');
  // The same text as one line with no sentence end: one paragraph, one "sentence" (pasted text,
  // a document without punctuation). Must stay close to the figure above, not grow quadratically.
  const oneLine = text.replace(/[\n.؟!]/g, ' ');
  report('analyze_one_line_ms', time(() => analyze(oneLine, options), 1), 'ms');

  // One-character edits in a cached document: the paragraph pass re-reads one paragraph, the
  // document pass runs whole. With a documentDate (the CLI's way) and without (the server's default:
  // the DCT is inferred from the text).
  for (const [name, opts] of [['reanalyze_after_edit_ms', options], ['reanalyze_after_edit_no_dct_ms', {}]] as const) {
    const r = timeBoth(editingSession(text, opts), 7);
    report(name, r.wall, 'ms');
    report(name.replace(/_ms$/, '_cpu_ms'), r.cpu, 'ms');
  }

  const tagger = defaultTagger();
  if (tagger) {
    const sentences = text.split('\n').map((l) => l.split(' '));
    const nerMs = time(() => { for (const s of sentences) tagger.tag(s); });
    report('ner_tokens_per_s', tokens / (nerMs / 1000), 'tokens/s');
  } else console.log('ner_tokens_per_s: n/a (no model)');

  // The extension's own module load, with a stand-in for the vscode API (VS Code is not needed);
  // activation itself also waits for the server's initialize answer (server_cold_start_ms).
  report('extension_load_ms', extensionLoadMs(), 'ms');
  console.log('activation_ms: n/a (measured in integration; ≈ extension_load_ms + server_cold_start_ms)');

  await lspFigures(text);
}

/** Loads dist/extension.js in a child process whose `vscode` module is an inert stand-in. */
function extensionLoadMs(): number {
  const script = `
    const Module = require('module');
    const stub = () => { const f = function () { return stub(); };
      return new Proxy(f, { get: (t, k) => (k === Symbol.toPrimitive ? () => '' : k === 'then' ? undefined : stub()), construct: () => stub() }); };
    const vscode = stub();
    const load = Module._load;
    Module._load = function (req, ...rest) { return req === 'vscode' ? vscode : load.call(this, req, ...rest); };
    const t0 = performance.now();
    require(${JSON.stringify(join(root, 'dist', 'extension.js'))});
    process.stdout.write(String(performance.now() - t0));`;
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    try {
      runs.push(Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })));
    } catch {
      return NaN;
    }
  }
  return percentile(runs, 50);
}

async function lspFigures(text: string): Promise<void> {
  const serverJs = join(root, 'dist', 'server.js');
  // Cold start: spawn to the initialize answer, median of five fresh servers.
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const c = startServer(serverJs);
    await initialize(c);
    starts.push(performance.now() - t0);
    await c.stop();
  }
  report('server_cold_start_ms', percentile(starts, 50), 'ms');
  const s = startServer(serverJs);
  await initialize(s);
  const doc = new BenchDocument(s, text);
  const tOpen = performance.now();
  await doc.symbols();
  report('open_1mb_first_answer_ms', performance.now() - tOpen, 'ms');
  const hovers = await doc.hovers(300);
  report('hover_p50_ms', percentile(hovers, 50), 'ms');
  report('hover_p99_ms', percentile(hovers, 99), 'ms');
  const edits = await doc.edits(60);
  report('edit_p50_ms', percentile(edits, 50), 'ms');
  report('edit_p99_ms', percentile(edits, 99), 'ms');
  report('server_rss_mb', doc.rssMb(), 'MB');
  // The same once the reader stops typing: the server gives the garbage of the edits back when idle.
  await new Promise((r) => setTimeout(r, 4000));
  report('server_rss_idle_mb', doc.rssMb(), 'MB');
  await s.stop();
}

main().then(() => process.exit(0), (e) => {
  console.error(e);
  process.exit(1);
});
