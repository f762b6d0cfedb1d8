// Span-level NER evaluation with conlleval semantics.
//
//   npm run eval:ner -- FILE [--model MODEL_FILE] [--scored] [--errors]
//
// FILE is CoNLL: one token per line, a blank line between sentences. The FIRST column is the
// token and the LAST column the gold IOB2 tag (`token gold`, `token … gold`); the shipped model
// tags the tokens and its tags are compared with the gold ones.
// With --scored the file already holds predictions, conlleval-style: the last two columns are
// `gold predicted` and no model is run.
// Prints precision, recall and F1 per type (PERS, LOC, ORG, MISC) and micro-averaged over spans.
import { readFileSync } from 'node:fs';
import { parseConll } from '../server/src/analysis/ner/conll';
import { conlleval, formatScore } from '../server/src/analysis/ner/conlleval';
import { defaultTagger, loadTagger, Tagger } from '../server/src/analysis/ner/index';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): number {
  const args = process.argv.slice(2);
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--model');
  if (!file) {
    console.error('usage: npm run eval:ner -- FILE [--model MODEL_FILE] [--scored]');
    return 2;
  }
  const sentences = parseConll(readFileSync(file, 'utf8'));
  const gold: string[][] = [];
  const pred: string[][] = [];
  const t0 = process.hrtime.bigint();
  let tokens = 0;
  if (args.includes('--scored')) {
    for (const s of sentences) {
      if (s.columns.some((c) => c.length < 3)) throw new Error('--scored needs `token … gold predicted` lines');
      gold.push(s.columns.map((c) => c[c.length - 2]));
      pred.push(s.columns.map((c) => c[c.length - 1]));
    }
  } else {
    const modelFile = arg('--model');
    const tagger: Tagger | null = modelFile ? loadTagger(modelFile) : defaultTagger();
    if (!tagger) {
      console.error('no NER model found (data/models/ner-anercorp.bin.gz); run `npm run train`');
      return 1;
    }
    for (const s of sentences) {
      if (s.columns.some((c) => c.length < 2)) throw new Error('each line needs `token … gold`');
      gold.push(s.columns.map((c) => c[c.length - 1]));
      pred.push(tagger.tag(s.tokens));
      tokens += s.tokens.length;
    }
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(formatScore(conlleval(gold, pred)));
  if (tokens) console.log(`tagged ${tokens} tokens in ${ms.toFixed(0)} ms (one cold pass, model and KB loading included: ${Math.round(tokens / (ms / 1000))} tokens/s)`);
  return 0;
}

process.exitCode = main();
