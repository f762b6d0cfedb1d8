// CoNLL input and output: one token per line (`token [other columns…]`), a blank line between
// sentences. `tagConll` appends the predicted IOB2 tag as one more column, keeping every line.
import { defaultTagger, Tagger } from './index';
import { fixIob2 } from './tags';

export interface ConllSentence {
  /** First column of each line. */
  tokens: string[];
  /** All whitespace-separated columns of each line. */
  columns: string[][];
}

function fields(line: string): string[] {
  return line.split(/[ \t]+/).filter((f) => f.length > 0);
}

/** Sentences of a CoNLL text; `-DOCSTART-` lines are skipped. */
export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], columns: [] };
  const flush = () => {
    if (cur.tokens.length) out.push(cur);
    cur = { tokens: [], columns: [] };
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const f = fields(line);
    if (f.length === 0) {
      flush();
      continue;
    }
    if (f[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    cur.tokens.push(f[0]);
    cur.columns.push(f);
  }
  flush();
  return out;
}

/** A span found by another source (the knowledge base): words [start, end) have this type. */
export interface ExtraSpan {
  start: number;
  end: number;
  type: 'PERS' | 'LOC' | 'ORG' | 'MISC';
}

export interface TagConllOptions {
  /** The tagger to use; defaultTagger() when omitted. With no model at all every tag is O. */
  tagger?: Tagger | null;
  /**
   * Spans from another source for one sentence's tokens (e.g. knowledge-base matches). They win
   * over the tagger: tagger chunks that overlap one are dropped and the span is written instead.
   */
  extraSpans?: (tokens: readonly string[]) => readonly ExtraSpan[];
}

/**
 * Merges spans from a trusted source into IOB2 tags: any tagged chunk overlapping a span is
 * removed, then the spans are written (earlier, longer spans first when they overlap each other).
 */
export function mergeSpans(tags: readonly string[], spans: readonly ExtraSpan[]): string[] {
  const out = fixIob2(tags);
  const n = out.length;
  const sorted = spans
    .filter((s) => s.start >= 0 && s.end <= n && s.start < s.end)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const taken = new Uint8Array(n);
  for (const s of sorted) {
    let free = true;
    for (let i = s.start; i < s.end; i++) if (taken[i]) free = false;
    if (!free) continue;
    // Clear tagger chunks overlapping [start, end): walk out to their boundaries.
    let a = s.start;
    while (a > 0 && out[a].startsWith('I-')) a--;
    let b = s.end;
    while (b < n && out[b].startsWith('I-')) b++;
    for (let i = a; i < b; i++) if (!taken[i]) out[i] = 'O';
    for (let i = s.start; i < s.end; i++) {
      out[i] = (i === s.start ? 'B-' : 'I-') + s.type;
      taken[i] = 1;
    }
  }
  return fixIob2(out);
}

/**
 * Tags CoNLL text: every non-blank line gets ` TAG` (or `\tTAG` when the line uses tabs) appended;
 * blank lines and the line count are kept (a `-DOCSTART-` line gets O and separates documents).
 * The sentences of a document are tagged together when the tagger can (Tagger.tagDocument).
 */
export function tagConll(text: string, options: TagConllOptions = {}): string {
  const tagger = options.tagger === undefined ? defaultTagger() : options.tagger;
  const lines = text.split('\n');
  const out = lines.slice();
  // Sentences (as line indices) grouped into documents: a -DOCSTART- line starts a new one.
  const docs: number[][][] = [[]];
  let sentence: number[] = [];
  const flush = () => {
    if (sentence.length) docs[docs.length - 1].push(sentence);
    sentence = [];
  };
  // A final newline ends the last line; it is not one more (blank) line.
  const last = text.endsWith('\n') ? lines.length - 1 : lines.length;
  for (let li = 0; li < last; li++) {
    const f = fields(stripCr(lines[li]));
    if (f.length === 0) {
      flush();
      continue;
    }
    if (f[0] === '-DOCSTART-') {
      flush();
      docs.push([]);
      out[li] = appendColumn(lines[li], 'O');
      continue;
    }
    sentence.push(li);
  }
  flush();
  for (const doc of docs) {
    if (!doc.length) continue;
    const tokens = doc.map((s) => s.map((li) => fields(stripCr(lines[li]))[0]));
    let tagged: string[][];
    if (!tagger) tagged = tokens.map((t) => t.map(() => 'O'));
    else if (tagger.tagDocument) tagged = tagger.tagDocument(tokens);
    else tagged = tokens.map((t) => tagger.tag(t));
    doc.forEach((s, j) => {
      let tags = tagged[j] && tagged[j].length === s.length ? fixIob2(tagged[j]) : s.map(() => 'O');
      if (options.extraSpans) tags = mergeSpans(tags, options.extraSpans(tokens[j]));
      s.forEach((li, k) => (out[li] = appendColumn(lines[li], tags[k])));
    });
  }
  return out.join('\n');
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function appendColumn(line: string, tag: string): string {
  const cr = line.endsWith('\r');
  const body = (cr ? line.slice(0, -1) : line).replace(/[ \t]+$/, '');
  return body + (body.includes('\t') ? '\t' : ' ') + tag + (cr ? '\r' : '');
}
