// `npm run bench`: one `name: value unit` line per figure (see the README's Performance section).
// Not part of `npm test`: speed is measured here, never asserted by timed unit tests.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, AnalysisCache } from '../../server/src/analysis/analyze';
import { defaultTagger } from '../../server/src/analysis/ner';
import { buildCorpus } from './corpus';
import { initialize, startServer } from './lsp';

const root = join(__dirname, '..', '..');
const report = (name: string, value: number, unit: string) => console.log(`${name}: ${Number.isFinite(value) ? +value.toFixed(value < 10 ? 2 : 0) : value} ${unit}`);
const percentile = (xs: number[], p: number) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
/** Median time of `runs` calls, in ms. */
function time(fn: () => void, runs = 3): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return percentile(ts, 50);
}

async function main(): Promise<void> {
  const text = buildCorpus();
  const words = text.split(/\s+/).filter(Boolean);
  const tokens = words.length;
  console.log(`# corpus: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${tokens} whitespace tokens, ${text.split('\n').length} lines`);

  analyze(text.slice(0, 20000), { documentDate: '2024-07-25' }); // warm up: load the KB and the model
  const floorMs = time(() => { text.split(/\s+/).length; }, 5);
  const analyzeMs = time(() => analyze(text, { documentDate: '2024-07-25' }));
  report('analyze_tokens_per_s', tokens / (analyzeMs / 1000), 'tokens/s');
  report('floor_tokens_per_s', tokens / (floorMs / 1000), 'tokens/s');
  report('analyze_vs_floor', analyzeMs / floorMs, 'x');

  const cache = new AnalysisCache();
  analyze(text, { documentDate: '2024-07-25' }, cache);
  const edited = text.slice(0, 500000) + 'و' + text.slice(500000);
  report('reanalyze_after_edit_ms', time(() => analyze(edited, { documentDate: '2024-07-25' }, cache), 1), 'ms');

  const tagger = defaultTagger();
  if (tagger) {
    const sentences = text.split('\n').map((l) => l.split(' '));
    const nerMs = time(() => { for (const s of sentences) tagger.tag(s); });
    report('ner_tokens_per_s', tokens / (nerMs / 1000), 'tokens/s');
  } else console.log('ner_tokens_per_s: n/a (no model)');

  await lspFigures(text);
}

async function lspFigures(text: string): Promise<void> {
  const serverJs = join(root, 'dist', 'server.js');
  const t0 = performance.now();
  const s = startServer(serverJs);
  await initialize(s);
  report('server_cold_start_ms', performance.now() - t0, 'ms');
  const uri = 'file:///bench/corpus.txt';
  let version = 1;
  s.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
  const tOpen = performance.now();
  await s.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  report('open_1mb_first_answer_ms', performance.now() - tOpen, 'ms');

  const lines = text.split('\n');
  const hovers: number[] = [];
  for (let i = 0; i < 300; i++) {
    const line = (i * 7919) % lines.length;
    const character = Math.floor(lines[line].length / 2);
    const h0 = performance.now();
    await s.rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    hovers.push(performance.now() - h0);
  }
  report('hover_p50_ms', percentile(hovers, 50), 'ms');
  report('hover_p99_ms', percentile(hovers, 99), 'ms');

  const edits: number[] = [];
  for (let i = 0; i < 60; i++) {
    const line = (i * 104729) % lines.length;
    const e0 = performance.now();
    s.rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'و' }],
    });
    await s.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    edits.push(performance.now() - e0);
  }
  report('edit_p50_ms', percentile(edits, 50), 'ms');
  report('edit_p99_ms', percentile(edits, 99), 'ms');

  const status = readFileSync(`/proc/${s.proc.pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
  report('server_rss_mb', rss, 'MB');
  await s.stop();
}

main().then(() => process.exit(0), (e) => {
  console.error(e);
  process.exit(1);
});
