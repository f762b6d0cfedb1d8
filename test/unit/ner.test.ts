// The NER tagger: conlleval scoring, IOB2 repair, the shipped model, tagConll.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { chunksOf, conlleval } from '../../server/src/analysis/ner/conlleval';
import { fixIob2, TAGS } from '../../server/src/analysis/ner/tags';
import { defaultTagger, modelPath, loadTagger, Tagger } from '../../server/src/analysis/ner/index';
import { mergeSpans, parseConll, tagConll } from '../../server/src/analysis/ner/conll';
import { deserializeModel, LinearChainModel, serializeModel, StackedModel } from '../../server/src/analysis/ner/model';
import { trainPerceptron, trainStacked } from '../../server/src/analysis/ner/train';
import { dictionaryClasses, parseDictionary } from '../../server/src/analysis/ner/dictionary';
import { trainCrf } from '../../server/src/analysis/ner/crf';

/** True when no I-X follows anything but B-X / I-X. */
function validIob2(tags: readonly string[]): boolean {
  let prev = 'O';
  for (const t of tags) {
    if (!TAGS.includes(t)) return false;
    if (t.startsWith('I-') && prev.slice(2) !== t.slice(2)) return false;
    prev = t;
  }
  return true;
}

test('conlleval: chunks as the perl script reads them', () => {
  assert.deepEqual(chunksOf(['B-PERS', 'I-PERS', 'O', 'B-LOC']), [
    { start: 0, end: 2, type: 'PERS' },
    { start: 3, end: 4, type: 'LOC' },
  ]);
  // I- after O starts a chunk; I- of another type starts another; B- after B- splits.
  assert.deepEqual(chunksOf(['O', 'I-ORG', 'I-ORG', 'I-LOC', 'B-LOC', 'B-LOC']), [
    { start: 1, end: 3, type: 'ORG' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'LOC' },
    { start: 5, end: 6, type: 'LOC' },
  ]);
  assert.deepEqual(chunksOf(['O', 'O']), []);
});

test('conlleval: span-level precision, recall, F1, micro average', () => {
  const gold = [['B-PERS', 'I-PERS', 'O', 'B-LOC'], ['B-ORG', 'I-ORG', 'O']];
  const pred = [['B-PERS', 'O', 'O', 'B-LOC'], ['B-ORG', 'I-ORG', 'B-MISC']];
  const s = conlleval(gold, pred);
  const by = Object.fromEntries(s.byType.map((t) => [t.type, t]));
  assert.equal(by.PERS.correct, 0); // boundary error: not correct
  assert.equal(by.LOC.correct, 1);
  assert.equal(by.ORG.f1, 1);
  assert.equal(by.MISC.predicted, 1);
  assert.equal(by.MISC.precision, 0);
  assert.equal(s.micro.gold, 3);
  assert.equal(s.micro.predicted, 4);
  assert.equal(s.micro.correct, 2);
  assert.ok(Math.abs(s.micro.precision - 0.5) < 1e-9);
  assert.ok(Math.abs(s.micro.recall - 2 / 3) < 1e-9);
  assert.ok(Math.abs(s.micro.f1 - 4 / 7) < 1e-9);
  assert.equal(s.tokens, 7);
});

test('conlleval: perfect and empty predictions', () => {
  const gold = [['B-LOC', 'O', 'B-PERS', 'I-PERS']];
  assert.equal(conlleval(gold, gold).micro.f1, 1);
  const none = conlleval(gold, [['O', 'O', 'O', 'O']]);
  assert.equal(none.micro.f1, 0);
  assert.equal(none.micro.recall, 0);
});

test('fixIob2 turns stray I- tags into B- and unknown tags into O', () => {
  assert.deepEqual(fixIob2(['I-PERS', 'I-PERS', 'O', 'I-LOC', 'B-ORG', 'I-LOC', 'X']),
    ['B-PERS', 'I-PERS', 'O', 'B-LOC', 'B-ORG', 'B-LOC', 'O']);
});

test('a model trained on a toy corpus decodes valid IOB2 and round-trips through its file', () => {
  const data = [
    { words: ['قال', 'الرئيس', 'جورج', 'بوش', 'في', 'واشنطن'], tags: ['O', 'O', 'B-PERS', 'I-PERS', 'O', 'B-LOC'] },
    { words: ['زار', 'محمد', 'علي', 'بغداد', 'أمس'], tags: ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'O'] },
    { words: ['أعلنت', 'وزارة', 'الخارجية', 'الفرنسية'], tags: ['O', 'B-ORG', 'I-ORG', 'I-ORG'] },
  ];
  const m = trainPerceptron(data, { bucketBits: 12, epochs: 10, seed: 1 });
  for (const s of data) assert.deepEqual(m.tag(s.words), s.tags);
  const { bytes } = serializeModel(m, { test: true });
  const { model, header } = deserializeModel(bytes);
  assert.equal(header.provenance?.test, true);
  for (const s of data) assert.deepEqual(model.tag(s.words), s.tags);
  // Whatever the weights, decoding never yields an invalid sequence.
  const random = new LinearChainModel(8, Float32Array.from({ length: 256 * 9 }, (_, i) => Math.sin(i * 7.3)),
    Float32Array.from({ length: 90 }, (_, i) => Math.cos(i * 3.1)));
  const words = 'في العاصمة العراقية بغداد قال وزير الخارجية الأمريكي إن الولايات المتحدة'.split(' ');
  assert.ok(validIob2(random.tag(words)));
});

test('a CRF trained on the same toy corpus learns it too, and its file round-trips', () => {
  const data = [
    { words: ['قال', 'الرئيس', 'جورج', 'بوش', 'في', 'واشنطن'], tags: ['O', 'O', 'B-PERS', 'I-PERS', 'O', 'B-LOC'] },
    { words: ['زار', 'محمد', 'علي', 'بغداد', 'أمس'], tags: ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'O'] },
    { words: ['أعلنت', 'وزارة', 'الخارجية', 'الفرنسية'], tags: ['O', 'B-ORG', 'I-ORG', 'I-ORG'] },
  ];
  const epochs: number[] = [];
  const m = trainCrf(data, { bucketBits: 12, epochs: 30, seed: 1, rate: 0.3, onEpoch: (e) => epochs.push(e) });
  assert.equal(epochs.length, 30);
  for (const s of data) assert.deepEqual(m.tag(s.words), s.tags);
  const { model } = deserializeModel(serializeModel(m, {}).bytes);
  for (const s of data) assert.deepEqual(model.tag(s.words), s.tags);
});

test('a stacked (two-pass, document-aware) model trains, round-trips and tags documents', () => {
  const data = [
    { words: ['قال', 'الرئيس', 'جورج', 'بوش', 'في', 'واشنطن'], tags: ['O', 'O', 'B-PERS', 'I-PERS', 'O', 'B-LOC'] },
    { words: ['زار', 'محمد', 'علي', 'بغداد', 'أمس'], tags: ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'O'] },
    { words: ['أعلنت', 'وزارة', 'الخارجية', 'الفرنسية'], tags: ['O', 'B-ORG', 'I-ORG', 'I-ORG'] },
    { words: ['وصل', 'بوش', 'الى', 'بغداد'], tags: ['O', 'B-PERS', 'O', 'B-LOC'] },
  ];
  const m = trainStacked(data, { bucketBits: 12, epochs: 10, epochs1: 10, folds: 2, seed: 1 });
  assert.ok(m instanceof StackedModel);
  const docs = data.map((s) => s.words);
  const tagged = m.tagDocument(docs);
  assert.equal(tagged.length, docs.length);
  tagged.forEach((t, i) => {
    assert.equal(t.length, docs[i].length);
    assert.ok(validIob2(t));
  });
  const { bytes, header } = serializeModel(m, {});
  assert.equal(header.stages, 2);
  const back = deserializeModel(bytes).model;
  assert.ok(back instanceof StackedModel);
  assert.deepEqual(back.tagDocument(docs), tagged);
  assert.deepEqual(back.tag(docs[0]), back.tagDocument([docs[0]])[0]);
});

test('corrupt model files are refused', () => {
  assert.throws(() => deserializeModel(Buffer.from('not a model')));
});

test('the shipped model: present, small, loads fast, tags sensibly', () => {
  const path = modelPath();
  assert.ok(path, 'data/models/ner-anercorp.bin.gz is shipped');
  assert.ok(statSync(path).size <= 15 * 1024 * 1024, 'model ≤ 15 MB');
  const t0 = performance.now();
  const tagger = loadTagger(path);
  const ms = performance.now() - t0;
  console.log(`model loaded in ${ms.toFixed(0)} ms`); // the target (≤ 300 ms) is checked by npm run bench, not here
  const prov = tagger.header.provenance as Record<string, unknown>;
  assert.equal(prov.dataSha1, '594b96e038555755c9fd84dd9e4590a298fcc336');

  const tg = defaultTagger();
  assert.ok(tg);
  assert.equal(defaultTagger(), tg, 'cached');
  const s1 = 'وقال الرئيس الأمريكي جورج بوش في واشنطن إن الولايات المتحدة لن تنسحب من العراق .'.split(' ');
  const t1 = tg.tag(s1);
  assert.equal(t1.length, s1.length);
  assert.ok(validIob2(t1));
  assert.equal(t1[s1.indexOf('جورج')], 'B-PERS', t1.join(' '));
  assert.equal(t1[s1.indexOf('بوش')], 'I-PERS', t1.join(' '));
  assert.equal(t1[s1.indexOf('واشنطن')], 'B-LOC', t1.join(' '));
  assert.equal(t1[s1.indexOf('العراق')], 'B-LOC', t1.join(' '));
  const s2 = 'التقى الرئيس المصري حسني مبارك وزير الخارجية في القاهرة'.split(' ');
  const t2 = tg.tag(s2);
  assert.ok(validIob2(t2));
  assert.equal(t2[s2.indexOf('حسني')], 'B-PERS', t2.join(' '));
  assert.equal(t2[s2.indexOf('القاهرة')], 'B-LOC', t2.join(' '));
  // Odd input never throws.
  assert.deepEqual(tg.tag([]), []);
  assert.equal(tg.tag(['', '\u0000', 'x'.repeat(5000), '٢٠٢٤']).length, 4);
});

test('tagConll keeps every line, blank lines, and appends one tag column', () => {
  const input = 'قال O\nالرئيس O\nجورج B-PERS\nبوش I-PERS\n\n\nفي\tO\nبغداد\tB-LOC\n-DOCSTART- O\n\nأمس\n';
  const out = tagConll(input);
  const inLines = input.split('\n');
  const outLines = out.split('\n');
  assert.equal(outLines.length, inLines.length);
  for (let i = 0; i < inLines.length; i++) {
    if (inLines[i].trim() === '') assert.equal(outLines[i], inLines[i]);
    else {
      assert.ok(outLines[i].startsWith(inLines[i]));
      const extra = outLines[i].slice(inLines[i].length);
      assert.match(extra, /^[ \t](O|[BI]-(PERS|LOC|ORG|MISC))$/);
    }
  }
  assert.ok(outLines[6].startsWith('في\tO\t'), 'tab-separated lines get a tab');
  assert.ok(out.endsWith('\n'));
  // Windows line ends are kept.
  const crlf = tagConll('بغداد\r\n\r\nالقاهرة\r\n');
  assert.equal(crlf.split('\n').length, 4);
  assert.match(crlf, /^بغداد [^\r]+\r\n\r\nالقاهرة [^\r]+\r\n$/);
  // Without a model every tag is O.
  assert.equal(tagConll('a\nb\n', { tagger: null }), 'a O\nb O\n');
});

test('tagConll: extra spans (knowledge base) win over the tagger', () => {
  const stub: Tagger = { tag: (w) => w.map((_, i) => (i === 1 ? 'B-PERS' : i === 2 ? 'I-PERS' : 'O')) };
  const out = tagConll('a\nb\nc\nd\n', { tagger: stub, extraSpans: () => [{ start: 2, end: 4, type: 'ORG' }] });
  assert.equal(out, 'a O\nb O\nc B-ORG\nd I-ORG\n');
  assert.deepEqual(mergeSpans(['B-LOC', 'O', 'O'], [{ start: 1, end: 2, type: 'PERS' }]), ['B-LOC', 'B-PERS', 'O']);
});

test('parseConll reads tokens and columns, skipping DOCSTART', () => {
  const s = parseConll('-DOCSTART- O\n\nبغداد B-LOC\nأمس O\n\n\nقال O\n');
  assert.equal(s.length, 2);
  assert.deepEqual(s[0].tokens, ['بغداد', 'أمس']);
  assert.deepEqual(s[0].columns[0], ['بغداد', 'B-LOC']);
});

test('dictionary classes: words map to their class hashes, unknown words to nothing', () => {
  const table = parseDictionary('# comment\n60,s:names\tبغداد مدريد\n45,69,s:verb\tقال\n');
  assert.equal(table.words, 3);
  const bagdad = table.get('بغداد');
  assert.ok(bagdad);
  assert.equal(bagdad, table.get('مدريد'), 'words of one class set share its hashes');
  assert.equal(bagdad!.length, 3, 'the whole set, then each class');
  assert.notDeepEqual(table.get('قال'), bagdad);
  assert.equal(table.get('ناكامورا'), undefined);
  assert.equal(table.get(''), undefined);
});

test('the shipped dictionary: loaded from data/lexicon, knows common words and place names, not rare foreign names', () => {
  const table = dictionaryClasses();
  assert.ok(table.words > 50_000, `${table.words} words`);
  for (const w of ['كتب', 'جامعه', 'سياره']) assert.ok(table.get(w), w);
  for (const w of ['ناكامورا', 'دوجاريك', 'فيشمان']) assert.equal(table.get(w), undefined, w);
});
