// Span-level scoring with the semantics of the CoNLL-2000 `conlleval` script: a chunk starts at B-X,
// or at I-X after O or after a chunk of another type; it ends where the next tag does not continue
// it. A predicted chunk is correct when its start, end and type all equal a gold chunk's.
// Sentence boundaries end chunks.

export interface Chunk {
  start: number;
  /** Exclusive. */
  end: number;
  type: string;
}

function split(tag: string): [string, string] {
  if (tag.length > 2 && tag[1] === '-') return [tag[0], tag.slice(2)];
  if (tag === 'O' || tag === '') return ['O', ''];
  return ['O', ''];
}

/** The chunks of one sentence's tags, as conlleval reads them (IOB1/IOB2 alike). */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  let prevType = '';
  for (let i = 0; i < tags.length; i++) {
    const [prefix, type] = split(tags[i]);
    const inChunk = prefix === 'B' || prefix === 'I';
    // Continue only an I-X after a chunk of type X; everything else closes the open chunk.
    const continues = cur !== null && prefix === 'I' && prevType === type;
    if (!continues && cur) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (inChunk && !continues) cur = { start: i, end: i + 1, type };
    prevType = inChunk ? type : '';
  }
  if (cur) {
    cur.end = tags.length;
    out.push(cur);
  }
  return out;
}

export interface TypeScore {
  type: string;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Score {
  byType: TypeScore[];
  micro: TypeScore;
  tokens: number;
  /** Token-level accuracy (tags equal). */
  accuracy: number;
}

function finish(type: string, gold: number, predicted: number, correct: number): TypeScore {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { type, gold, predicted, correct, precision, recall, f1 };
}

/** Accumulates span counts over sentences. */
export class ConllEval {
  private gold = new Map<string, number>();
  private pred = new Map<string, number>();
  private correct = new Map<string, number>();
  private tokens = 0;
  private tokensCorrect = 0;

  add(goldTags: readonly string[], predTags: readonly string[]): void {
    if (goldTags.length !== predTags.length) throw new Error('gold and predicted tag counts differ');
    this.tokens += goldTags.length;
    for (let i = 0; i < goldTags.length; i++) if (goldTags[i] === predTags[i]) this.tokensCorrect++;
    const g = chunksOf(goldTags);
    const p = chunksOf(predTags);
    const inc = (m: Map<string, number>, t: string) => m.set(t, (m.get(t) ?? 0) + 1);
    for (const c of g) inc(this.gold, c.type);
    for (const c of p) inc(this.pred, c.type);
    const goldKeys = new Set(g.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of p) if (goldKeys.has(`${c.start}:${c.end}:${c.type}`)) inc(this.correct, c.type);
  }

  score(): Score {
    const types = [...new Set([...this.gold.keys(), ...this.pred.keys()])].sort();
    const byType = types.map((t) => finish(t, this.gold.get(t) ?? 0, this.pred.get(t) ?? 0, this.correct.get(t) ?? 0));
    const sum = (k: 'gold' | 'predicted' | 'correct') => byType.reduce((a, s) => a + s[k], 0);
    return {
      byType,
      micro: finish('micro', sum('gold'), sum('predicted'), sum('correct')),
      tokens: this.tokens,
      accuracy: this.tokens ? this.tokensCorrect / this.tokens : 0,
    };
  }
}

/** Scores whole corpora given as sentences of gold and predicted tags. */
export function conlleval(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): Score {
  if (gold.length !== pred.length) throw new Error('gold and predicted sentence counts differ');
  const e = new ConllEval();
  for (let i = 0; i < gold.length; i++) e.add(gold[i], pred[i]);
  return e.score();
}

/** A table in the manner of conlleval's output. */
export function formatScore(s: Score): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const line = (t: TypeScore) =>
    `${t.type.padEnd(6)} precision: ${pct(t.precision)}%  recall: ${pct(t.recall)}%  F1: ${pct(t.f1)}  ` +
    `(gold ${t.gold}, predicted ${t.predicted}, correct ${t.correct})`;
  return [
    `processed ${s.tokens} tokens; token accuracy ${pct(s.accuracy)}%`,
    ...s.byType.map(line),
    line(s.micro),
  ].join('\n');
}
