// analyze(text) → Analysis. Two passes:
//  1. paragraph-local: tokens, mentions, figures, time expressions, attribution cues — a pure
//     function of the paragraph's text, so its result is cached by that text and an edit only
//     re-reads the paragraphs it touched;
//  2. document-level, cheap: grouping mentions into entities, resolving dates in order against the
//     DCT, sources that point back, events.
// Because pass 1 depends on nothing but the paragraph text, incremental == full analysis.
import { Analysis, AnalyzeOptions, Attribution, Figure, Mention } from './types';
import { makeTextUnit, splitParagraphs } from './textUnit';
import { stripBom } from './normalize';
import { SurnameWords, findMentions, linkEntities, surnameWords } from './entities';
import { findFigures } from './figures';
import { TimeMention, documentDate, resolveTimes } from './time';
import { scanTimes } from './time/find';
import { findAttributions, resolveAttributions } from './attribution';
import { buildEvents } from './events';
import { shiftSpans } from './spans';

/** What one paragraph contributes, with offsets relative to the paragraph's start. */
interface ParagraphResult {
  mentions: Mention[];
  figures: Figure[];
  times: TimeMention[];
  /** The time scan failed (times is then empty): the DCT inference scans this paragraph itself. */
  timesFailed?: true;
  attributions: Attribution[];
  /** Words that could be a surname alone (offsets relative to the paragraph; not shifted). */
  surnameWords: SurnameWords;
}

/** Paragraph results of one document, kept between versions of it. */
export class AnalysisCache {
  private current = new Map<string, ParagraphResult>();
  private next = new Map<string, ParagraphResult>();
  hits = 0;
  misses = 0;

  get(text: string): ParagraphResult | undefined {
    const r = this.current.get(text) ?? this.next.get(text);
    if (r) this.next.set(text, r);
    return r;
  }
  set(text: string, r: ParagraphResult): void {
    this.next.set(text, r);
  }
  /** Keeps only what the last analysis used, so memory follows the document. */
  endRun(): void {
    this.current = this.next;
    this.next = new Map();
  }
}

export const DEFAULT_MAX_LENGTH = 10 * 1024 * 1024;

function analyzeParagraph(text: string): ParagraphResult {
  const unit = makeTextUnit(text);
  const mentions = findMentions(unit);
  const figures = findFigures(unit);
  let times: TimeMention[];
  let timesFailed = false;
  try {
    times = scanTimes(unit); // findTimes, remembering a failure
  } catch {
    times = [];
    timesFailed = true;
  }
  const r: ParagraphResult = {
    mentions, figures, times, attributions: findAttributions(unit, mentions), surnameWords: surnameWords(text, unit.tokens),
  };
  if (timesFailed) r.timesFailed = true;
  return r;
}

/** The text to analyze and the paragraphs it is made of (a document over the limit is cut). */
function prepare(input: string, options: AnalyzeOptions) {
  const full = stripBom(input);
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const text = full.length > maxLength ? full.slice(0, cutPoint(full, maxLength)) : full;
  return { full, text, maxLength, paragraphs: splitParagraphs(text) };
}

function paragraphResult(text: string, cache: AnalysisCache | undefined): ParagraphResult {
  let r = cache?.get(text);
  if (r) {
    cache!.hits++;
    return r;
  }
  r = analyzeParagraph(text);
  if (cache) {
    cache.set(text, r);
    cache.misses++;
  }
  return r;
}

/** Pass 2: shift the paragraph results into place and link them across the document. */
function documentPass(prep: ReturnType<typeof prepare>, results: ParagraphResult[], options: AnalyzeOptions): Analysis {
  const { full, text, maxLength, paragraphs } = prep;
  // The DCT inference reads the paragraphs' time expressions, already found (and cached).
  const dct = documentDate(text, options.documentDate, { paragraphs, times: results.map((r) => (r.timesFailed ? null : r.times)) });
  let mentions: Mention[] = [];
  const figures: Figure[] = [];
  const found: TimeMention[] = [];
  let attributions: Attribution[] = [];
  paragraphs.forEach((p, k) => {
    const r = results[k];
    pushShifted(mentions, r.mentions, p.start);
    pushShifted(figures, r.figures, p.start);
    pushShifted(found, r.times, p.start);
    pushShifted(attributions, r.attributions, p.start);
  });
  const linked = linkEntities(mentions, text, { starts: paragraphs.map((p) => p.start), words: results.map((r) => r.surnameWords) });
  mentions = linked.mentions;
  const times = resolveTimes(found, dct);
  attributions = resolveAttributions(attributions, mentions, text);
  const events = buildEvents(text, times, mentions, attributions);
  const analysis: Analysis = {
    length: full.length, dct, mentions, entities: linked.entities, figures, times, attributions, events,
  };
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
  const results = prep.paragraphs.map((p) => paragraphResult(p.text, cache));
  cache?.endRun();
  return documentPass(prep, results, options);
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
  for (let k = 0; k < prep.paragraphs.length; k++) {
    results[k] = paragraphResult(prep.paragraphs[k].text, cache);
    if (Date.now() - sliceStart > sliceMs) {
      await new Promise((r) => setImmediate(r));
      if (isCancelled()) return null;
      sliceStart = Date.now();
    }
  }
  if (isCancelled()) return null;
  cache.endRun();
  return documentPass(prep, results, options);
}

function pushShifted<T extends object>(into: T[], items: T[], delta: number): void {
  for (const it of items) into.push(delta === 0 ? it : shiftSpans(it, delta));
}

/** Cuts at a line break near the limit, never inside a surrogate pair. */
function cutPoint(text: string, limit: number): number {
  const nl = text.lastIndexOf('\n', limit);
  if (nl > limit * 0.9) return nl;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}
