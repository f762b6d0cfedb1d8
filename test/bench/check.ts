// `npm run bench:check`: the guard for performance work — optimizations must not change results.
//   node dist-test/bench/check.js --save   records the outputs of the current build
//   node dist-test/bench/check.js          compares the current build with them, byte for byte
// Outputs: `sanad analyze FILE --json --dct 2024-07-25` (the CLI, as a user runs it) for the sample
// article, every test fixture and a 200 KB slice of the bench corpus; plus, in process, a hash of the
// full 1 MB bench analysis, of an incremental re-analysis after edits (cache) and of the sliced
// (server) analysis. Recorded outputs live in test-results/bench-check/ (ignored by git), since the
// corpus is read from ../shared and never copied into the repo.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeInSlices, AnalysisCache } from '../../server/src/analysis/analyze';
import { buildCorpus } from './corpus';
import { defaultTagger, ModelTagger } from '../../server/src/analysis/ner';
import { LinearChainModel, StackedModel } from '../../server/src/analysis/ner/model';
import * as nerFeatures from '../../server/src/analysis/ner/features';

const root = join(__dirname, '..', '..');
const outDir = process.env.SANAD_CHECK_DIR ?? join(root, 'test-results', 'bench-check');
const save = process.argv.includes('--save');
const DCT = '2024-07-25';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function inputs(): Array<{ name: string; path: string }> {
  const out = [{ name: 'sample-iraq-us-withdrawal', path: join(root, 'data', 'articles', 'iraq-us-withdrawal.txt') }];
  const fx = join(root, 'test', 'fixtures', 'articles');
  for (const f of readdirSync(fx).filter((f) => f.endsWith('.txt')).sort()) out.push({ name: `fixture-${f.replace(/\.txt$/, '')}`, path: join(fx, f) });
  return out;
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const corpus = buildCorpus();
  const slicePath = join(outDir, 'corpus-200k.txt');
  const slice = corpus.slice(0, corpus.lastIndexOf('\n', 200_000));
  writeFileSync(slicePath, slice);
  const results: Array<{ name: string; output: string }> = [];
  for (const { name, path } of [...inputs(), { name: 'corpus-200k', path: slicePath }]) {
    const output = execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'analyze', path, '--json', '--dct', DCT], {
      encoding: 'utf8', maxBuffer: 1 << 30,
    });
    results.push({ name: `${name}.json`, output });
    if (!name.startsWith('corpus')) {
      // Without --dct: the document date is inferred from the text (the server's default).
      const inferred = execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'analyze', path, '--json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
      results.push({ name: `${name}.no-dct.json`, output: inferred });
    }
  }
  // In process: the full corpus, an incremental re-analysis after edits, the sliced analysis.
  const full = JSON.stringify(analyze(corpus, { documentDate: DCT }));
  const cache = new AnalysisCache();
  analyze(corpus, { documentDate: DCT }, cache);
  const edited = corpus.slice(0, 300_000) + 'و' + corpus.slice(300_000, 600_000) + '\nقال الرئيس 5 آلاف\n' + corpus.slice(600_000);
  const incremental = JSON.stringify(analyze(edited, { documentDate: DCT }, cache));
  const fresh = JSON.stringify(analyze(edited, { documentDate: DCT }));
  if (incremental !== fresh) throw new Error('incremental analysis differs from a fresh one');
  const sliced = JSON.stringify(await analyzeInSlices(corpus, { documentDate: DCT }, new AnalysisCache(), () => false));
  if (sliced !== full) throw new Error('sliced analysis differs from analyze()');
  // The server's way: no documentDate, so the DCT is inferred; incremental after edits too.
  const cacheNoDct = new AnalysisCache();
  const fullNoDct = JSON.stringify(analyze(corpus, {}, cacheNoDct));
  const incNoDct = JSON.stringify(analyze(edited, {}, cacheNoDct));
  if (incNoDct !== JSON.stringify(analyze(edited, {}))) throw new Error('incremental analysis (no DCT) differs from a fresh one');
  results.push({ name: 'corpus-1mb-no-dct.sha256', output: sha(fullNoDct) + '\n' });
  results.push({ name: 'corpus-1mb-edited-no-dct.sha256', output: sha(incNoDct) + '\n' });
  results.push({ name: 'corpus-1mb.sha256', output: sha(full) + '\n' });
  results.push({ name: 'corpus-1mb-edited.sha256', output: sha(fresh) + '\n' });

  // The tagger's fast path (per-word sums, two-word hashes) against the full feature list.
  const tagger = defaultTagger();
  const features = nerFeatures as unknown as { sentenceInfos?: (w: string[]) => unknown[] };
  if (tagger instanceof ModelTagger && features.sentenceInfos && 'decodeWords' in LinearChainModel.prototype) {
    const sentenceInfos = features.sentenceInfos;
    const m = tagger.model;
    const passes: LinearChainModel[] = m instanceof StackedModel ? [m.pass1, m.pass2] : [m as LinearChainModel];
    let sentencesChecked = 0;
    for (const line of corpus.split('\n').slice(0, 1500)) {
      const words = line.split(' ').filter(Boolean);
      if (!words.length) continue;
      for (const pass of passes) {
        const { rows, offsets } = pass.featureRows(words);
        const full = Array.from(pass.decode(rows, offsets, words.length)).join();
        const fast = Array.from((pass as unknown as { decodeWords(i: unknown[]): Uint8Array }).decodeWords(sentenceInfos(words))).join();
        if (full !== fast) throw new Error(`tagger fast path differs on: ${line.slice(0, 80)}`);
      }
      sentencesChecked++;
    }
    console.log(`same tagger decoding on ${sentencesChecked} sentences (fast path vs full features)`);
  }

  let failed = 0;
  for (const { name, output } of results) {
    const file = join(outDir, name);
    if (save) {
      writeFileSync(file, output);
      console.log(`saved ${name} (${output.length} chars)`);
    } else if (!existsSync(file)) {
      console.log(`MISSING ${name}: run with --save on the reference build first`);
      failed++;
    } else if (readFileSync(file, 'utf8') !== output) {
      const ref = readFileSync(file, 'utf8');
      let i = 0;
      while (i < ref.length && ref[i] === output[i]) i++;
      console.log(`DIFFERS ${name} at char ${i}: expected …${JSON.stringify(ref.slice(Math.max(0, i - 80), i + 80))}… got …${JSON.stringify(output.slice(Math.max(0, i - 80), i + 80))}…`);
      failed++;
    } else console.log(`same ${name}`);
  }
  if (failed) {
    console.log(`${failed} output(s) differ`);
    process.exit(1);
  }
  console.log(save ? `reference saved in ${outDir}` : 'all outputs identical');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
