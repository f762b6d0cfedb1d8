// Training a linear-chain CRF (Lafferty et al. 2001) over the same hashed features, transitions and
// IOB2 constraints as the perceptron (train.ts): the result is a LinearChainModel, decoded by the
// same Viterbi and stored in the same file format. Per sentence, forward-backward gives each tag's
// and each transition's probability; the weights move by (observed − expected) counts with
// AdaGrad step sizes. Deterministic: sentence order per epoch comes from a seeded PRNG.
import { LinearChainModel } from './model';
import { sentenceFeatures } from './features';
import { ALLOWED, NUM_TAGS, fixIob2, tagIndex } from './tags';
import { mulberry32 as prng } from '../random';
import type { LabeledSentence } from './train';

export interface CrfOptions {
  bucketBits: number;
  epochs: number;
  seed: number;
  /** AdaGrad's base step. */
  rate?: number;
  /** L2 penalty per update, applied to the weights a sentence touches (lazy, cheap). */
  l2?: number;
  onEpoch?: (epoch: number, model: LinearChainModel) => void;
}

const T = NUM_TAGS;

function logSumExp(a: Float64Array, from: number, count: number): number {
  let m = -Infinity;
  for (let k = 0; k < count; k++) if (a[from + k] > m) m = a[from + k];
  if (m === -Infinity) return m;
  let s = 0;
  for (let k = 0; k < count; k++) s += Math.exp(a[from + k] - m);
  return m + Math.log(s);
}

export function trainCrf(data: readonly LabeledSentence[], opts: CrfOptions): LinearChainModel {
  const size = (1 << opts.bucketBits) * T;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size);
  const tr = new Float64Array((T + 1) * T);
  const tg2 = new Float64Array((T + 1) * T);
  const model = new LinearChainModel(opts.bucketBits, w, tr);
  const mask = model.mask;
  const rate = opts.rate ?? 0.1;
  const l2 = opts.l2 ?? 0;
  const prepared = data.filter((s) => s.words.length > 0).map((s) => {
    const { hashes, offsets } = sentenceFeatures(s.words, s.extra);
    const rows = new Uint32Array(hashes.length);
    for (let i = 0; i < hashes.length; i++) rows[i] = (hashes[i] & mask) * T;
    return { rows, offsets, gold: Uint8Array.from(fixIob2(s.tags).map(tagIndex)) };
  });
  const rand = prng(opts.seed);
  const order = prepared.map((_, i) => i);
  let cap = 0;
  let emit = new Float64Array(0), alpha = new Float64Array(0), beta = new Float64Array(0);
  const tmp = new Float64Array(T);
  const trGrad = new Float64Array((T + 1) * T);
  const step = (arr: Float64Array, acc: Float64Array, i: number, g: number) => {
    if (l2) g -= l2 * arr[i];
    if (g === 0) return;
    acc[i] += g * g;
    arr[i] += (rate * g) / Math.sqrt(acc[i]);
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const { rows, offsets, gold } = prepared[idx];
      const n = gold.length;
      if (n * T > cap) {
        cap = n * T * 2;
        emit = new Float64Array(cap); alpha = new Float64Array(cap); beta = new Float64Array(cap);
      }
      for (let i = 0; i < n; i++) {
        for (let t = 0; t < T; t++) {
          let s = 0;
          for (let k = offsets[i], e = offsets[i + 1]; k < e; k++) s += w[rows[k] + t];
          emit[i * T + t] = s;
        }
      }
      // Forward.
      for (let t = 0; t < T; t++) alpha[t] = ALLOWED[T * T + t] ? tr[T * T + t] + emit[t] : -Infinity;
      for (let i = 1; i < n; i++) {
        for (let t = 0; t < T; t++) {
          for (let p = 0; p < T; p++) tmp[p] = ALLOWED[p * T + t] ? alpha[(i - 1) * T + p] + tr[p * T + t] : -Infinity;
          alpha[i * T + t] = logSumExp(tmp, 0, T) + emit[i * T + t];
        }
      }
      const logZ = logSumExp(alpha, (n - 1) * T, T);
      // Backward.
      for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 0;
      for (let i = n - 2; i >= 0; i--) {
        for (let p = 0; p < T; p++) {
          for (let t = 0; t < T; t++) tmp[t] = ALLOWED[p * T + t] ? tr[p * T + t] + emit[(i + 1) * T + t] + beta[(i + 1) * T + t] : -Infinity;
          beta[i * T + p] = logSumExp(tmp, 0, T);
        }
      }
      // Transition gradient (observed − expected), then the emission updates token by token.
      trGrad.fill(0);
      for (let t = 0; t < T; t++) {
        if (ALLOWED[T * T + t]) trGrad[T * T + t] -= Math.exp(alpha[t] + beta[t] - logZ);
      }
      trGrad[T * T + gold[0]] += 1;
      for (let i = 1; i < n; i++) {
        for (let p = 0; p < T; p++) {
          const a = alpha[(i - 1) * T + p];
          if (a === -Infinity) continue;
          for (let t = 0; t < T; t++) {
            if (!ALLOWED[p * T + t]) continue;
            trGrad[p * T + t] -= Math.exp(a + tr[p * T + t] + emit[i * T + t] + beta[i * T + t] - logZ);
          }
        }
        trGrad[gold[i - 1] * T + gold[i]] += 1;
      }
      for (let i = 0; i < n; i++) {
        for (let t = 0; t < T; t++) tmp[t] = (gold[i] === t ? 1 : 0) - Math.exp(alpha[i * T + t] + beta[i * T + t] - logZ);
        for (let k = offsets[i], e = offsets[i + 1]; k < e; k++) {
          const r = rows[k];
          for (let t = 0; t < T; t++) step(w, g2, r + t, tmp[t]);
        }
      }
      for (let k = 0; k < trGrad.length; k++) step(tr, tg2, k, trGrad[k]);
    }
    if (opts.onEpoch) opts.onEpoch(epoch, snapshot(model));
  }
  return snapshot(model);
}

/** A copy of the weights as they are now (training goes on with the originals). */
function snapshot(m: LinearChainModel): LinearChainModel {
  return new LinearChainModel(m.bucketBits, Float32Array.from(m.weights), Float32Array.from(m.trans));
}
