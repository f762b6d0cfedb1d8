// Training: the averaged structured perceptron (Collins 2002) with constrained Viterbi decoding.
// Deterministic: sentence order per epoch comes from a seeded PRNG; single-threaded.
import { LinearChainModel, StackedModel } from './model';
import { docHints, DOC_WINDOW, sentenceFeatures, UNKNOWN_WORD } from './features';
import { NUM_TAGS, fixIob2, tagIndex } from './tags';
import { mulberry32 as prng } from '../random';

export interface LabeledSentence {
  words: string[];
  tags: string[];
  /** Extra feature hashes per token (the second pass's document hints). */
  extra?: readonly Uint32Array[];
}

export interface TrainOptions {
  bucketBits: number;
  epochs: number;
  seed: number;
  /**
   * Word dropout: the probability that a token's own word features (form, stems) are replaced by
   * one "unknown word" feature for one pass, so that context and affix features learn to find
   * names never seen in training. 0 disables it.
   */
  dropout?: number;
  /** Called after each epoch with the averaged model so far (e.g. to score a held-out slice). */
  onEpoch?: (epoch: number, averaged: LinearChainModel) => void;
}

interface Prepared {
  rows: Uint32Array;
  offsets: Int32Array;
  gold: Uint8Array;
  lexical: Uint8Array;
}

export function trainPerceptron(data: readonly LabeledSentence[], opts: TrainOptions): LinearChainModel {
  const T = NUM_TAGS;
  const size = (1 << opts.bucketBits) * T;
  const tsize = (T + 1) * T;
  const w = new Float64Array(size);
  const u = new Float64Array(size); // sum of c × update, for averaging
  const tr = new Float64Array(tsize);
  const tu = new Float64Array(tsize);
  const model = new LinearChainModel(opts.bucketBits, w, tr);
  const mask = model.mask;
  const prepared: Prepared[] = data
    .filter((s) => s.words.length > 0)
    .map((s) => {
      const { hashes, offsets, lexical } = sentenceFeatures(s.words, s.extra);
      const rows = new Uint32Array(hashes.length);
      for (let i = 0; i < hashes.length; i++) rows[i] = (hashes[i] & mask) * T;
      // Gold I-X after O is read as B-X (conlleval does the same), so the gold path is always valid.
      const gold = Uint8Array.from(fixIob2(s.tags).map(tagIndex));
      return { rows, offsets, gold, lexical };
    });
  const rand = prng(opts.seed);
  const order = prepared.map((_, i) => i);
  let c = 1;
  let pred = new Uint8Array(0);
  const dropout = opts.dropout ?? 0;
  const unkRow = (UNKNOWN_WORD & mask) * T;
  let scratch = new Uint32Array(0);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const s0 = prepared[idx];
      let s = s0;
      const n = s.gold.length;
      if (dropout > 0) {
        if (scratch.length < s0.rows.length) scratch = new Uint32Array(s0.rows.length * 2);
        const rows = scratch.subarray(0, s0.rows.length);
        rows.set(s0.rows);
        for (let i = 0; i < n; i++) {
          if (rand() >= dropout) continue;
          for (let k = s0.offsets[i], e = k + s0.lexical[i]; k < e; k++) rows[k] = unkRow;
        }
        s = { ...s0, rows };
      }
      if (pred.length < n) pred = new Uint8Array(n * 2);
      model.decode(s.rows, s.offsets, n, pred);
      let prevG = T;
      let prevP = T;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i];
        const p = pred[i];
        if (g !== p) {
          for (let k = s.offsets[i], e = s.offsets[i + 1]; k < e; k++) {
            const r = s.rows[k];
            w[r + g] += 1;
            u[r + g] += c;
            w[r + p] -= 1;
            u[r + p] -= c;
          }
        }
        if (g !== p || prevG !== prevP) {
          tr[prevG * T + g] += 1;
          tu[prevG * T + g] += c;
          tr[prevP * T + p] -= 1;
          tu[prevP * T + p] -= c;
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
    if (opts.onEpoch) opts.onEpoch(epoch, averaged(model, u, tu, c));
  }
  return averaged(model, u, tu, c);
}

function averaged(model: LinearChainModel, u: Float64Array, tu: Float64Array, c: number): LinearChainModel {
  const w = model.weights;
  const tr = model.trans;
  const aw = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) aw[i] = w[i] - u[i] / c;
  const at = new Float32Array(tr.length);
  for (let i = 0; i < tr.length; i++) at[i] = tr[i] - tu[i] / c;
  return new LinearChainModel(model.bucketBits, aw, at);
}

export interface StackOptions extends TrainOptions {
  /** Epochs of the first pass (its cross-validated copies and the shipped one). */
  epochs1: number;
  /** Contiguous folds for the first pass's cross-validated tags of the training data. */
  folds: number;
  window?: number;
  /** Called after each second-pass epoch with the stacked model so far. */
  onStackEpoch?: (epoch: number, model: StackedModel) => void;
  log?: (msg: string) => void;
}

/**
 * Stacking: the second pass is trained on document hints computed from first-pass tags that the
 * first pass produced without having seen those sentences (k contiguous folds), so that it learns
 * how far to trust them on new text. `data` must keep the documents' sentence order.
 */
export function trainStacked(data: readonly LabeledSentence[], opts: StackOptions): StackedModel {
  const window = opts.window ?? DOC_WINDOW;
  const K = opts.folds;
  const cv: Uint8Array[] = new Array(data.length);
  const base = { bucketBits: opts.bucketBits, seed: opts.seed, dropout: opts.dropout, epochs: opts.epochs1 };
  for (let k = 0; k < K; k++) {
    const a = Math.floor((k * data.length) / K);
    const b = Math.floor(((k + 1) * data.length) / K);
    const m = trainPerceptron([...data.slice(0, a), ...data.slice(b)], base);
    for (let j = a; j < b; j++) cv[j] = m.tagIndices(data[j].words);
    opts.log?.(`first pass, fold ${k + 1}/${K} done`);
  }
  const pass1 = trainPerceptron(data, base);
  opts.log?.('first pass on all data done');
  const hints = docHints(data.map((s) => s.words), cv, window);
  const withHints = data.map((s, j) => ({ ...s, extra: hints[j] }));
  const pass2 = trainPerceptron(withHints, {
    ...opts,
    onEpoch: opts.onStackEpoch ? (e, m) => opts.onStackEpoch!(e, new StackedModel(pass1, m, window)) : undefined,
  });
  return new StackedModel(pass1, pass2, window);
}
