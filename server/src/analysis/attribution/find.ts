// Paragraph pass: cues (بحسب، وفقاً لـ، نقلاً عن …), reporting verbs (قال، أكد، أوضح … with their
// subject), direct quotes and chains, each with the span of its claim. One left-to-right walk over
// the tokens; every rule looks a bounded number of tokens ahead or back.
import { Attribution, Mention, SourceKind, Span } from '../types';
import { TextUnit } from '../textUnit';
import { CueEntry, VerbEntry } from './lexicon';
import {
  Para, buildPara, charOf, isComma, isThatOpener, nounAfterLam, offsetAfterLetters, openerKind, stem, stemAt, stripConj,
  verbAt, verbWithObjectAt, withoutArticle, wordInfo,
} from './paragraph';
import { NounPhrase, isNameQuote, looksLikeMasdar, npBackward, npForward, ownerAfterAnonymous, sourceKind } from './nounPhrase';
import { pickEntity } from './entity';

type SourceRef = Attribution['source'];

/** An attribution while the paragraph is read: token positions kept for the clean-up passes. */
interface Raw {
  cue: Span & { text: string };
  cueTok: number;
  /** Where this attribution's clause begins (its cue, or a subject before its verb). */
  clauseTok: number;
  sentence: number;
  /** null: the verb has no subject of its own (وأضاف أن …): the previous source continues. */
  source: SourceRef | null;
  via?: SourceRef[];
  claimStart: number;
  claimEnd: number;
  /** First and last token of the claim. */
  claimFirstTok: number;
  claimEndTok: number;
  quote: boolean;
  /** A post-posed cue: its claim is the text before it. */
  post: boolean;
  /** The claim is a closed quotation and is not cut. */
  closed: boolean;
  /** Tokens before this one were read as part of this attribution (source, chain, opener); -1: none. */
  consumed: number;
}

interface Base { cue: Span & { text: string }; cueTok: number; sentence: number; source: SourceRef | null; via?: SourceRef[] }
type ClaimRange = { start: number; end: number; firstTok: number; endTok: number };

/** The pronoun after a verb that refers back to ما (ما أفاد به، ما صرح به، ما أعلنت عنه). */
const RESUMPTIVE = new Set(['به', 'بها', 'عنه', 'عنها', 'له', 'لها']);

/** Every Raw is built here, with one fixed shape (object spreads made V8 fall back to slow objects). */
function makeRaw(b: Base, clauseTok: number, c: ClaimRange,
  f: { quote?: boolean; post?: boolean; closed?: boolean; consumed?: number } = {}): Raw {
  return {
    cue: b.cue, cueTok: b.cueTok, clauseTok, sentence: b.sentence, source: b.source, via: b.via,
    claimStart: c.start, claimEnd: c.end, claimFirstTok: c.firstTok, claimEndTok: c.endTok,
    quote: f.quote ?? false, post: f.post ?? false, closed: f.closed ?? false, consumed: f.consumed ?? -1,
  };
}

/** A marker the document pass fills with the previous source: an empty source at the cue's end. */
export function isPendingSource(s: SourceRef): boolean {
  return s.start === s.end && s.text === '';
}

export function findAttributionsIn(unit: TextUnit, mentions: readonly Mention[]): Attribution[] {
  if (!unit.tokens.length) return [];
  const p = buildPara(unit, mentions);
  const raws: Raw[] = [];
  const toks = p.toks;
  let consumed = 0;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].kind !== 'word' || i < consumed) continue;
    let r: Raw | null = null;
    const cue = cueAt(p, i);
    if (cue) r = cueAttribution(p, i, cue.entry, cue.len, mentions, raws);
    if (!r) {
      const v = verbAt(p, i);
      if (v) r = verbAttribution(p, i, v.v, v.prefixed, mentions, raws);
    }
    if (!r && i === sentenceOf(p, i).first) r = colonAttribution(p, i);
    if (r && r.claimEnd > r.claimStart) {
      raws.push(r);
      consumed = Math.max(consumed, r.consumed >= 0 ? r.consumed : r.post ? i + 1 : r.claimFirstTok);
    }
  }
  cutClaims(p, raws);
  return raws.filter((r) => r.claimEnd > r.claimStart).map((r) => toAttribution(r, mentions));
}

function toAttribution(r: Raw, mentions: readonly Mention[]): Attribution {
  const source = r.source ?? { start: r.cue.end, end: r.cue.end, text: '', entityId: null, kind: 'named' as SourceKind };
  if (r.source && !isPendingSource(source)) source.entityId = pickEntity(source, mentions, source.text);
  const a: Attribution = { cue: r.cue, source, claim: { start: r.claimStart, end: r.claimEnd } };
  if (r.quote) a.quote = true;
  if (r.via?.length) {
    for (const v of r.via) v.entityId = pickEntity(v, mentions, v.text);
    a.via = r.via;
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// Sentences and claims

function sentenceOf(p: Para, i: number) {
  return p.sents[p.sentOf[i]];
}

/**
 * The last token of a sentence that belongs to a claim: end marks and closing quotes left out,
 * except a closing quote whose opening one is in the claim (الوضع "تحت السيطرة").
 */
function lastContentTok(p: Para, first: number, end: number): number {
  let k = end - 1;
  while (k > first && p.toks[k].kind === 'punct' && charOf(p, k) !== ')' && !(p.quoteOpen[k] > first)) k--;
  return k;
}

/** An opening quotation mark at i whose quotation the clause goes on after (أن "مسلحين" هاجموا …). */
function quotedTermAt(p: Para, i: number, end: number): boolean {
  const close = p.quoteClose[i];
  return close > i && close + 1 < end && p.toks[close + 1].kind === 'word';
}

/**
 * A claim runs at most this many tokens: a "sentence" with no end mark can be a whole document
 * (a 1 MB line), and each claim scanning to its end made the pass quadratic.
 */
const MAX_CLAIM_TOKENS = 400;

function claimFrom(p: Para, first: number, sentEnd: number): { start: number; end: number; firstTok: number; endTok: number } | null {
  let f = first;
  while (f < sentEnd && p.toks[f].kind === 'punct' && charOf(p, f) !== '(' && !quotedTermAt(p, f, sentEnd)) f++;
  if (f >= sentEnd) return null;
  sentEnd = Math.min(sentEnd, f + MAX_CLAIM_TOKENS);
  sentEnd = narratorBreak(p, f, sentEnd);
  const last = lastContentTok(p, f, sentEnd);
  if (last < f) return null;
  return { start: p.toks[f].start, end: p.toks[last].end, firstTok: f, endTok: last + 1 };
}

/** "، فيما / بينما / في حين …": after such a comma the outlet speaks again, so the claim ends there. */
function narratorBreak(p: Para, first: number, end: number): number {
  for (let k = first + 1; k + 1 < end; k++) {
    if (!isComma(p, k)) continue;
    const w = p.toks[k + 1].norm;
    if (w === 'فيما' || w === 'بينما' || (w === 'في' && p.toks[k + 2]?.norm === 'حين')) return k;
  }
  return end;
}

/** Skips a dateline at a sentence start: "الرباط (رويترز) -"، "عمّان -" (a place, maybe an agency, a dash). */
function skipDateline(p: Para, first: number, end: number): number {
  for (let k = first + 1; k < end && k <= first + 7; k++) {
    const c = charOf(p, k);
    if (c === '-' || c === '–' || c === '—') {
      // After an agency in parentheses, or after a place name of a word or three with no verb in it
      // (not "قرر المجلس - في خطوة مفاجئة - …").
      const dateline = charOf(p, k - 1) === ')' || (k - first <= 3 && !hasVerb(p, first, k));
      return dateline && k + 1 < end ? k + 1 : first;
    }
    if (p.toks[k].kind === 'punct' && c !== '(' && c !== ')') return first;
  }
  return first;
}

function hasVerb(p: Para, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (p.toks[k].kind === 'word' && (verbAt(p, k) || p.lex.mainVerbs.has(stripConj(p.toks[k].norm) ?? p.toks[k].norm))) return true;
  return false;
}

/**
 * "بحسب تقرير للمنظمة صدر الأربعاء، فإن …": a short phrase still describing the source, then a
 * comma and فإن/أن — the claim starts after them. The first claim token, or -1.
 */
function thatAfterComma(p: Para, k: number, end: number): number {
  for (let x = k; x < end - 2 && x < k + 8; x++) {
    if (p.toks[x].kind !== 'word' && !isComma(p, x)) return -1;
    if (!isComma(p, x)) continue;
    const o = openerKind(p, x + 1);
    return isThatOpener(o) ? (o === 'that' ? x + 2 : x + 1) : -1;
  }
  return -1;
}

/** Skips a short introductory phrase closed by a comma (وفي سياق متصل، …) at a clause start. */
function skipIntro(p: Para, first: number, end: number): number {
  const w = p.toks[first]?.norm ?? '';
  if (!p.lex.clauseConnectors.has(w) && !p.lex.clauseConnectors.has(stripConj(w) ?? '')) return first;
  for (let k = first + 1; k < end && k <= first + 6; k++) {
    if (isComma(p, k)) return k + 1;
    if (p.toks[k].kind === 'punct') break;
  }
  return first;
}

// ---------------------------------------------------------------------------------------------
// Sources

function sourceFrom(p: Para, np: NounPhrase, kind?: SourceKind): SourceRef {
  return {
    start: np.start, end: np.stop, text: p.text.slice(np.start, np.stop), entityId: null, kind: kind ?? sourceKind(p, np),
  };
}

/** A source phrase with its chain: "مصادر رويترز" → Reuters via unnamed sources. */
function sourceWithChain(p: Para, np: NounPhrase): { source: SourceRef; via?: SourceRef[] } {
  const owner = ownerAfterAnonymous(p, np);
  if (owner > 0) {
    const anon: NounPhrase = { first: np.first, end: owner, start: np.start, stop: p.toks[owner - 1].end };
    const named: NounPhrase = { first: owner, end: np.end, start: p.toks[owner].start, stop: np.stop };
    return { source: sourceFrom(p, named, 'named'), via: [sourceFrom(p, anon, 'anonymous')] };
  }
  return { source: sourceFrom(p, np) };
}

/**
 * Token k is a statement noun (بيان، تقرير، بلاغ، تصريحات …), with or without و/ف, ب/ل and the
 * article. The word as written is tried before stem(): بيان and بلاغ begin with the letter of the
 * preposition ب, which stem() would take off (بيان → يان).
 */
function statementNounAt(p: Para, k: number): boolean {
  const nouns = p.lex.statementNouns;
  const norm = p.toks[k].norm;
  if (nouns.has(norm)) return true; // وثيقة: its و is a letter of the word
  const w = stripConj(norm) ?? norm;
  if (nouns.has(w) || nouns.has(withoutArticle(w))) return true;
  const st = stemAt(p, k);
  return nouns.has(st) || nouns.has(withoutArticle(st));
}

/** Skips a statement noun before its author: تصريحات للمحلل، بيان الوزارة، تقرير صادر عن البنك. */
function skipStatement(p: Para, i: number, limit: number): { tok: number; offset: number } | null {
  const toks = p.toks;
  if (i >= limit || toks[i].kind !== 'word') return null;
  if (!statementNounAt(p, i)) return null;
  let k = i + 1;
  // One adjective may stand between: تصريحات صحفية للوزير، بيان رسمي صادر عن …
  for (let hop = 0; hop < 2 && k < limit && toks[k].kind === 'word'; hop++) {
    const x = toks[k].norm;
    if (p.lex.authorLinks.has(x)) {
      k++;
      if (k < limit && toks[k].norm === 'عن') k++;
      return k < limit ? { tok: k, offset: toks[k].start } : null;
    }
    if (x.startsWith('ل') && !x.startsWith('لل') && x.length > 2) return { tok: k, offset: offsetAfterLetters(p, k, 1) };
    if (x.startsWith('لل')) return { tok: k, offset: toks[k].start };
    if (x.startsWith('ال') && hop === 0 && !(x.endsWith('ي') || x.endsWith('يه'))) return { tok: k, offset: toks[k].start };
    if (!(x.endsWith('ي') || x.endsWith('يه') || x.endsWith('ه'))) break;
    k++;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Cues

function cueAt(p: Para, i: number): { entry: CueEntry; len: number; conj: boolean } | null {
  // The cues starting with this word (maybe after و/ف), memoized per distinct word.
  const info = wordInfo(p, p.toks[i]);
  const list = info.cues;
  const conj = info.cueConj;
  if (!list) return null;
  for (const c of list) {
    let ok = true;
    for (let k = 1; k < c.words.length; k++) {
      const t = p.toks[i + k];
      if (!t || t.norm !== c.words[k]) { ok = false; break; }
    }
    if (ok) return { entry: c, len: c.words.length, conj };
  }
  return null;
}

function cueAttribution(p: Para, i: number, cue: CueEntry, len: number, _mentions: readonly Mention[], raws: Raw[]): Raw | null {
  const toks = p.toks;
  const sent = sentenceOf(p, i);
  const limit = sent.end;
  const conj = stripConj(toks[i].norm) !== null && !p.lex.cues.has(toks[i].norm);
  let j = i + len;
  let cueEndTok = j;
  let startOffset: number | undefined;
  let ma = cue.ma;
  if (j >= limit) return null;
  if (cue.lam) {
    const w = toks[j].norm;
    if (w === 'ل') { j++; cueEndTok = j; }
    else if (w === 'لما') { ma = true; j++; cueEndTok = j; }
    else if (w.startsWith('ل')) startOffset = nounAfterLam(p, j);
    else return null;
  }
  if (!ma && j < limit && toks[j].norm === 'ما') { ma = true; j++; cueEndTok = j; }
  let source: SourceRef | null = null;
  let via: SourceRef[] | undefined;
  let np: NounPhrase | null = null;
  if (ma) {
    // بحسب ما أوردته صحيفة …: the source is the subject of the reporting verb.
    if (j >= limit) return null;
    const v = verbWithObjectAt(p, j);
    if (!v) return null;
    j++;
    // وفق ما أفاد به الدفاع المدني، حسب ما صرح به: the pronoun that stands for ما comes first.
    if (j < limit && RESUMPTIVE.has(toks[j].norm)) j++;
    cueEndTok = j;
    np = npForward(p, j, limit, { max: 10 });
    if (!np) return null;
    ({ source, via } = sourceWithChain(p, np));
    let k = np.end;
    if (v.takes.has('via') && k < limit && toks[k].norm === 'عن') {
      const vnp = npForward(p, k + 1, limit, { max: 8 });
      if (vnp) { via = [...(via ?? []), sourceFrom(p, vnp)]; k = vnp.end; }
    }
    np = { ...np, end: k };
  } else {
    if (j >= limit || toks[j].kind !== 'word') return null;
    if (cue.skipNoun) {
      // على حد تعبيره: the person just quoted; على حد تعبير الوزير: the minister.
      const w = toks[j].norm;
      if (w.length > 3 && (w.endsWith('ه') || w.endsWith('ها') || w.endsWith('هم'))) {
        const post = { first: j, end: j + 1, start: toks[j].start, stop: toks[j].end };
        return placeCue(p, i, cueEndTok, j + 1, null, undefined, post, cue, conj, raws);
      }
      j++;
      if (j >= limit) return null;
    }
    const st = skipStatement(p, j, limit);
    let stmtOnly: NounPhrase | null = null;
    if (st) { j = st.tok; startOffset = st.offset; }
    else if (statementNounAt(p, j)) {
      stmtOnly = npForward(p, j, limit, { max: 4 });
    }
    const head = withoutArticle(stemAt(p, j));
    // وفقاً لبرنامج زمني: a programme, not a source — unless the word begins a named body
    // (وفقاً لبرنامج الأمم المتحدة للبيئة).
    const namedBody = p.mentionAt[j]?.type === 'ORG';
    if (!namedBody && (p.lex.nonSourceHeads.has(stemAt(p, j)) || p.lex.nonSourceHeads.has(head))) return null;
    const preposed = conj || atClauseStart(p, i, sent.first);
    np = stmtOnly ?? npForward(p, j, limit, { startOffset, apposition: !preposed, max: preposed ? 11 : 14 });
    if (!np) return null;
    if (stmtOnly) source = sourceFrom(p, stmtOnly, 'generic');
    else ({ source, via } = sourceWithChain(p, np));
    if (startOffset !== undefined && np.first === j && source.start === toks[j].start) {
      source.start = startOffset;
      source.text = p.text.slice(source.start, source.end);
    }
    // نقلاً عن … inside a cue phrase: "بحسب رويترز نقلاً عن مصادر".
    const chain = chainAfter(p, np.end, limit);
    if (chain) { via = [...(via ?? []), chain.via]; np = { ...np, end: chain.end }; }
  }
  return placeCue(p, i, cueEndTok, np.end, source, via, np, cue, conj, raws);
}

/** نقلاً عن X right after a source phrase. */
function chainAfter(p: Para, k: number, limit: number): { via: SourceRef; end: number } | null {
  let j = k;
  if (j < limit && isComma(p, j)) j++;
  if (j + 1 < limit && stemAt(p, j) === 'نقلا' && p.toks[j + 1].norm === 'عن') {
    const np = npForward(p, j + 2, limit, { max: 8 });
    if (np) {
      let end = np.end;
      if (end < limit && isComma(p, end)) end++;
      return { via: sourceFrom(p, np), end };
    }
  }
  return null;
}

/** True when token i begins its clause: sentence start, after a short intro and comma, after a colon. */
function atClauseStart(p: Para, i: number, sentFirst: number): boolean {
  if (i === sentFirst) return true;
  const prev = i - 1;
  if (charOf(p, prev) === ':' || charOf(p, prev) === '(' || charOf(p, prev) === '-') return true;
  if (p.quoteClose[prev] >= 0) return true;
  // "وفي هذا السياق، بحسب …": only an intro before it.
  if (isComma(p, prev)) {
    const intro = skipIntro(p, sentFirst, i);
    return intro === i;
  }
  return false;
}

function placeCue(
  p: Para, i: number, cueEndTok: number, npEnd: number, source: SourceRef | null, via: SourceRef[] | undefined,
  _np: NounPhrase, cue: CueEntry, conj: boolean, raws: Raw[],
): Raw | null {
  const toks = p.toks;
  const sent = sentenceOf(p, i);
  const cueStart = conj ? offsetAfterLetters(p, i, 1) : toks[i].start;
  const cueSpan = { start: cueStart, end: toks[cueEndTok - 1].end, text: p.text.slice(cueStart, toks[cueEndTok - 1].end) };
  const base = { cue: cueSpan, cueTok: i, sentence: p.sentOf[i], source, via };
  // After the source: ", فإن …", "، …", "أن …" or ":" — a pre-posed cue.
  let k = npEnd;
  while (k < sent.end && isComma(p, k)) k++;
  const op = k < sent.end ? openerKind(p, k) : null;
  const preposed = conj || atClauseStart(p, i, sent.first) || isThatOpener(op) || cue.that;
  if (preposed) {
    let first = k;
    if (isThatOpener(op)) first = op === 'that' ? k + 1 : k;
    else if (op === 'colon') first = k + 1;
    else if (!cue.that) {
      const after = thatAfterComma(p, k, sent.end);
      if (after >= 0) first = after;
    } else {
      // جاء في البيان أن …: look a little further for the opener.
      let f = -1;
      for (let x = k; x < sent.end && x < k + 8; x++) {
        const o = openerKind(p, x);
        if (isThatOpener(o) || o === 'colon') { f = o === 'thatPronoun' ? x : x + 1; break; }
      }
      if (f < 0) return null;
      first = f;
    }
    if (first === npEnd && k === npEnd && !isThatOpener(op)) {
      // No comma and no opener: the phrase ran into the claim; nothing reliable to cut.
      if (npEnd >= sent.end - 1) return null;
    }
    const quote = first < sent.end && p.quoteClose[first] >= 0;
    if (quote) first++;
    const c = claimFrom(p, first, quote ? p.quoteClose[first - 1] + 1 : sent.end);
    if (!c) return null;
    return makeRaw(base, i, c, { quote });
  }
  // Post-posed: the claim is the text before the cue in its sentence.
  let end = i;
  while (end > sent.first && toks[end - 1].kind === 'punct' && charOf(p, end - 1) !== ')' && p.quoteOpen[end - 1] < 0) end--;
  const prevQuote = end - 1 >= 0 && p.quoteOpen[end - 1] >= 0 ? p.quoteOpen[end - 1] : -1;
  if (prevQuote >= sent.first || (prevQuote >= 0 && end - 1 >= sent.first)) {
    // «…»، بحسب X
    const open = p.quoteOpen[end - 1];
    const c = claimFrom(p, open + 1, end - 1 + 1);
    if (!c) return null;
    return makeRaw(base, i, c, { quote: true, post: true, closed: true, consumed: npEnd });
  }
  let first = sent.first;
  const prev = lastInSentence(raws, p.sentOf[i]);
  if (prev) first = prev.claimFirstTok;
  else first = skipIntro(p, skipDateline(p, sent.first, end), end); // not the dateline (الدوحة (قنا) -)
  if (first >= end) return null;
  const c = claimFrom(p, first, end);
  if (!c) return null;
  return makeRaw(base, i, c, { post: true, consumed: npEnd });
}

function lastInSentence(raws: Raw[], sentence: number): Raw | undefined {
  const r = raws[raws.length - 1];
  return r && r.sentence === sentence ? r : undefined;
}

// ---------------------------------------------------------------------------------------------
// Reporting verbs

function verbAttribution(p: Para, i: number, v: VerbEntry, prefixed: boolean, mentions: readonly Mention[], raws: Raw[]): Raw | null {
  const toks = p.toks;
  const sent = sentenceOf(p, i);
  const limit = sent.end;
  const cueStart = prefixed ? offsetAfterLetters(p, i, 1) : toks[i].start;
  const cue = { start: cueStart, end: toks[i].end, text: p.text.slice(cueStart, toks[i].end) };
  let source: SourceRef | null = null;
  let via: SourceRef[] | undefined;
  let clauseTok = i;
  let after = i + 1;
  if (v.passive) {
    // وأُفيد بأن …، قيل إن …: "it was reported" — the claim has a source nobody names.
    const opener = openerKind(p, after);
    if (!isThatOpener(opener) || !v.takes.has('that')) return null;
    const c = claimFrom(p, opener === 'thatPronoun' ? after : after + 1, limit);
    if (!c) return null;
    const anonymous: SourceRef = { start: cue.start, end: cue.end, text: cue.text, entityId: null, kind: 'anonymous' };
    return makeRaw({ cue, cueTok: i, sentence: p.sentOf[i], source: anonymous }, i, c, { consumed: c.firstTok });
  }

  // «…»، قال الرئيس: the quote before the verb is the claim.
  let quoteBefore = -1;
  {
    let b = i - 1;
    if (b >= 0 && isComma(p, b)) b--;
    // A quotation of at least three words, not a name in quotes (لـ"هسبريس"، قال …).
    if (b >= 0 && p.quoteOpen[b] >= 0 && b - p.quoteOpen[b] > 3 && !isNameQuote(p, p.quoteOpen[b])) quoteBefore = b;
  }

  if (v.circumstantial) {
    // مؤكدة أن …: the subject of the clause it hangs on.
    const prev = lastInSentence(raws, p.sentOf[i]);
    if (prev) { source = prev.source ? { ...prev.source } : null; via = prev.via; }
    else {
      const subj = mainClauseSubject(p, sent.first, i);
      if (subj) ({ source, via } = sourceWithChain(p, subj));
    }
  } else {
    // "وكانت وكالة بلومبرغ قد ذكرت": a subject before قد comes first.
    const afterQad = !prefixed && i > sent.first && (toks[i - 1].norm === 'قد' || toks[i - 1].norm === 'لقد');
    const backFirst = afterQad ? npBackward(p, i, sent.first) : null;
    const np = backFirst ? null : subjectAfterVerb(p, after, limit, v);
    if (backFirst) {
      ({ source, via } = sourceWithChain(p, backFirst));
      clauseTok = backFirst.first;
    } else if (np) {
      ({ source, via } = sourceWithChain(p, np));
      after = np.end;
    } else if (!prefixed && quoteBefore < 0 && butPronounAt(p, i - 1, sent.first)) {
      // "أشادت الوزيرة بالخطة، لكنها حذرت من أن …": the pronoun is the speaker of the clause before.
      const prev = lastInSentence(raws, p.sentOf[i]);
      const subj = prev ? null : mainClauseSubject(p, sent.first, i - 1);
      if (prev?.source) { source = { ...prev.source }; via = prev.via; }
      else if (subj) ({ source, via } = sourceWithChain(p, subj));
      clauseTok = i - 1;
    } else if (!prefixed && quoteBefore < 0) {
      const back = npBackward(p, i, sent.first);
      if (back) {
        ({ source, via } = sourceWithChain(p, back));
        clauseTok = back.first;
      }
    }
    if (!source) {
      // أما مندوب ليبيا طاهر السني فرأى أن …: the topic after أما is the speaker of the ف-verb.
      const topic = amaTopic(p, i, sent.first);
      if (topic) {
        ({ source, via } = sourceWithChain(p, topic));
        clauseTok = topic.first - 1;
      }
    }
  }
  if (quoteBefore >= 0 && !v.circumstantial) {
    const open = p.quoteOpen[quoteBefore];
    if (quoteBefore - open >= 2) {
      const c = claimFrom(p, open + 1, quoteBefore + 1);
      if (c) {
        return makeRaw({ cue, cueTok: i, sentence: p.sentOf[i], source, via }, open, c, { quote: true, closed: true, consumed: after });
      }
    }
  }

  // نقلت وكالة X عن مصدر قوله إن …: the chain.
  if (v.takes.has('via')) {
    let k = after;
    // The phrase may end inside a quoted name (صحيفة "الرأي" عن …): its closing mark comes first.
    while (k < limit && (isComma(p, k) || p.quoteOpen[k] >= 0)) k++;
    if (k >= limit || toks[k].norm !== 'عن') return null;
    const vnp = npForward(p, k + 1, limit, { max: 9 });
    if (!vnp) return null;
    via = [...(via ?? []), sourceFrom(p, vnp)];
    after = vnp.end;
  }

  // The claim opener, within a few tokens (في بيان، أمس، لوكالة …).
  let found = -1;
  let kind: ReturnType<typeof openerKind> | 'object' = null;
  let prep = -1;
  let prepKind: ReturnType<typeof openerKind> = null;
  for (let k = after; k < limit && k < after + 16; k++) {
    const t = toks[k];
    if (t.kind === 'word') {
      if (k > after && (verbAt(p, k) || cueAt(p, k)) && !(stemAt(p, k) === 'نقلا')) break;
      if (stemAt(p, k) === 'نقلا' && toks[k + 1]?.norm === 'عن') {
        const vnp = npForward(p, k + 2, limit, { max: 8 });
        if (vnp) { via = [...(via ?? []), sourceFrom(p, vnp)]; k = vnp.end - 1; continue; }
      }
      if (p.lex.reportNouns.has(t.norm)) continue;
    }
    const o = openerKind(p, k);
    if (!o) continue;
    if (o === 'quote') {
      // لـ"العربي الجديد"، صحيفة "وول ستريت جورنال": a name in quotes, not a quotation.
      const prevTok = toks[k - 1];
      const close = p.quoteClose[k];
      if (prevTok && (isNameQuote(p, k) || p.lex.headNouns.has(withoutArticle(stem(prevTok.norm)))
        || p.lex.addresseeStems.has(prevTok.norm) || p.lex.addresseeStems.has(stem(prevTok.norm))) && close - k <= 5) {
        k = close;
        continue;
      }
    }
    if (o === 'ila' || o === 'ala' || o === 'min' || o === 'an') {
      const next = openerKind(p, k + 1);
      if (isThatOpener(next)) { found = next === 'that' ? k + 2 : k + 1; kind = 'that'; break; }
      if (prep < 0 && v.takes.has(o) && k + 1 < limit) { prep = k + 1; prepKind = o; }
      if (o === 'an' && !v.takes.has('an') && k === after) continue;
      continue;
    }
    if (isThatOpener(o)) { found = o === 'that' ? k + 1 : k; kind = 'that'; break; }
    if (o === 'colon' && (v.takes.has('colon') || v.takes.has('that'))) { found = k + 1; kind = 'colon'; break; }
    if (o === 'quote' && quoteInsideObject(p, after, k)) { k = Math.max(k, p.quoteClose[k]); continue; }
    if (o === 'quote' && (v.takes.has('quote') || v.takes.has('that'))) { found = k; kind = 'quote'; break; }
  }
  if (found < 0 && prep >= 0) { found = prep; kind = prepKind; }
  if (found < 0 && v.takes.has('bi') && after < limit && toks[after].kind === 'word' && toks[after].norm.startsWith('ب')
    && !toks[after].norm.startsWith('بان')) { found = after; kind = 'object'; }
  if (found < 0 && v.takes.has('object') && source && after < limit) {
    // أعلنت الإدارة انتهاء المهمة: the object phrase (after a comma-delimited time phrase, if any).
    let k = after;
    if (isComma(p, k)) {
      k++;
      // (a phrase such as "في تصريحات لقناة "القاهرة الإخبارية"" counts its quotation marks too)
      while (k < limit && k < after + 10 && !isComma(p, k)) k++;
      if (k < limit && isComma(p, k)) k++; else k = limit;
    }
    if (k < limit && toks[k].kind === 'word' && !p.lex.complementStarts.has(toks[k].norm)) { found = k; kind = 'object'; }
  }
  if (found < 0) return null;
  if (v.lemma === 'بيّن' && source && source.text.includes(' و')) return null; // بين X وY: "between"
  let quote = false;
  let claimLimit = limit;
  // أن "مسلحين" هاجموا …: a quoted word the clause goes on after is part of the claim, not all of it.
  const quotedTerm = kind === 'that' && quotedTermAt(p, found, limit);
  // قوله إن "…"، وإن …: a second that-clause joined to the quoted one is the same speaker's, so the
  // claim is both, not the quotation alone.
  const joinedThat = kind === 'that' && found < limit && p.quoteClose[found] >= 0 && joinedThatAt(p, p.quoteClose[found] + 1, limit);
  if (!joinedThat && (kind === 'quote' || (found < limit && p.quoteClose[found] >= 0 && !quotedTerm))) {
    quote = true;
    claimLimit = p.quoteClose[found] + 1;
    found++;
  }
  const c = claimFrom(p, found, quote ? claimLimit - 1 : claimLimit);
  if (!c) return null;
  if (joinedThat && c.firstTok === found + 1) { c.start = toks[found].start; c.firstTok = found; } // keep the opening mark
  if (v.quoted && !quotationOpensAt(p, found, c.endTok)) return null;
  if (!source && !v.circumstantial && raws.length && raws[raws.length - 1].source) {
    // وأضاف أن …: the previous source of this paragraph goes on.
    const prev = raws[raws.length - 1];
    source = prev.source ? { ...prev.source } : null;
    via = prev.via;
  }
  if (!source && v.circumstantial) return null;
  void mentions;
  const closed = quote && kind !== 'that';
  return makeRaw({ cue, cueTok: i, sentence: p.sentOf[i], source, via }, clauseTok, c, { quote, closed });
}

/**
 * The subject after a reporting verb. A statement with its issuer (أفاد بيان صادر عن وزارة
 * الداخلية، ذكر تقرير للبنك الدولي، أكدت رسالة الأمين العام) runs to the issuer's end: the
 * phrase keeps what the text says — a statement — and its entity is the issuer's (the statement
 * noun names none), where the phrase alone would stop at صادر.
 */
function subjectAfterVerb(p: Para, after: number, limit: number, v: VerbEntry): NounPhrase | null {
  const opts = { object: v.takes.has('object'), bi: v.takes.has('bi') };
  const st = skipStatement(p, after, limit);
  const issuer = st ? npForward(p, st.tok, limit, { ...opts, startOffset: st.offset }) : null;
  if (issuer) return { first: after, end: issuer.end, start: p.toks[after].start, stop: issuer.stop };
  return npForward(p, after, limit, opts);
}

/** A quotation opens within the first few tokens from k (إلى «…»، بـ"…"، عن قلقه من «…»), before `end`. */
function quotationOpensAt(p: Para, k: number, end: number): boolean {
  for (let x = Math.max(0, k - 1); x < end && x <= k + 3; x++) if (p.quoteClose[x] > x) return true;
  return false;
}

/** و + أن/إن (وإن، وأن، وبأن، وإنه) at token k, after an optional comma: a that-clause joined to the one before. */
function joinedThatAt(p: Para, k: number, limit: number): boolean {
  if (k < limit && isComma(p, k)) k++;
  if (k >= limit || p.toks[k].kind !== 'word') return false;
  const w = p.toks[k].norm;
  if (w === 'و') return k + 1 < limit && isThatOpener(openerKind(p, k + 1));
  return w.length > 2 && w[0] === 'و' && JOINED_THAT.has(w.slice(1));
}
const JOINED_THAT = new Set(['ان', 'بان', 'انه', 'انها', 'انهم', 'انهما']);

/**
 * A quotation that closes a bare object (نفى الوزير وجود أي نية لتغيير سعر الصرف "في الوقت الراهن"):
 * the words before it, from the verb's subject or the last comma, begin with a noun rather than a
 * complement (في بيان، أمام البرلمان) — so the quotation is the object's tail, not the claim.
 */
function quoteInsideObject(p: Para, after: number, open: number): boolean {
  let s = open - 1;
  while (s >= after && !(p.toks[s].kind !== 'word' && (isComma(p, s) || charOf(p, s) === ':'))) s--;
  s++;
  if (s >= open || p.toks[open - 1].kind !== 'word') return false;
  const w = p.toks[s].norm;
  const st = stem(w);
  if (p.lex.complementStarts.has(w) || p.lex.complementStarts.has(st) || p.lex.timeNouns.has(w)) return false;
  if (p.lex.reportNouns.has(w) || p.lex.statementNouns.has(st) || p.lex.statementNouns.has(withoutArticle(st))) return false;
  return p.lex.objectNouns.has(w) || p.lex.objectNouns.has(st) || looksLikeMasdar(st);
}

/** لكن / ولكن with a subject pronoun (لكنه، ولكنها، لكنهم): "but he/she/they" before a verb. */
const BUT_PRONOUNS = new Set(['لكنه', 'لكنها', 'لكنهم', 'لكنهما', 'لكنهن']);

function butPronounAt(p: Para, k: number, sentFirst: number): boolean {
  if (k < sentFirst || p.toks[k].kind !== 'word') return false;
  const w = p.toks[k].norm;
  return BUT_PRONOUNS.has(w) || (w.startsWith('و') && BUT_PRONOUNS.has(w.slice(1)));
}

/** "أما X فـ<verb>": the phrase X between أما and the verb at i (which carries the ف), else null. */
function amaTopic(p: Para, i: number, sentFirst: number): NounPhrase | null {
  if (!p.toks[i].norm.startsWith('ف')) return null;
  for (let a = i - 1; a >= sentFirst && a >= i - 16; a--) {
    if (p.toks[a].norm !== 'اما') continue;
    // The phrase may stop short of the verb (a name the tagger missed): its head still says who.
    return npForward(p, a + 1, i, { max: 15, apposition: true });
  }
  return null;
}

/**
 * A sentence that opens with a named speaker and a colon, with no verb (headline and live-blog
 * style): «وزير الخارجية المصري سامح شكري: "لن نسمح …"». The colon is the cue. Only a phrase that
 * names a person or an organization qualifies, so "ملاحظة:" or "الخرطوم:" (a dateline) do not.
 */
function colonAttribution(p: Para, i: number): Raw | null {
  const sent = sentenceOf(p, i);
  let colon = -1;
  for (let k = i + 1; k < sent.end && k - i <= 12; k++) {
    if (p.toks[k].kind !== 'word' && charOf(p, k) === ':') { colon = k; break; }
  }
  if (colon < 0 || colon + 1 >= sent.end) return null;
  const np = npForward(p, i, colon);
  if (!np || np.end !== colon) return null;
  let named = false;
  for (let k = np.first; k < np.end; k++) {
    const m = p.mentionAt[k];
    if (m && m.kind === 'name' && (m.type === 'PER' || m.type === 'ORG')) named = true;
  }
  if (!named) return null;
  const open = colon + 1;
  const quote = p.quoteClose[open] >= 0;
  const c = claimFrom(p, quote ? open + 1 : open, quote ? p.quoteClose[open] : sent.end);
  if (!c) return null;
  const cueTok = p.toks[colon];
  const { source, via } = sourceWithChain(p, np);
  return makeRaw({ cue: { start: cueTok.start, end: cueTok.end, text: ':' }, cueTok: colon, sentence: p.sentOf[colon], source, via },
    colon, c, { quote, closed: quote, consumed: c.firstTok });
}

/** The subject of the verb that opens a clause a circumstantial participle hangs on. */
function mainClauseSubject(p: Para, sentFirst: number, until: number): NounPhrase | null {
  const first = skipIntro(p, skipDateline(p, sentFirst, until), until);
  const t = p.toks[first];
  if (!t || t.kind !== 'word' || first + 1 >= until) return null;
  const w = stripConj(t.norm) ?? t.norm;
  if (p.lex.mainVerbs.has(w) || p.lex.mainVerbs.has(t.norm) || t.norm !== w) {
    return npForward(p, first + 1, until, { object: true, max: 8 });
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Claims end where the next attribution of their sentence begins

function cutClaims(p: Para, raws: Raw[]): void {
  for (let r = 1; r < raws.length; r++) {
    const next = raws[r];
    // Earlier claims of the sentence were cut by the attributions after them: a few suffice.
    for (let q = r - 1; q >= 0 && q >= r - 6; q--) {
      const prev = raws[q];
      if (prev.sentence !== next.sentence) break;
      if (prev.closed) continue;
      const clauseStart = p.toks[next.clauseTok].start;
      if (!(prev.claimStart < clauseStart && clauseStart < prev.claimEnd)) continue;
      // A post-posed cue qualifies the text right before it: cut only at its own comma.
      const cut = next.post ? next.clauseTok : cutPoint(p, prev.claimFirstTok, next.clauseTok);
      if (cut <= prev.claimFirstTok) { prev.claimEnd = prev.claimStart; continue; }
      const last = lastContentTok(p, prev.claimFirstTok, cut);
      prev.claimEnd = p.toks[last].end;
      prev.claimEndTok = last + 1;
      if (next.post && next.claimFirstTok === prev.claimFirstTok) {
        next.claimEnd = prev.claimEnd;
        next.claimEndTok = prev.claimEndTok;
      }
    }
  }
}

/** Walks back from a clause start over commas and short connective phrases (ومع ذلك، في وقت لاحق …). */
function cutPoint(p: Para, claimFirst: number, clauseTok: number): number {
  let cut = clauseTok;
  for (;;) {
    let c = cut - 1;
    while (c > claimFirst && !isComma(p, c)) c--;
    if (c <= claimFirst) return cut;
    const segFirst = c + 1;
    const segLen = cut - segFirst;
    if (segLen === 0) { cut = c; continue; }
    const w = p.toks[segFirst].norm;
    const connective = p.lex.clauseConnectors.has(w) || (stripConj(w) !== null && p.lex.clauseConnectors.has(stripConj(w) as string));
    if (segLen <= 9 && connective) { cut = c; continue; }
    return cut;
  }
}
