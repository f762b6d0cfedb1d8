// The source's noun phrase: how far it runs after a cue or a reporting verb (or before the verb,
// when the subject comes first), and what kind of source it names. Without a parser we stop at
// what cannot belong to a source: a claim opener, a complement (في بيان، لوكالة، أمس), another
// reporting verb, a verbal noun that starts the object (أعلنت الإدارة انتهاء …), a second head
// noun after a complete phrase (أبلغت الوزارةُ وزيرَ …). Entity mentions, when present, bound it too.
import { SourceKind } from '../types';
import {
  Para, charOf, isComma, isDefinite, isThatOpener, memoFlag, openerKind, stem, stemAt, stripConj, verbAt, withoutArticle,
} from './paragraph';

export interface NounPhrase {
  /** Token range [first, end). */
  first: number;
  end: number;
  /** Offsets (a ل written onto the first word may be left out). */
  start: number;
  stop: number;
}

export interface NpOptions {
  /** The verb takes a bare object, so a verbal noun after a complete subject starts it. */
  object?: boolean;
  /** A post-posed cue: the phrase may continue after a comma as an apposition to the sentence end. */
  apposition?: boolean;
  /** The verb takes a ب object (أفاد بمقتل …). */
  bi?: boolean;
  /** Offset where the phrase starts inside its first token (after a ل). */
  startOffset?: number;
  max?: number;
}

const NAME_LINKS = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ام', 'عبد', 'ال', 'ابي', 'بو', 'دي', 'فون', 'ولد']);

/** Verbal nouns of the derived forms (إفعال، افتعال، انفعال، استفعال، تفعيل، تفاعل). */
export function looksLikeMasdar(w: string): boolean {
  const L = w.length;
  if (L === 5 && w[0] === 'ا' && w[3] === 'ا') return true;
  if (L === 6 && w[0] === 'ا' && w[4] === 'ا' && (w[1] === 'ن' || w[2] === 'ت' || w[2] === 'ط' || w[2] === 'د')) return true;
  if (L === 7 && w.startsWith('است') && w[5] === 'ا') return true;
  if (L === 5 && w[0] === 'ت' && (w[3] === 'ي' || w[2] === 'ا')) return true;
  return false;
}

/** A bare object after a complete subject: a verbal noun (انتهاء، تفكيك) or a common object noun (مقتل). */
function startsObject(p: Para, w: string, prev: string): boolean {
  if (isDefinite(w) || NAME_LINKS.has(prev)) return false;
  if (!isDefinite(prev) && p.lex.headNouns.has(prev)) return false; // وزير اتحاد …: still the subject
  return looksLikeMasdar(w) || p.lex.objectNouns.has(w);
}

/** Words that end a source phrase wherever they stand. */
function hardStop(p: Para, i: number): boolean {
  return memoFlag(p, i, 0, () => computeHardStop(p, i));
}

function computeHardStop(p: Para, i: number): boolean {
  const w = p.toks[i].norm;
  if (openerKind(p, i) !== null && p.toks[i].kind === 'word') {
    const k = openerKind(p, i);
    if (isThatOpener(k)) return true;
  }
  if (verbAt(p, i)) return true;
  // مسؤول طلب عدم كشف هويته / رفض الكشف عن اسمه: the source ends before the request for anonymity.
  const next = p.toks[i + 1];
  if (next && next.kind === 'word' && (next.norm === 'عدم' || next.norm === 'الكشف')) return true;
  if (p.lex.cues.has(w) || p.lex.cues.has(stripConj(w) ?? '')) return true;
  if (p.lex.reportNouns.has(w)) return true;
  return false;
}

/** A quotation mark opening a name: after ل (لـ"هسبريس") or a media noun (صحيفة "…"). */
export function isNameQuote(p: Para, open: number): boolean {
  const prev = p.toks[open - 1];
  if (!prev || prev.kind !== 'word') return false;
  if (prev.norm === 'ل') return true;
  const h = withoutArticle(stemAt(p, open - 1));
  return p.lex.mediaNouns.has(h) || p.lex.mediaNouns.has(prev.norm);
}

/** لوكالة، لـ، للصحفيين، له: the person spoken to, not the speaker. */
export function isAddressee(p: Para, i: number): boolean {
  return memoFlag(p, i, 1, () => computeAddressee(p, i));
}

function computeAddressee(p: Para, i: number): boolean {
  const w = p.toks[i].norm;
  if (w === 'ل') return true;
  if (w.charCodeAt(0) !== 0x644 || w.length < 2) return false;
  const rest = w.slice(1);
  if (p.lex.addresseeStems.has(rest)) return true;
  if (rest.startsWith('ل') && p.lex.addresseeStems.has('ا' + rest)) return true; // للصحفيين
  return false;
}

/** نظيره، نظيرته، نظيرها، نظراءه (normalized): "his counterpart" — the other party of a verb. */
function isCounterpart(w: string): boolean {
  return (w.startsWith('نظير') || w.startsWith('نظرا')) && w.length >= 5 && w.length <= 7 && (w.endsWith('ه') || w.endsWith('ها') || w.endsWith('هم'));
}

/** The first content word of a phrase, without clitics and article: the head that says its kind. */
function headWord(p: Para, np: NounPhrase): string {
  return withoutArticle(stemAt(p, np.first));
}

/**
 * والي (a governor: والي بنك المغرب، والي الولاية) as written. Normalized it is also "وإلى" (and to),
 * so only the spelling with ي and no hamza, before another word, is read as the title.
 */
function isGovernor(p: Para, i: number): boolean {
  const t = p.toks[i];
  return p.text.slice(t.start, t.end) === 'والي' && p.toks[i + 1]?.kind === 'word';
}

function headIsRoleLike(p: Para, i: number): boolean {
  // The word as written too: stem() reads a leading و as "and" (وزير → زير، وكالة → كالة).
  return isRoleWord(p, stemAt(p, i)) || isRoleWord(p, p.toks[i].norm);
}

function isRoleWord(p: Para, w: string): boolean {
  const h = withoutArticle(w);
  return p.lex.headNouns.has(h) || p.lex.roleClass.has(h) || p.lex.anonymousHeads.has(h)
    || p.lex.institutionHeads.has(w) || p.lex.institutionHeads.has(h);
}

function parenClose(p: Para, i: number, limit: number): number {
  for (let k = i + 1; k < limit && k <= i + 6; k++) {
    const c = charOf(p, k);
    if (c === ')') return k;
    if (c && c !== '.' && c !== '-') return -1;
  }
  return -1;
}

/** The source phrase starting at token i, within [i, limit). */
export function npForward(p: Para, i: number, limit: number, opts: NpOptions = {}): NounPhrase | null {
  const toks = p.toks;
  // After وفقاً لـ the ل of the first word is the cue's (وفقاً لبرنامج …), not "to" an addressee.
  if (i >= limit || toks[i].kind !== 'word' || hardStop(p, i) || (opts.startOffset === undefined && isAddressee(p, i))) return null;
  const firstStem = stemAt(p, i);
  const governor = isGovernor(p, i);
  if (!governor && (p.lex.complementStarts.has(toks[i].norm) || p.lex.complementStarts.has(firstStem) || p.lex.timeNouns.has(toks[i].norm))) return null;
  const anonHead = p.lex.anonymousHeads.has(withoutArticle(toks[i].norm));
  const roleHead = governor || headIsRoleLike(p, i);
  const max = opts.max ?? (opts.apposition ? 14 : 11);
  let j = i;
  let count = 0;
  while (j < limit && count < max) {
    const t = toks[j];
    if (t.kind !== 'word') {
      const c = charOf(p, j);
      // صحيفة "وول ستريت جورنال": a name in quotes after a media noun.
      const close = p.quoteClose[j];
      if (close > j && close - j <= 6 && j > i && isNameQuote(p, j)) { count += close - j; j = close + 1; continue; }
      if (c === '(' && j > i) {
        const close = parenClose(p, j, limit);
        if (close > 0) { j = close + 1; count++; continue; }
      }
      if (opts.apposition && isComma(p, j) && j > i && appositionFollows(p, j + 1, limit)) { j++; continue; }
      if ((c === '-' || c === '/') && j > i && j + 1 < limit && toks[j + 1].kind === 'word'
        && toks[j + 1].start === t.end && t.start === toks[j - 1].end) { j++; continue; } // joined names
      break;
    }
    const w = t.norm;
    // لوكالة فرانس برس، لصحيفة الشرق الأوسط: the outlet spoken to, even where it is a known name.
    // نظيره الأمريكي: the counterpart told (أبلغ الوزير نظيره …), not a second speaker.
    if (j > i && (isAddressee(p, j) || isCounterpart(w))) break;
    const m = p.mentionAt[j];
    if (m && m.kind === 'name' && p.mentionEnd[j] > j) {
      // A name is taken whole; a person's name ends the phrase.
      j = Math.min(p.mentionEnd[j], limit);
      count++;
      if (m.type === 'PER') {
        // A family name the tagger left out: معمر | الإرياني.
        // A family name the tagger left out: هاني | المصري، حسام | أبو صفية، معمر | الإرياني.
        for (let extra = 0; extra < 3 && j < limit && toks[j].kind === 'word' && !hardStop(p, j); extra++) {
          const w2 = toks[j].norm;
          const other = p.mentionAt[j];
          const link = NAME_LINKS.has(w2) || NAME_LINKS.has(toks[j - 1].norm);
          const nisba = isDefinite(w2) && w2.endsWith('ي') && (!other || other.kind === 'gentilic');
          if (!(link || nisba) || (other && other.kind === 'name' && !link)) break;
          j++;
        }
        if (j < limit && charOf(p, j) === '(') {
          const close = parenClose(p, j, limit);
          if (close > 0) j = close + 1;
        }
        break;
      }
      continue;
    }
    if (j > i) {
      if (hardStop(p, j) || isAddressee(p, j)) break;
      if (w === 'في') {
        const next = toks[j + 1];
        if ((roleHead || anonHead) && next && next.kind === 'word' && !p.lex.statementAfterFi.has(next.norm)
          && !p.lex.complementStarts.has(next.norm) && j + 1 < limit) { j++; count++; continue; }
        break;
      }
      if (w === 'من' && anonHead) { j++; count++; continue; }
      // السفير الروسي لدى دمشق، مندوب سوريا لدى الأمم المتحدة
      if (w === 'لدي' && p.lex.envoyHeads.has(withoutArticle(firstStem)) && j + 1 < limit && toks[j + 1].kind === 'word') { j += 2; count += 2; continue; }
      if (anonHead && p.lex.anonymityWords.has(w)) {
        let k = j;
        while (k < limit && k < j + 8 && !p.lex.anonymityEnds.has(toks[k].norm)) k++;
        if (k < limit && k < j + 8) { count += k + 1 - j; j = k + 1; continue; }
        break;
      }
      if (p.lex.complementStarts.has(w)) break;
      const prev = toks[j - 1].norm;
      // A second head noun after a complete phrase starts another phrase (the addressee, the object).
      if (p.lex.headNouns.has(w) && isDefinite(prev)) break;
      if (opts.object && startsObject(p, w, prev)) break;
      // A noun with a possessive ending after a complete phrase is the object (أكدت الخارجية رفضها …).
      if (isDefinite(prev) && w.length >= 4 && !isDefinite(w) && (w.endsWith('ها') || w.endsWith('هم') || w.endsWith('هما'))) break;
      // بمقتل، بالهجوم: the object of أفاد ب.
      if (opts.bi && w.startsWith('ب') && w.length > 3 && w !== 'باسم' && w !== 'بن' && w !== 'بنت') {
        const rest = w.slice(1);
        if (isDefinite(rest) || looksLikeMasdar(rest) || rest.startsWith('م') || p.lex.objectNouns.has(rest)) break;
      }
    }
    j++;
    count++;
  }
  if (j === i) return null;
  // Never end on a comma or a dangling link word.
  let end = j;
  while (end > i + 1 && (toks[end - 1].kind !== 'word' && charOf(p, end - 1) !== ')')) end--;
  void anonHead;
  return { first: i, end, start: opts.startOffset ?? toks[i].start, stop: toks[end - 1].end };
}

/** After a comma in a post-posed source: a short apposition running to the end of the sentence. */
function appositionFollows(p: Para, i: number, limit: number): boolean {
  let words = 0;
  for (let k = i; k < limit; k++) {
    const t = p.toks[k];
    if (t.kind === 'word') {
      if (hardStop(p, k)) return false;
      words++;
      if (words > 6) return false;
    } else if (charOf(p, k) !== '(' && charOf(p, k) !== ')') {
      return k === limit - 1 || isSentenceEndTok(p, k);
    }
  }
  return words > 0;
}

function isSentenceEndTok(p: Para, k: number): boolean {
  const c = charOf(p, k);
  return c === '.' || c === '!' || c === '?' || c === '؟' || c === '…';
}

const BACK_BOUNDARY = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فيما', 'بينما', 'حيث', 'لكن', 'ولكن', 'اذ', 'وقد', 'فقد', 'ثم', 'وكانوا', 'كانوا']);
const RELATIVE = new Set(['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان']);

/** A subject written before its verb (SVO): "المتحدث باسم الوزارة قال إن …". */
export function npBackward(p: Para, verb: number, sentFirst: number): NounPhrase | null {
  const toks = p.toks;
  let k = verb - 1;
  if (k >= sentFirst && (toks[k].norm === 'قد' || toks[k].norm === 'لقد')) k--;
  if (k >= sentFirst && RELATIVE.has(toks[k].norm)) k--;
  const end = k + 1;
  let count = 0;
  while (k >= sentFirst && count < 8) {
    const t = toks[k];
    if (t.kind !== 'word') {
      if (charOf(p, k) === ')' ) { // an abbreviation in parentheses: (سانا)
        let o = k - 1;
        while (o >= sentFirst && o > k - 6 && charOf(p, o) !== '(') o--;
        if (o >= sentFirst && charOf(p, o) === '(') { k = o - 1; count++; continue; }
      }
      break;
    }
    const w = t.norm;
    if (BACK_BOUNDARY.has(w) || hardStop(p, k) || openerKind(p, k) === 'that') break;
    if (p.lex.clauseConnectors.has(w) && k < end - 1) break;
    k--;
    count++;
  }
  const first = k + 1;
  if (first >= end) return null;
  // The phrase must begin its clause and not be a complement or a claim's tail.
  if (first > sentFirst) {
    const before = toks[first - 1];
    const ok = before.kind !== 'word' ? isComma(p, first - 1) || charOf(p, first - 1) === ':' : BACK_BOUNDARY.has(before.norm);
    if (!ok) return null;
  }
  if (count >= 8) return null;
  const head = toks[first].norm;
  if (p.lex.complementStarts.has(head) || p.lex.clauseConnectors.has(head) || stripConj(head) !== null && p.lex.clauseConnectors.has(stripConj(head) as string)) return null;
  if (toks[first].kind !== 'word') return null;
  return { first, end, start: toks[first].start, stop: toks[end - 1].end };
}

/** What kind of source a phrase names: unnamed sources, a generic group, or a named one. */
export function sourceKind(p: Para, np: NounPhrase): SourceKind {
  const first = p.toks[np.first].norm;
  const s = stem(first);
  const h = withoutArticle(s);
  if (!isDefinite(s) && p.lex.anonymousHeads.has(h)) return 'anonymous';
  if (p.lex.genericHeads.has(s) || p.lex.genericHeads.has(h)) return 'generic';
  // الأمريكيون، الإسرائيليين: a people, not a speaker.
  if (isDefinite(s) && np.end - np.first === 1 && (s.endsWith('يون') || s.endsWith('يين'))) return 'generic';
  if (isDefinite(s) && np.end - np.first <= 2 && (s.endsWith('ون') || s.endsWith('ين')) && p.lex.anonymousHeads.has(h)) return 'generic';
  return 'named';
}

/** "مصادر رويترز": unnamed sources belonging to a named one. Returns the token where the owner starts. */
export function ownerAfterAnonymous(p: Para, np: NounPhrase): number {
  const toks = p.toks;
  const head = toks[np.first].norm;
  if (isDefinite(head) || !p.lex.anonymousHeads.has(stem(head))) return -1;
  const k = np.first + 1;
  if (k >= np.end || toks[k].kind !== 'word') return -1;
  const m = p.mentionAt[k];
  if (m && m.kind === 'name' && (m.type === 'ORG' || m.type === 'PER')) return k;
  const w = toks[k].norm;
  if (p.lex.anonymousModifiers.has(w) || p.lex.anonymousModifiers.has(withoutArticle(w))) return -1;
  if (w.endsWith('ي') || w.endsWith('يه') || w.endsWith('يين') || w.endsWith('يون') || w.endsWith('يا')) return -1; // nisba: مصادر أمنية
  if (!isDefinite(w) && (w.startsWith('م') || w.startsWith('ا'))) return -1; // participles and comparatives: مصادر متعددة
  if (w === 'في' || w === 'من' || w.charCodeAt(0) === 0x644) return -1;
  return k;
}

export { headWord };
