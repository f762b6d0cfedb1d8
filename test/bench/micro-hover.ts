// `node dist-test/bench/micro-hover.js`: the hover of the LSP benchmark's 300 positions on the 1 MB
// bench document, in process (no JSON-RPC): the slowest ones, to tell slow hovers from slow transport.
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/analyze';
import { hover } from '../../server/src/features/hover';
import { buildCorpus } from './corpus';

const text = buildCorpus();
const a = analyze(text, {});
const doc = TextDocument.create('file:///bench/corpus.txt', 'plaintext', 1, text);
const lines = text.split('\n');
for (let round = 0; round < 3; round++) {
  const times: Array<[number, number]> = [];
  for (let i = 0; i < 300; i++) {
    const line = (i * 7919) % lines.length;
    const t0 = performance.now();
    hover(doc, a, { line, character: Math.floor(lines[line].length / 2) });
    times.push([performance.now() - t0, i]);
  }
  times.sort((x, y) => y[0] - x[0]);
  console.log(`round ${round}: slowest ${times.slice(0, 6).map(([t, i]) => `${t.toFixed(2)} ms @${i}`).join(', ')}`);
}
