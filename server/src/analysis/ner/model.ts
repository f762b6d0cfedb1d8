// The linear sequence model: a flat table of hashed feature weights (bucket × tag), first-order
// tag transitions, and constrained Viterbi decoding (only valid IOB2 sequences come out).
//
// File format (the whole file gzip-compressed):
//   "SNER" · uint32 LE header length · header JSON (UTF-8) · zero padding to an even offset ·
//   int16 LE weights [buckets × tags] · int16 LE transitions [(tags + 1) × tags]
// Row `tags` of the transitions is the start of a sentence. Scores are sums of integers; the
// quantization scale (header.scale) does not change the argmax, so the weights are used as stored.
import { gunzipSync, gzipSync } from 'node:zlib';
import { ALLOWED, isInside, NUM_TAGS, TAGS } from './tags';

if (NUM_TAGS !== 9) throw new Error('decode() is unrolled for 9 tags');
import {
  BIAS_HASH, CONTEXT_HASHES_MAX, contextHashes, docHints, DOC_WINDOW, FEATURES_VERSION, infoAt, NEIGHBOR_SLOTS, neighborHashes,
  NEUTRAL_FEATURES, neutralHashes, sentenceFeatures, sentenceInfos, WordInfo,
} from './features';

/** Scratch for one token's two-word hashes (contextHashes), and for a word's neutral ones. */
const CONTEXT_BUF = new Uint32Array(CONTEXT_HASHES_MAX);
const NEUTRAL_BUF = new Uint32Array(NEUTRAL_FEATURES);
/** Scratch for a sentence's context rows: the weight row and the score offset of its token (addContextRows). */
let ROW_BUF = new Int32Array(1024);
let TOKEN_BUF = new Int32Array(1024);
/** Where each neighbour slot is, relative to the token (see NEIGHBOR_SLOTS). */
const NEIGHBOR_OFFSETS = [-1, 1, -2, 2, -3, 3];
/**
 * Int32 per word in a model's word sums: by tag, its own features' weights, then those it gives
 * each neighbour slot. Int32: sums of int16 weights over a few dozen features are exact.
 */
const WORD_SUMS = NUM_TAGS * (1 + NEIGHBOR_SLOTS);
/**
 * A word's row in the memo table: its sums, then (last) the id + 1 of the word they belong to.
 * 64 int32 = 256 bytes: a row fills four whole cache lines, and the owner check reads one of them.
 */
const WORD_ROW = 64;
const OWNER = WORD_ROW - 1;
if (WORD_SUMS > OWNER) throw new Error('word sums do not fit their row');
/** Slots of the word sums table at most (a power of two, above the feature cache's size). */
const WORD_SUMS_SLOTS_MAX = 1 << 18;

export const MODEL_FORMAT = 'sanad-ner';
const MAGIC = 'SNER';

export interface ModelHeader {
  format: string;
  featuresVersion: number;
  tags: string[];
  bucketBits: number;
  /** Stored integer = round(weight × scale). */
  scale: number;
  /** 2 for a stacked model (first pass + document-aware second pass); 1 or absent otherwise. */
  stages?: number;
  /** Sentences on each side that the second pass's document hints look at. */
  docWindow?: number;
  /** Free-form training provenance: data sha1, seed, epochs, held-out scores … */
  provenance?: Record<string, unknown>;
}

type Weights = Float32Array | Float64Array | Int16Array;

export class LinearChainModel {
  readonly mask: number;
  /** Memoized word sums (wordSums): one WORD_ROW per slot. */
  private sums = new Int32Array(0);
  private sumsCapacity = 0;
  /** Buckets with a non-zero weight (usedBuckets), made on first use. */
  private used: Uint32Array | null = null;
  /** The word sums of the sentence being tagged, padding included (decodeWords). */
  private sentenceSums = new Int32Array(0);
  // Buffers reused across calls (the model is used from one thread).
  private scoreBuf = new Float64Array(0);
  private backBuf = new Uint8Array(0);

  constructor(
    readonly bucketBits: number,
    /** weights[bucket * NUM_TAGS + tag] */
    readonly weights: Weights,
    /** trans[prev * NUM_TAGS + tag], prev = NUM_TAGS for the sentence start. */
    readonly trans: Weights,
  ) {
    this.mask = (1 << bucketBits) - 1;
  }

  /** Feature bucket indices (already multiplied by NUM_TAGS) for each token of a sentence. */
  featureRows(words: readonly string[], extra?: readonly Uint32Array[] | null): { rows: Uint32Array; offsets: Int32Array } {
    const { hashes, offsets } = sentenceFeatures(words, extra);
    const rows = new Uint32Array(hashes.length);
    const mask = this.mask;
    for (let i = 0; i < hashes.length; i++) rows[i] = (hashes[i] & mask) * NUM_TAGS;
    return { rows, offsets };
  }

  /** Grows the Viterbi score and back-pointer buffers to hold `n` words. */
  private ensureBuffers(n: number): void {
    if (this.scoreBuf.length < n * NUM_TAGS) {
      this.scoreBuf = new Float64Array(Math.max(n * NUM_TAGS, this.scoreBuf.length * 2));
      this.backBuf = new Uint8Array(this.scoreBuf.length);
    }
  }

  /** Best tag indices for a sentence given its feature rows. */
  decode(rows: Uint32Array, offsets: Int32Array, n: number, out: Uint8Array = new Uint8Array(n)): Uint8Array {
    if (n === 0) return out;
    const T = NUM_TAGS;
    this.ensureBuffers(n);
    const delta = this.scoreBuf;
    const w = this.weights;
    // Emission scores first, unrolled over the 9 tags (the hot loop of tagging).
    for (let i = 0; i < n; i++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
      for (let k = offsets[i], e = offsets[i + 1]; k < e; k++) {
        const r = rows[k];
        s0 += w[r]; s1 += w[r + 1]; s2 += w[r + 2]; s3 += w[r + 3]; s4 += w[r + 4];
        s5 += w[r + 5]; s6 += w[r + 6]; s7 += w[r + 7]; s8 += w[r + 8];
      }
      const b = i * T;
      delta[b] = s0; delta[b + 1] = s1; delta[b + 2] = s2; delta[b + 3] = s3; delta[b + 4] = s4;
      delta[b + 5] = s5; delta[b + 6] = s6; delta[b + 7] = s7; delta[b + 8] = s8;
    }
    return this.viterbi(n, out);
  }

  /** Integer weights (a loaded model): every score is an exact integer sum, in any order. */
  get exactSums(): boolean {
    return this.weights instanceof Int16Array && this.trans instanceof Int16Array;
  }

  /**
   * Per word: its local sum (slot 0, with the bias and its neutral two-word features, see
   * neutralHashes) and its sums as each neighbour (slots 1–6), written to out[at .. at + WORD_SUMS).
   * Memoized in a table indexed by the word's id (direct-mapped: a word whose slot another word
   * took is summed again): one flat array, so a lookup is one read and no object per word.
   */
  private wordSums(info: WordInfo, out: Int32Array, at: number): void {
    const id = info.id;
    if (id >= this.sumsCapacity && this.sumsCapacity < WORD_SUMS_SLOTS_MAX) this.growSums(id);
    const slot = id & (this.sumsCapacity - 1);
    const table = this.sums;
    const base = slot * WORD_ROW;
    if (table[base + OWNER] !== id + 1) {
      this.computeWordSums(info, table, base);
      table[base + OWNER] = id + 1;
    }
    for (let k = 0; k < WORD_SUMS; k++) out[at + k] = table[base + k]; // no subarray view allocated per token
  }

  /** Makes room for word ids up to `id`, moving the sums already made to their new slots. */
  private growSums(id: number): void {
    let cap = Math.max(this.sumsCapacity, 1024);
    while (cap <= id && cap < WORD_SUMS_SLOTS_MAX) cap *= 2;
    const sums = new Int32Array(cap * WORD_ROW);
    for (let slot = 0; slot < this.sumsCapacity; slot++) {
      const o = this.sums[slot * WORD_ROW + OWNER];
      if (o === 0) continue;
      const to = (o - 1) & (cap - 1);
      sums.set(this.sums.subarray(slot * WORD_ROW, (slot + 1) * WORD_ROW), to * WORD_ROW);
    }
    this.sumsCapacity = cap;
    this.sums = sums;
  }

  private computeWordSums(info: WordInfo, s: Int32Array, base: number): void {
    const T = NUM_TAGS;
    const w = this.weights;
    const mask = this.mask;
    s.fill(0, base, base + WORD_SUMS);
    const add = (slot: number, h: number) => {
      const r = (h & mask) * T;
      const o = base + slot * T;
      for (let t = 0; t < T; t++) s[o + t] += w[r + t];
    };
    for (let k = 0; k < info.local.length; k++) add(0, info.local[k]);
    add(0, BIAS_HASH);
    neutralHashes(info, NEUTRAL_BUF);
    for (let k = 0; k < NEUTRAL_FEATURES; k++) add(0, NEUTRAL_BUF[k]);
    for (let slot = 0; slot < NEIGHBOR_SLOTS; slot++) for (const h of neighborHashes(info, slot)) add(slot + 1, h);
  }

  /**
   * Tags a sentence from its word infos: per token, the memoized word sums (its own and its six
   * neighbours'), its word bigrams, the two-word features of non-neutral neighbours and `extra`.
   * The same scores as decode(featureRows(words, extra)) for integer weights (exactSums), whose
   * sums are exact in any order.
   */
  decodeWords(infos: readonly WordInfo[], extra?: readonly Uint32Array[] | null, out: Uint8Array = new Uint8Array(infos.length)): Uint8Array {
    const n = infos.length;
    if (n === 0) return out;
    const T = NUM_TAGS;
    this.ensureBuffers(n);
    const delta = this.scoreBuf;
    // The word sums of the sentence side by side, with three rows of padding on each side (the
    // farthest neighbour slot): a token's score reads its own row and six rows around it.
    const PAD = 3;
    const rows = n + 2 * PAD;
    if (this.sentenceSums.length < rows * WORD_SUMS) this.sentenceSums = new Int32Array(rows * WORD_SUMS * 2);
    const sums = this.sentenceSums;
    for (let j = 0; j < rows; j++) this.wordSums(infoAt(infos, j - PAD), sums, j * WORD_SUMS);
    for (let i = 0; i < n; i++) {
      const own = (i + PAD) * WORD_SUMS;
      let s0 = sums[own], s1 = sums[own + 1], s2 = sums[own + 2], s3 = sums[own + 3], s4 = sums[own + 4];
      let s5 = sums[own + 5], s6 = sums[own + 6], s7 = sums[own + 7], s8 = sums[own + 8];
      for (let slot = 0; slot < NEIGHBOR_SLOTS; slot++) {
        const o = own + NEIGHBOR_OFFSETS[slot] * WORD_SUMS + (slot + 1) * T;
        s0 += sums[o]; s1 += sums[o + 1]; s2 += sums[o + 2]; s3 += sums[o + 3]; s4 += sums[o + 4];
        s5 += sums[o + 5]; s6 += sums[o + 6]; s7 += sums[o + 7]; s8 += sums[o + 8];
      }
      const b = i * T;
      delta[b] = s0; delta[b + 1] = s1; delta[b + 2] = s2; delta[b + 3] = s3; delta[b + 4] = s4;
      delta[b + 5] = s5; delta[b + 6] = s6; delta[b + 7] = s7; delta[b + 8] = s8;
    }
    this.addContextRows(infos, extra);
    return this.viterbi(n, out);
  }

  /**
   * Adds each token's two-word rows (bigrams; actual context features, minus the neutral ones they
   * replace) and its `extra` rows to the emission scores. The row indices of the whole sentence are
   * listed first and read in a second, tight loop: the reads are cache misses (the table is
   * megabytes), and independent loads close together overlap, where interleaved with the hashing
   * they would wait one after the other.
   */
  private addContextRows(infos: readonly WordInfo[], extra: readonly Uint32Array[] | null | undefined): void {
    const n = infos.length;
    const T = NUM_TAGS;
    const mask = this.mask;
    let maxRows = n * CONTEXT_HASHES_MAX;
    if (extra) for (let i = 0; i < n; i++) maxRows += extra[i].length;
    if (ROW_BUF.length < maxRows) {
      ROW_BUF = new Int32Array(maxRows * 2);
      TOKEN_BUF = new Int32Array(maxRows * 2);
    }
    const rows = ROW_BUF, tokens = TOKEN_BUF, ctx = CONTEXT_BUF;
    const used = this.usedBuckets();
    // Rows to add get their token's score offset b, rows to subtract ~b (negative). All-zero rows
    // (most unseen bigrams land in one) are left out: a bit in a small table says so without the read.
    let m = 0;
    for (let i = 0; i < n; i++) {
      const b = i * T;
      const end = 3 + 2 * contextHashes(infos, i, ctx);
      for (let k = 0; k < end; k++) {
        const bucket = ctx[k] & mask;
        if ((used[bucket >>> 5] & (1 << (bucket & 31))) === 0) continue;
        rows[m] = bucket * T;
        tokens[m++] = k < 3 || (k & 1) === 1 ? b : ~b;
      }
      const x = extra ? extra[i] : undefined;
      if (x) {
        for (let k = 0; k < x.length; k++) {
          const bucket = x[k] & mask;
          if ((used[bucket >>> 5] & (1 << (bucket & 31))) === 0) continue;
          rows[m] = bucket * T;
          tokens[m++] = b;
        }
      }
    }
    const delta = this.scoreBuf;
    const w = this.weights;
    for (let k = 0; k < m; k++) {
      const r = rows[k];
      const b = tokens[k];
      if (b >= 0) {
        delta[b] += w[r]; delta[b + 1] += w[r + 1]; delta[b + 2] += w[r + 2]; delta[b + 3] += w[r + 3]; delta[b + 4] += w[r + 4];
        delta[b + 5] += w[r + 5]; delta[b + 6] += w[r + 6]; delta[b + 7] += w[r + 7]; delta[b + 8] += w[r + 8];
      } else {
        const c = ~b;
        delta[c] -= w[r]; delta[c + 1] -= w[r + 1]; delta[c + 2] -= w[r + 2]; delta[c + 3] -= w[r + 3]; delta[c + 4] -= w[r + 4];
        delta[c + 5] -= w[r + 5]; delta[c + 6] -= w[r + 6]; delta[c + 7] -= w[r + 7]; delta[c + 8] -= w[r + 8];
      }
    }
  }

  /**
   * One bit per bucket, set when its row has a non-zero weight: 32 KB for 2^18 buckets, small
   * enough to stay in the CPU caches where the rows (megabytes) do not; over half the rows are
   * zero. Made once: like the word sums, it assumes a loaded model's weights never change.
   */
  private usedBuckets(): Uint32Array {
    if (this.used) return this.used;
    const T = NUM_TAGS;
    const w = this.weights;
    const used = new Uint32Array(((this.mask + 1) >>> 5) + 1);
    for (let bucket = 0; bucket <= this.mask; bucket++) {
      for (let t = 0; t < T; t++) {
        if (w[bucket * T + t] !== 0) {
          used[bucket >>> 5] |= 1 << (bucket & 31);
          break;
        }
      }
    }
    return (this.used = used);
  }

  /** Viterbi over the emission scores in scoreBuf[0 .. n × T). */
  private viterbi(n: number, out: Uint8Array): Uint8Array {
    const T = NUM_TAGS;
    const delta = this.scoreBuf;
    const back = this.backBuf;
    const tr = this.trans;
    // Viterbi in place: delta[i] becomes the best path score ending in each tag.
    for (let t = 0; t < T; t++) {
      delta[t] = ALLOWED[T * T + t] ? delta[t] + tr[T * T + t] : -Infinity;
      back[t] = 0;
    }
    for (let i = 1; i < n; i++) {
      const base = i * T;
      const prevBase = base - T;
      for (let t = 0; t < T; t++) {
        let best = -Infinity;
        let arg = 0;
        if (isInside(t)) {
          // I-X continues B-X (t - 1) or I-X (t) only.
          const a = delta[prevBase + t - 1] + tr[(t - 1) * T + t];
          const c = delta[prevBase + t] + tr[t * T + t];
          if (a >= c) { best = a; arg = t - 1; } else { best = c; arg = t; }
        } else {
          for (let p = 0; p < T; p++) {
            const sc = delta[prevBase + p] + tr[p * T + t];
            if (sc > best) { best = sc; arg = p; }
          }
        }
        delta[base + t] += best;
        back[base + t] = arg;
      }
    }
    let best = -Infinity;
    let arg = 0;
    const lastBase = (n - 1) * T;
    for (let t = 0; t < T; t++) {
      if (delta[lastBase + t] > best) {
        best = delta[lastBase + t];
        arg = t;
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      out[i] = arg;
      arg = back[i * T + arg];
    }
    return out;
  }

  /** Tag indices for raw whitespace tokens (with optional extra feature hashes per token). */
  tagIndices(words: readonly string[], extra?: readonly Uint32Array[] | null): Uint8Array {
    const n = words.length;
    if (n === 0) return new Uint8Array(0);
    if (this.exactSums) return this.decodeWords(sentenceInfos(words), extra);
    const { rows, offsets } = this.featureRows(words, extra);
    return this.decode(rows, offsets, n);
  }

  /** IOB2 tags for raw whitespace tokens. */
  tag(words: readonly string[]): string[] {
    return tagNames(this.tagIndices(words));
  }

  /** IOB2 tags for the sentences of a document (one model: sentence by sentence). */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    return sentences.map((s) => this.tag(s));
  }
}

/**
 * Two passes (stacking): the first model tags every sentence of the document; the second sees the
 * same features plus document hints from the first pass's tags in the surrounding sentences
 * (docHints), e.g. that a word it has never seen was tagged B-ORG twice in the article.
 */
export class StackedModel {
  constructor(readonly pass1: LinearChainModel, readonly pass2: LinearChainModel, readonly window = DOC_WINDOW) {}

  get bucketBits(): number {
    return this.pass1.bucketBits;
  }

  tagDocumentIndices(sentences: readonly (readonly string[])[]): Uint8Array[] {
    if (this.pass1.exactSums && this.pass2.exactSums) {
      // Both passes read the same sentence features (the second adds its hints): computed once.
      const infos = sentences.map((s) => sentenceInfos(s));
      const first0 = infos.map((x) => this.pass1.decodeWords(x));
      const hints0 = docHints(sentences, first0, this.window);
      return infos.map((x, j) => this.pass2.decodeWords(x, hints0[j]));
    }
    const first = sentences.map((s) => this.pass1.tagIndices(s));
    const hints = docHints(sentences, first, this.window);
    return sentences.map((s, j) => this.pass2.tagIndices(s, hints[j]));
  }

  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    return this.tagDocumentIndices(sentences).map(tagNames);
  }

  /** One sentence on its own: the document is that sentence. */
  tag(words: readonly string[]): string[] {
    return this.tagDocument([words])[0];
  }
}

export type SequenceModel = LinearChainModel | StackedModel;

/** The tags of tag indices (a plain loop: Array.from with a mapping function is several times slower). */
function tagNames(indices: Uint8Array): string[] {
  const out: string[] = new Array(indices.length);
  for (let i = 0; i < indices.length; i++) out[i] = TAGS[indices[i]];
  return out;
}

/** Serializes a model with int16 weights (quantizing float weights first). */
export function serializeModel(
  model: SequenceModel,
  provenance: Record<string, unknown>,
): { bytes: Buffer; header: ModelHeader } {
  const parts = model instanceof StackedModel ? [model.pass1, model.pass2] : [model];
  if (parts.some((p) => p.bucketBits !== parts[0].bucketBits)) throw new Error('stages differ in bucketBits');
  const q = parts.map((p) => quantize(p.weights, p.trans));
  const header: ModelHeader = {
    format: MODEL_FORMAT,
    featuresVersion: FEATURES_VERSION,
    tags: [...TAGS],
    bucketBits: model.bucketBits,
    scale: q[0].weights.scale,
    ...(model instanceof StackedModel ? { stages: 2, docWindow: model.window } : {}),
    provenance,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  let headLen = 8 + json.length;
  if (headLen % 2) headLen++;
  const body = q.reduce((a, x) => a + x.weights.data.byteLength + x.trans.byteLength, 0);
  const raw = Buffer.alloc(headLen + body);
  raw.write(MAGIC, 0, 'latin1');
  raw.writeUInt32LE(json.length, 4);
  json.copy(raw, 8);
  let o = headLen;
  for (const { weights, trans } of q) {
    for (let i = 0; i < weights.data.length; i++, o += 2) raw.writeInt16LE(weights.data[i], o);
    for (let i = 0; i < trans.length; i++, o += 2) raw.writeInt16LE(trans[i], o);
  }
  return { bytes: gzipSync(raw, { level: 9 }), header };
}

function quantize(w: Weights, tr: Weights): { weights: { data: Int16Array; scale: number }; trans: Int16Array } {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]));
  for (let i = 0; i < tr.length; i++) max = Math.max(max, Math.abs(tr[i]));
  const scale = max > 0 ? 32767 / max : 1;
  const q = (a: Weights): Int16Array => {
    const out = new Int16Array(a.length);
    for (let i = 0; i < a.length; i++) out[i] = Math.round(a[i] * scale);
    return out;
  };
  return { weights: { data: q(w), scale }, trans: q(tr) };
}

/** Reads a model file's bytes; throws on anything malformed or of another features version. */
export function deserializeModel(bytes: Uint8Array): { model: SequenceModel; header: ModelHeader } {
  const raw = gunzipSync(bytes);
  if (raw.length < 8 || raw.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a Sanad NER model');
  const jsonLen = raw.readUInt32LE(4);
  if (8 + jsonLen > raw.length) throw new Error('truncated model header');
  const header = JSON.parse(raw.toString('utf8', 8, 8 + jsonLen)) as ModelHeader;
  if (header.format !== MODEL_FORMAT) throw new Error(`unknown model format ${header.format}`);
  if (header.featuresVersion !== FEATURES_VERSION) {
    throw new Error(`model features version ${header.featuresVersion}, code has ${FEATURES_VERSION}`);
  }
  if (header.tags.join(' ') !== TAGS.join(' ')) throw new Error('model tag set differs');
  const bits = header.bucketBits;
  if (!Number.isInteger(bits) || bits < 4 || bits > 26) throw new Error('bad bucketBits');
  let headLen = 8 + jsonLen;
  if (headLen % 2) headLen++;
  const stages = header.stages ?? 1;
  if (stages !== 1 && stages !== 2) throw new Error('bad stages');
  const nw = (1 << bits) * NUM_TAGS;
  const nt = (NUM_TAGS + 1) * NUM_TAGS;
  if (raw.length !== headLen + 2 * stages * (nw + nt)) throw new Error('model size does not match its header');
  // Copy into an aligned buffer (little-endian hosts: every platform Node supports in practice).
  const all = new Int16Array(stages * (nw + nt));
  new Uint8Array(all.buffer).set(raw.subarray(headLen));
  const part = (k: number) => {
    const b = k * (nw + nt);
    return new LinearChainModel(bits, all.subarray(b, b + nw), all.subarray(b + nw, b + nw + nt));
  };
  const model = stages === 2 ? new StackedModel(part(0), part(1), header.docWindow ?? DOC_WINDOW) : part(0);
  return { model, header };
}
