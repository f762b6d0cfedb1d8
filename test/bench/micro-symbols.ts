// `node dist-test/bench/micro-symbols.js [runs]`: what an edit costs after the analysis — the outline
// (documentSymbols) of the 1 MB bench document and its JSON, as the server sends it: CPU medians.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/analyze';
import { buildDocumentSymbols, DEFAULT_MAX_ITEMS_PER_GROUP } from '../../server/src/features/symbols';
import { buildCorpus } from './corpus';
import { cpu } from './cpuTime';

const runs = Number(process.argv[2] ?? 7);
const text = buildCorpus();
const a = analyze(text, {});
const doc = TextDocument.create('file:///bench/corpus.txt', 'plaintext', 1, text);
console.log(`# ${a.mentions.length} mentions, ${a.entities.length} entities, ${a.figures.length} figures, ${a.times.length} times, ${a.attributions.length} attributions, ${a.events.length} events`);
let json = '';
// Whole, and as the server sends it by default (sanad.outline.maxItemsPerGroup).
for (const [name, max] of [['symbols_all', Infinity], ['symbols', DEFAULT_MAX_ITEMS_PER_GROUP]] as const) {
  console.log(`${name}_cpu_ms: ${cpu(() => buildDocumentSymbols(doc, a, max), runs).toFixed(1)} ms`);
  const symbols = buildDocumentSymbols(doc, a, max);
  console.log(`${name}_json_cpu_ms: ${cpu(() => { json = JSON.stringify(symbols); }, runs).toFixed(1)} ms (${(json.length / 1e6).toFixed(2)} M chars)`);
}
