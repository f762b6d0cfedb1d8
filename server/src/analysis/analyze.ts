// analyze(text) → Analysis. Two passes:
//  1. paragraph-local: tokens, mentions, figures, time expressions, attribution cues — a pure
//     function of the paragraph's text, so its result is cached by that text and an edit only
//     re-reads the paragraphs it touched;
//  2. document-level, cheap: grouping mentions into entities, resolving dates in order against the
//     DCT, sources that point back, events.
// Because pass 1 depends on nothing but the paragraph text, incremental == full analysis.
import { Analysis, AnalyzeOptions, Attribution, Figure, Mention } from './types';
import { TextUnit, makeTextUnit, splitParagraphs } from './textUnit';
import { stripBom } from './normalize';
import { detached } from './tokenize';
import { SurnameWords, findMentions, linkEntities, newLinkMemo, surnameWords } from './entities';
import type { LinkParagraph } from './entities/relink';
import { figuresOutside, findFigures } from './figures';
import { TimeMention, TimesMemo, documentDate, resolveTimes } from './time';
import { scanTimes } from './time/find';
import { AttributionMemo, ParagraphAttributions, findAttributions, resolveAttributions, resolveAttributionsAgain } from './attribution';
import { buildEvents } from './events';
import { currenciesByCountry } from './figures/currencyCountry';
import { PlacementCache, placeAt } from './placement';

/** The spans one paragraph contributes, with offsets relative to the paragraph's start. */
interface ParagraphSpans {
  mentions: Mention[];
  figures: Figure[];
  times: TimeMention[];
  attributions: Attribution[];
}

/** What one paragraph contributes. */
interface ParagraphResult {
  /** The paragraph's text (a copy of its own, see analyzeParagraphs). */
  text: string;
  spans: ParagraphSpans;
  /** The time scan failed (times is then empty): the DCT inference scans this paragraph itself. */
  timesFailed?: true;
  /** Words that could be a surname alone (offsets relative to the paragraph; not shifted). */
  surnameWords: SurnameWords;
}

/** The arrays whose spans have no offsets but their own start and end (claims have cue, source …). */
const FLAT_SPANS: ReadonlySet<keyof ParagraphSpans> = new Set(['mentions', 'figures', 'times']);

/** The paragraph as linking reads it (made once per result: the document pass runs on every edit). */
const linkParagraphs = new WeakMap<ParagraphResult, LinkParagraph>();
function linkParagraph(r: ParagraphResult): LinkParagraph {
  let p = linkParagraphs.get(r);
  if (!p) linkParagraphs.set(r, (p = { text: r.text, mentions: r.spans.mentions, words: r.surnameWords }));
  return p;
}

/** Paragraph results of one document, kept between versions of it. */
export class AnalysisCache {
  /** Results by paragraph text, with the run that last used each: one map kept from run to run
   * (a map made anew per run was thousands of entries of garbage per edit on a long document). */
  private results = new Map<string, { r: ParagraphResult; run: number }>();
  private run = 1;
  /** The paragraphs' spans in document offsets, reused while a paragraph keeps its start. */
  readonly placement = new PlacementCache<ParagraphSpans>(new Set(['mentions', 'times']), FLAT_SPANS);
  /** The last linking of the document, reused when an edit changed nothing it reads. */
  readonly linking = newLinkMemo();
  /** What its time expressions resolved to, reused while the date before each is the same. */
  readonly times = new TimesMemo();
  /** The last resolution of its attributions, reused away from the edit. */
  readonly attributions = new AttributionMemo();
  hits = 0;
  misses = 0;

  get(text: string): ParagraphResult | undefined {
    const hit = this.results.get(text);
    if (!hit) return undefined;
    hit.run = this.run;
    return hit.r;
  }
  set(r: ParagraphResult): void {
    // Keyed by the result's own copy of its text: a paragraph's text is cut from one version of the
    // document, and as a key kept from run to run it would keep that whole version alive.
    this.results.set(r.text, { r, run: this.run });
  }
  /** Keeps only what the last analysis used, so memory follows the document. */
  endRun(): void {
    const run = this.run++;
    // forEach, not for…of: no [key, value] pair made per paragraph.
    this.results.forEach((hit, text) => {
      if (hit.run !== run) this.results.delete(text);
    });
  }
}

export const DEFAULT_MAX_LENGTH = 10 * 1024 * 1024;

/** At most this many paragraphs, or about this many characters, are analyzed together. */
const BATCH_PARAGRAPHS = 64;
const BATCH_CHARS = 16_000;

/**
 * The paragraph-local pass over a few paragraphs, one stage at a time. Each stage has its own
 * tables and memos (the tagger's weights alone are megabytes): run paragraph by paragraph, every
 * stage found its data evicted by the four others; batched, it stays in the CPU caches (about a
 * fifth less time). Each paragraph's result is still a function of its text alone.
 */
function analyzeParagraphs(paragraphs: readonly string[]): ParagraphResult[] {
  // The results outlive this version of the document (they are cached by text), and the strings
  // they hold are cut from the paragraphs: from copies, so that they do not keep the whole version alive.
  const texts = paragraphs.map(detached);
  const units = texts.map(makeTextUnit);
  const mentions = units.map(findMentions);
  const figures = units.map(findFigures);
  const times = units.map(timesOf);
  return units.map((unit, k) => {
    const r: ParagraphResult = {
      text: texts[k],
      spans: {
        mentions: mentions[k], figures: figuresOutside(figures[k], times[k] ?? []), times: times[k] ?? [],
        attributions: findAttributions(unit, mentions[k]),
      },
      surnameWords: surnameWords(texts[k], unit.tokens),
    };
    if (!times[k]) r.timesFailed = true;
    return r;
  });
}

/** The paragraph's time expressions, null when the scan failed. */
function timesOf(unit: TextUnit): TimeMention[] | null {
  try {
    return scanTimes(unit); // findTimes, remembering a failure
  } catch {
    return null;
  }
}

/** The text to analyze and the paragraphs it is made of (a document over the limit is cut). */
function prepare(input: string, options: AnalyzeOptions) {
  const full = stripBom(input);
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const text = full.length > maxLength ? full.slice(0, cutPoint(full, maxLength)) : full;
  return { full, text, maxLength, paragraphs: splitParagraphs(text) };
}

/**
 * Fills results[from ..] from the cache, analyzing the paragraphs it lacks in one batch; returns
 * the index after the last paragraph filled (the batch is full there, or the document ends).
 */
function nextResults(paragraphs: ReadonlyArray<{ text: string }>, cache: AnalysisCache | undefined, results: ParagraphResult[], from: number): number {
  const missing: number[] = [];
  // With a cache, a text that occurs twice in the batch is analyzed once (as it would be found cached).
  const repeats: Array<[number, number]> = [];
  const firstIndex = cache ? new Map<string, number>() : undefined;
  let chars = 0;
  let k = from;
  for (; k < paragraphs.length && missing.length < BATCH_PARAGRAPHS && chars < BATCH_CHARS; k++) {
    const text = paragraphs[k].text;
    const r = cache?.get(text);
    if (r) {
      cache!.hits++;
      results[k] = r;
      continue;
    }
    const first = firstIndex?.get(text);
    if (first !== undefined) {
      cache!.hits++;
      repeats.push([k, first]);
      continue;
    }
    firstIndex?.set(text, k);
    missing.push(k);
    chars += text.length;
  }
  const analyzed = analyzeParagraphs(missing.map((i) => paragraphs[i].text));
  missing.forEach((i, j) => {
    results[i] = analyzed[j];
    if (cache) {
      cache.set(analyzed[j]);
      cache.misses++;
    }
  });
  for (const [i, first] of repeats) results[i] = results[first];
  return k;
}

/** Pass 2: shift the paragraph results into place and link them across the document. */
function documentPass(prep: ReturnType<typeof prepare>, results: ParagraphResult[], options: AnalyzeOptions, cache?: AnalysisCache): Analysis {
  const { full, text, maxLength, paragraphs } = prep;
  // The DCT inference reads the paragraphs' time expressions, already found (and cached).
  const dct = documentDate(text, options.documentDate, { paragraphs, times: results.map((r) => (r.timesFailed ? null : r.spans.times)) });
  let mentions: Mention[] = [];
  const figures: Figure[] = [];
  const found: TimeMention[] = [];
  let attributions: Attribution[] = [];
  const byParagraph: ParagraphAttributions[] = [];
  paragraphs.forEach((p, k) => {
    const r = cache ? cache.placement.place(results[k].spans, p.start) : placeAt(results[k].spans, p.start, FLAT_SPANS);
    for (const m of r.mentions) mentions.push(m);
    for (const f of r.figures) figures.push(f);
    for (const t of r.times) found.push(t);
    if (cache) byParagraph.push({ start: p.start, end: p.start + p.text.length, key: results[k], attributions: r.attributions });
    else for (const a of r.attributions) attributions.push(a);
  });
  cache?.placement.endRun();
  const relinked = cache?.linking.relinked;
  const linked = linkEntities(mentions, text, {
    starts: paragraphs.map((p) => p.start),
    words: results.map((r) => r.surnameWords),
    paragraphs: cache && results.map(linkParagraph),
  }, cache?.linking);
  mentions = linked.mentions;
  const times = resolveTimes(found, dct, cache?.times);
  attributions = cache
    ? resolveAttributionsAgain(cache.attributions, byParagraph, mentions, text, cache.linking.relinked !== relinked)
    : resolveAttributions(attributions, mentions, text);
  const analysis = {
    length: full.length, dct, mentions, entities: linked.entities, figures: currenciesByCountry(figures, mentions), times, attributions,
  } as Analysis;
  // Events are built when first read (timeline, export, JSON): most edits are followed only by
  // requests that never read them (outline, hover, colours).
  lazyProperty(analysis, 'events', () => buildEvents(text, times, mentions, attributions));
  if (text.length < full.length) {
    analysis.partial = {
      analyzedLength: text.length,
      reason: `The document is longer than ${maxLength} characters; only the first ${text.length} were analyzed.`,
    };
  }
  return analysis;
}

export function analyze(input: string, options: AnalyzeOptions = {}, cache?: AnalysisCache): Analysis {
  const prep = prepare(input, options);
  const results: ParagraphResult[] = new Array(prep.paragraphs.length);
  for (let k = 0; k < prep.paragraphs.length;) k = nextResults(prep.paragraphs, cache, results, k);
  cache?.endRun();
  return documentPass(prep, results, options, cache);
}

/**
 * The same analysis in slices of about `sliceMs`, giving the event loop back between them so a
 * server stays responsive on a 10 MB document. Returns null when `isCancelled()` turns true (a newer
 * version arrived); the paragraphs read so far stay in the cache, so the next run starts ahead.
 */
export async function analyzeInSlices(
  input: string, options: AnalyzeOptions, cache: AnalysisCache, isCancelled: () => boolean, sliceMs = 15,
): Promise<Analysis | null> {
  const prep = prepare(input, options);
  const results: ParagraphResult[] = new Array(prep.paragraphs.length);
  let sliceStart = Date.now();
  for (let k = 0; k < prep.paragraphs.length;) {
    k = nextResults(prep.paragraphs, cache, results, k);
    if (Date.now() - sliceStart > sliceMs) {
      await new Promise((r) => setImmediate(r));
      if (isCancelled()) return null;
      sliceStart = Date.now();
    }
  }
  if (isCancelled()) return null;
  cache.endRun();
  return documentPass(prep, results, options, cache);
}

/**
 * Defines `key` as an enumerable property computed by `compute` on first read, then kept as a plain
 * value (JSON.stringify and spreads see it like any other property, in the same key order).
 */
function lazyProperty<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
    set(value: T[K]) {
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    },
  });
}

/** Cuts at a line break near the limit, never inside a surrogate pair. */
function cutPoint(text: string, limit: number): number {
  const nl = text.lastIndexOf('\n', limit);
  if (nl > limit * 0.9) return nl;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}
