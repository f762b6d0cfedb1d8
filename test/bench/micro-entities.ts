// `node dist-test/bench/micro-entities.js [runs]`: the entity paragraph pass alone (tagger off) over
// the bench corpus's paragraphs, and the document pass (linking, surname rescan): CPU medians.
import { analyze } from '../../server/src/analysis/analyze';
import { findMentions, linkEntities, setTagger } from '../../server/src/analysis/entities';
import { makeTextUnit, splitParagraphs } from '../../server/src/analysis/textUnit';
import { Mention } from '../../server/src/analysis/types';
import { buildCorpus } from './corpus';
import { cpu } from './cpuTime';

const runs = Number(process.argv[2] ?? 15);
const text = buildCorpus();
const mentions = analyze(text, { documentDate: '2024-07-25' }).mentions;
setTagger(null);
const paras = splitParagraphs(text);
const units = paras.map((p) => makeTextUnit(p.text));
const local: Mention[] = [];
const pass = () => {
  local.length = 0;
  for (let k = 0; k < units.length; k++) for (const m of findMentions(units[k])) local.push({ ...m, start: m.start + paras[k].start, end: m.end + paras[k].start });
};
pass();
console.log(`entities_paragraph_pass_cpu_ms: ${cpu(pass, runs).toFixed(1)} ms`);
void mentions;
const mine = local.slice();
console.log(`entities_link_cpu_ms: ${cpu(() => linkEntities(mine.map((m) => ({ ...m })), text), runs).toFixed(1)} ms`);
