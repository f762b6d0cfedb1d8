// Entity mentions: knowledge-base matching, gentilics, state-body patterns, titles, the statistical
// tagger, and grouping mentions into document entities.
//
// Paragraph pass (findMentions), left to right over the tokens, at each word:
//   1. the knowledge base, longest alias first, over normalized tokens; the first token is tried
//      with every clitic reading (وللعراق → العراق) — a reading only counts if the KB knows it, so
//      بغداد stays بغداد. Gentilic forms (العراقيين) are KB phrases too and link to their country.
//   2. state-body patterns: a head (وزارة الدفاع، الجيش، الحكومة …) + a gentilic → an organization
//      named from both (وزارة الدفاع العراقية → "Iraqi Ministry of Defense"); a construct head +
//      a country (حكومة العراق) likewise.
//   3. titles (وزير الدفاع الأميركي، المحلل السياسي الروسي، المستشرق …), chained by commas, then a
//      name: a KB person, else an unknown name (the tagger's span when it has one there, else a
//      conservative heuristic) that keeps the titles as its description. A title with no name after
//      it becomes a "title" mention, resolved to a person when linking.
//   The longest of 1–3 wins (the KB on ties). Then:
//   4. the statistical tagger (ner/defaultTagger) runs per sentence over the token texts; its
//      spans that overlap nothing found above are added (PERS→PER). The KB decides identity and
//      linking; the tagger only finds the names the KB does not know.
// Document pass (linkEntities): mentions are grouped — same KB id; a partial name or a surname alone
// → the person named before; a bare title → the person introduced with that role (before it, else
// shortly after in the text); a surname that the tagger missed is found by a rescan of the text.
import { Entity, EntityType, Mention } from '../types';
import { TextUnit } from '../textUnit';
import { Token, WordForm, detached, tokenize } from '../tokenize';
import { cliticReadings } from '../clitics';
import { isIgnorable, normalizeWord } from '../normalize';
import { KbEntry, KbTarget, KnowledgeBase, currentKnowledgeBase, phraseKey } from '../kb';
import { Tagger, defaultTagger } from '../ner';
import { dictionaryClasses } from '../ner/dictionary';
import { ORDINALS, UNITS } from '../figures/lexicon';
import { MONTH_WORDS } from '../figures/context';
import { boundedMemo } from '../memo';
import { SurnameKeys, surnameCandidates, surnameKeys } from './surnameCandidates';
import { InstitutionContext, institutionAt, placeInstitutionAt } from './institutions';
import { NamePart, institutionEnglish } from './institutionNames';
import { outletNameAt } from './outletNames';
import { lexicon as attributionLexicon } from '../attribution/lexicon';
import { isArabicWordChar, isWholeToken, previousWord } from './wordAt';
import { CATAPHORA_WINDOW, LinkMemo, LinkParagraph, ParagraphDecisions, inOrder } from './relink';
import {
  ARTICLE_GIVEN_NAMES, BODIES, BodyDef, DEMONYMS, GIVEN_NAMES, GOVERNMENT_WORDS, NAME_LINKS, PLACE_CUES, STOP, TITLES, TITLE_MODIFIERS, TitleDef,
  WEAK_NAMES, isAnaphoricClass,
} from './lexicon';

/** Bodies named by their head alone (الوزارة، الهيئة): stop words for names, but a spokesperson's body. */
const BARE_BODY_HEADS = new Set(['الوزاره', 'الحكومه', 'الهيئه', 'المجلس', 'المنظمه', 'الشركه', 'اللجنه', 'الحزب', 'الحركه', 'الجمعيه', 'الوكاله', 'الجامعه', 'المحكمه']);

/** Verbs and particles that begin some KB names (كان 11، إن بي سي) and mostly are what they look
 * like. Not هو or ألان: هو جينتاو and ألان جوبيه come after a title, seldom as the pronoun or "now". */
const FUNCTION_WORD_HEADS = new Set(['كان', 'إن'].map(normalizeWord));

/** Words before a month name in a date: شهر رمضان، مطلع شعبان، منتصف رجب. */
const MONTH_CUES = new Set(['شهر', 'مطلع', 'منتصف', 'اواخر', 'اوائل', 'نهايه', 'بدايه', 'غره', 'خلال'].map(normalizeWord));

/** Prepositions that say where a post is held (الممثل الخاص في ليبيا، السفير لدى العراق، المبعوث إلى اليمن). */
const POST_PREPOSITIONS = new Set(['في', 'لدي', 'الي']);

/** Diacritics that tell homographs apart (U+064B–U+0652: tanween, short vowels, shadda, sukun). */
const MARKS = /[\u064B-\u0652]/g;

/** A KB entry's written names (Arabic name and aliases, with their marks). */
function writtenForms(e: KbEntry): string[] {
  return [e.ar, ...(e.aliases ?? [])];
}

/** Per knowledge base: a name key claimed by several entries → the entries that lost it (عمان → Amman). */
const HOMOGRAPHS = new WeakMap<KnowledgeBase, Map<string, KbEntry[]>>();
function homographs(kb: KnowledgeBase): Map<string, KbEntry[]> {
  let h = HOMOGRAPHS.get(kb);
  if (!h) {
    h = new Map();
    for (const c of kb.conflicts) {
      const loser = kb.get(c.loser);
      if (c.kind !== 'name' || !loser || kb.lookup(c.key)?.kind !== 'name') continue;
      const list = h.get(c.key) ?? [];
      if (!list.includes(loser)) list.push(loser);
      h.set(c.key, list);
    }
    HOMOGRAPHS.set(kb, h);
  }
  return h;
}

/** Head nouns written before a club's name (نادي الهلال السعودي). */
const CLUB_HEADS = new Set(['نادي', 'النادي', 'فريق']);

/** A mention found inside one paragraph; entityId is provisional (kb id or name key) until linking. */
export interface LocalMention extends Mention {
  /** The knowledge-base entry it names (for gentilics: the country). */
  kbId?: string;
  /** For entities the KB does not know: their name (Arabic as written, clitics removed; English if derived). */
  name?: { ar: string; en: string | null };
  subtype?: string;
  /** The titles that introduced this person here (description of an unknown person). */
  role?: string;
  /** Title classes this person was introduced with: "pm", "pm|loc:iraq", "orientalist" … */
  roleKeys?: string[];
  /** For kind "title": the title classes it may stand for. */
  titleKeys?: string[];
}

interface Match<T> {
  end: number;
  value: T;
  reading: string;
  /** The normalized phrase key that matched. */
  key: string;
}

const isArabicLetterWord = (t: Token) => {
  if (t.kind !== 'word') return false;
  const c = t.norm.charCodeAt(0);
  return c >= 0x620 && c <= 0x64a;
};

function isComma(t: Token | undefined): boolean {
  return !!t && t.kind === 'punct' && (t.norm === '،' || t.norm === ',');
}

/** The original text of a token with the clitics of `reading` removed (وللعراق, العراق → العراق). */
function stripToReading(orig: string, reading: string): string {
  if (normalizeWord(orig) === reading) return orig;
  for (let k = 1; k < orig.length && k <= 4; k++) {
    const rest = orig.slice(k);
    const nr = normalizeWord(rest);
    if (nr === reading) return rest;
    if ('ا' + nr === reading) return 'ا' + rest; // لل → ال
  }
  return orig;
}

/** First tokens of KB phrases (1), state-body heads (2) and titles (4), per knowledge base. */
const FIRST_TOKENS = new WeakMap<KnowledgeBase, Map<string, number>>();
function firstTokenTable(kb: KnowledgeBase): Map<string, number> {
  let t = FIRST_TOKENS.get(kb);
  if (!t) {
    t = new Map();
    for (const k of kb.firstTokenMax.keys()) t.set(k, 1);
    for (const k of BODIES.firstMax.keys()) t.set(k, (t.get(k) ?? 0) | 2);
    for (const k of TITLES.firstMax.keys()) t.set(k, (t.get(k) ?? 0) | 4);
    FIRST_TOKENS.set(kb, t);
  }
  return t;
}

/** A phrase table as a trie over its tokens: the key of the phrase ending here, and what may follow. */
interface PhraseNode { key?: string; next?: Map<string, PhraseNode> }
const PHRASE_TRIES = new WeakMap<Map<string, unknown>, Map<string, PhraseNode>>();
function phraseTrie(table: Map<string, unknown>): Map<string, PhraseNode> {
  let root = PHRASE_TRIES.get(table);
  if (!root) {
    root = new Map();
    for (const key of table.keys()) {
      let level = root;
      let node: PhraseNode | undefined;
      for (const part of key.split(' ')) {
        if (node) level = node.next ??= new Map();
        node = level.get(part);
        if (!node) level.set(part, node = {});
      }
      node!.key = key;
    }
    PHRASE_TRIES.set(table, root);
  }
  return root;
}

/** Clitic readings of a word, memoized on its shared form (computed once per distinct word). */
function formReadings(f: WordForm): string[] {
  return f.readings ?? (f.readings = cliticReadings(f.norm));
}

/** Clitic readings of a normalized word that has no token (the surname rescan). */
const READINGS = new Map<string, string[]>();
function readingsOf(norm: string): string[] {
  let r = READINGS.get(norm);
  if (!r) {
    if (READINGS.size >= 50000) READINGS.clear();
    r = cliticReadings(norm);
    READINGS.set(norm, r);
  }
  return r;
}

let taggerCache: { tagger: Tagger | null } | undefined;
function tagger(): Tagger | null {
  if (!taggerCache) {
    try {
      taggerCache = { tagger: defaultTagger() };
    } catch {
      taggerCache = { tagger: null };
    }
  }
  return taggerCache.tagger;
}

/**
 * Replaces the statistical tagger (tests, or a server that loads its own): null turns it off,
 * undefined goes back to ner's defaultTagger(). Cached paragraph results must be dropped after.
 */
export function setTagger(t: Tagger | null | undefined): void {
  taggerCache = t === undefined ? undefined : { tagger: t };
}

export function findMentions(unit: TextUnit): LocalMention[] {
  try {
    return new ParagraphMatcher(unit, currentKnowledgeBase(), tagger()).run();
  } catch {
    return []; // never let one paragraph break the analysis
  }
}

interface TitlePart {
  start: number;
  headEnd: number;
  end: number;
  cls: string;
  country: string | null;
  reading: string;
}

/**
 * Whether a word before a speaker's أن/إن may be the last word of the name rather than the verb's
 * object or an adverb: not بدوره، not an object noun (ضرورة أن، مقتل)، not an abstract noun in ية
 * (أهمية أن، إمكانية) — family names (عموتة، بوعزة، القدرة) pass.
 */
function mayEndSpeakerName(r: string): boolean {
  const lex = attributionLexicon();
  return !r.endsWith('يه') && !lex.complementStarts.has(r) && !lex.objectNouns.has(r);
}

/** The claim openers after a speaker's name (normalized: أن، إن، بأن، وأن). */
const NAME_END_OPENERS = new Set(['ان', 'بان', 'وان', 'انه', 'انها']);

class ParagraphMatcher {
  private readonly toks: Token[];
  private readonly n: number;
  private readonly readingsCache: Array<string[] | undefined>;
  private out: LocalMention[] = [];
  /** 1 for tokens inside a mention found so far (a plain array: see buildPara on typed ones). */
  private readonly covered: number[];
  private nerTags: string[] | null = null;
  private readonly starts: Map<string, number>;

  constructor(private readonly unit: TextUnit, private readonly kb: KnowledgeBase, private readonly ner: Tagger | null) {
    this.toks = unit.tokens;
    this.n = unit.tokens.length;
    this.readingsCache = new Array(this.n);
    this.covered = new Array(this.n).fill(0);
    this.starts = firstTokenTable(kb);
  }

  private readings(k: number): string[] {
    let r = this.readingsCache[k];
    if (!r) {
      const t = this.toks[k];
      r = t.kind === 'word' ? formReadings(t.form) : [t.norm];
      this.readingsCache[k] = r;
    }
    return r;
  }

  /**
   * Bit 1: a KB phrase may start at token i; 2: a state-body head; 4: a title. Memoized on the
   * word's shared form, tagged with the knowledge base it was computed for (user KB files replace it).
   */
  private startMask(i: number): number {
    const f = this.toks[i].form; // memoized in its entKb/entMask slots
    if (f.entKb === this.kb) return f.entMask!;
    let mask = 0;
    for (const r of this.readings(i)) mask |= this.starts.get(r) ?? 0;
    f.entKb = this.kb;
    f.entMask = mask;
    return mask;
  }

  /** Longest phrase of `table` starting at token i (first token tried with its clitic readings). */
  private longest<T>(i: number, table: Map<string, T>, get: (key: string) => T | undefined,
    accept?: (v: T, len: number, reading: string) => boolean): Match<T> | null {
    let best: Match<T> | null = null;
    const trie = phraseTrie(table);
    const rs = this.readings(i);
    for (let ri = 0; ri < rs.length; ri++) {
      const r = rs[ri];
      // Word by word down the phrases that start so: no key strings built, and the walk stops
      // where no phrase goes on.
      let node = trie.get(r);
      for (let len = 1; node; len++) {
        if (node.key !== undefined && !(best && len <= best.end - i)) {
          const v = get(node.key);
          if (v !== undefined && (!accept || accept(v, len, r))) best = { end: i + len, value: v, reading: r, key: node.key };
        }
        if (!node.next || i + len >= this.n) break;
        node = node.next.get(this.toks[i + len].norm);
      }
    }
    return best;
  }

  private kbAt(i: number, weakOk = false): Match<KbTarget> | null {
    if (i >= this.n || this.toks[i].kind !== 'word') return null;
    return this.longest(i, this.kb.phrases, (k) => this.kb.lookup(k), (v, len, r) => {
      // كان 11 (the Israeli broadcaster) is also "was 11" (وكان 11 من أصل 16): a name that starts
      // with a verb or particle is one only after a media noun (قناة كان 11) or in quotes/brackets.
      if (FUNCTION_WORD_HEADS.has(r) && !this.mediaCueBefore(i)) return false;
      if (weakOk || len > 1 || v.kind !== 'name' || !WEAK_NAMES.has(r)) return true;
      // A place name that is also a common word (مالي "financial") needs a cue: في مالي، بمالي.
      if (r !== this.toks[i].norm) return true;
      const prev = i > 0 ? this.toks[i - 1] : undefined;
      return !!prev && PLACE_CUES.has(prev.norm);
    });
  }

  /**
   * محافظة مسقط، بمحافظة الإسكندرية: a governorate named after a city the KB knows only as a city
   * is a place of its own (Muscat Governorate), not the city. Governorates the KB knows are matched
   * by their alias (محافظة ذي قار) before this. Returns whether it pushed the mention.
   */
  private governorateOf(i: number, kbm: Match<KbTarget>): boolean {
    const e = kbm.value.entry;
    if (i === 0 || kbm.value.kind !== 'name' || e.type !== 'LOC' || e.subtype !== 'city' || this.covered[i - 1]) return false;
    if (kbm.reading !== this.toks[i].norm || this.toks[i - 1].kind !== 'word') return false;
    const head = this.readings(i - 1).find((r) => r === 'محافظه');
    if (!head) return false;
    const ar = this.cleanText(i - 1, kbm.end, head);
    this.push(i - 1, kbm.end, {
      type: 'LOC', entityId: `loc:~${normKey(ar)}`, kind: 'name', via: 'pattern', name: { ar, en: `${e.en} Governorate` }, subtype: 'governorate',
    });
    return true;
  }

  /**
   * The entry a name written alike for two entries stands for (عمان: عُمان Oman, عمّان Amman): the
   * one whose written form has the marks the text has (a shadda, a damma); with no marks, a city
   * whose country is named in the paragraph (عمان … الأردنية) unless the name is joined to a
   * country's (الأردن وعمان); else the KB's first claimant.
   */
  private homograph(ts: number, m: Match<KbTarget>): KbEntry {
    const winner = m.value.entry;
    const others = homographs(this.kb).get(m.key);
    if (!others) return winner;
    const marks = this.unit.text.slice(this.toks[ts].start, this.toks[m.end - 1].end).match(MARKS);
    const candidates = [winner, ...others];
    if (marks) {
      const fits = candidates.filter((c) => writtenForms(c).some((f) => phraseKey(f) === m.key && marks.every((x) => f.includes(x))));
      if (fits.length === 1) return fits[0];
    }
    // الأردن وعمان: a name joined to a country's is a country too.
    const prev = ts > 0 ? this.toks[ts - 1] : undefined;
    if (this.toks[ts].norm.startsWith('و') && prev?.kind === 'word' && this.kb.lookup(prev.norm)?.entry.subtype === 'country') return winner;
    const named = this.countriesNamed();
    const city = candidates.find((c) => c.country && named.has(c.country) && !named.has(c.id));
    return city ?? winner;
  }

  private countriesNamedCache: Set<string> | null = null;
  /** Countries the paragraph names by a one-word name or gentilic (الأردن، الأردنية). */
  private countriesNamed(): Set<string> {
    if (this.countriesNamedCache) return this.countriesNamedCache;
    const out = new Set<string>();
    for (let k = 0; k < this.n; k++) {
      if (this.toks[k].kind !== 'word') continue;
      for (const r of this.readings(k)) {
        const t = this.kb.lookup(r);
        if (t && t.entry.type === 'LOC' && t.entry.subtype === 'country') out.add(t.entry.id);
        const g = this.kb.gentilic(r);
        if (g) out.add(g.id);
      }
    }
    return (this.countriesNamedCache = out);
  }

  /** Token i follows a currency's name (ريال، الدينار، دولارات). */
  private afterCurrency(i: number): boolean {
    if (i === 0 || this.toks[i - 1].kind !== 'word') return false;
    return this.readings(i - 1).some((r) => UNITS.get(r)?.money === true);
  }

  /** A media noun (قناة، إذاعة …) or an opening quote or bracket right before token i. */
  private mediaCueBefore(i: number): boolean {
    const prev = i > 0 ? this.toks[i - 1] : undefined;
    if (!prev) return false;
    if (prev.kind === 'punct') return '(«"“['.includes(prev.norm);
    return prev.kind === 'word' && attributionLexicon().mediaNouns.has(prev.norm);
  }

  private titleAt(i: number): Match<TitleDef> | null {
    if (i >= this.n || this.toks[i].kind !== 'word') return null;
    return this.longest(i, TITLES.map, (k) => TITLES.map.get(k));
  }

  /** A state-body pattern at i: head + gentilic, or construct head + country, or a bare ministry. */
  private bodyAt(i: number): { end: number; def: BodyDef; country: KbEntry | null; reading: string } | null {
    if (i >= this.n || this.toks[i].kind !== 'word') return null;
    const head = this.longest(i, BODIES.map, (k) => BODIES.map.get(k));
    if (!head) return null;
    const def = head.value;
    const next = this.kbAt(head.end, true);
    if (next) {
      const t = next.value;
      const isGentilic = t.kind === 'gentilic' || this.kb.gentilic(next.key) === t.entry; // السعودية: name and adjective
      if (def.takes === 'g' && isGentilic && (t.entry.type === 'LOC' || t.entry.type === 'MISC')) {
        return { end: next.end, def, country: t.entry, reading: head.reading };
      }
      if (def.takes === 'c' && t.kind === 'name' && t.entry.type === 'LOC' && next.reading === this.toks[head.end].norm) {
        return { end: next.end, def, country: t.entry, reading: head.reading };
      }
    }
    if (def.bare) return { end: head.end, def, country: null, reading: head.reading };
    return null;
  }

  private text(ts: number, te: number): string {
    return this.unit.text.slice(this.toks[ts].start, this.toks[te - 1].end);
  }

  /** The span's text with the first token's clitics removed per `reading`. */
  private cleanText(ts: number, te: number, reading: string): string {
    const first = this.toks[ts];
    const orig = this.unit.text.slice(first.start, first.end);
    const head = stripToReading(orig, reading);
    return te - ts === 1 ? head : head + this.unit.text.slice(first.end, this.toks[te - 1].end);
  }

  private push(ts: number, te: number, m: Omit<LocalMention, 'start' | 'end' | 'text'>): LocalMention {
    const mention: LocalMention = { start: this.toks[ts].start, end: this.toks[te - 1].end, text: this.text(ts, te), ...m };
    this.out.push(mention);
    for (let k = ts; k < te; k++) this.covered[k] = 1;
    return mention;
  }

  private pushKb(ts: number, m: Match<KbTarget>, extra: Partial<LocalMention> = {}): LocalMention {
    const e = m.value.kind === 'name' ? this.homograph(ts, m) : m.value.entry;
    const gentilic = m.value.kind === 'gentilic';
    if (e.type === 'PER' && !gentilic) {
      // An alias written with its titles (المشير خليفة حفتر، ولي العهد الأمير محمد بن سلمان) still
      // links the person, but the mention is the name: the titles before it are left out (and
      // stay taken, so that the tagger does not read them as a name of their own).
      for (let t = this.titleAt(ts); t && t.end < m.end; t = this.titleAt(ts)) {
        for (let k = ts; k < t.end; k++) this.covered[k] = 1;
        ts = t.end;
      }
    }
    return this.push(ts, m.end, {
      type: e.type, entityId: e.id, kind: gentilic ? 'gentilic' : 'name', via: 'kb', kbId: e.id, ...extra,
    });
  }

  private pushBody(ts: number, b: NonNullable<ReturnType<ParagraphMatcher['bodyAt']>>): LocalMention {
    const ar = this.cleanText(ts, b.end, b.reading);
    let en = b.def.en;
    let id = `org:${b.def.slug}`;
    if (b.country) {
      const dem = DEMONYMS[b.country.id];
      en = dem ? `${dem} ${b.def.en}` : `${b.def.en} (${b.country.en})`;
      id = `org:${b.country.id.replace(/^[a-z]+:/, '')}/${b.def.slug}`;
    }
    return this.push(ts, b.end, { type: 'ORG', entityId: id, kind: 'name', via: 'kb', name: { ar, en }, subtype: 'state-body' });
  }

  run(): LocalMention[] {
    if (this.ner) this.nerTags = this.tagAll(this.ner);
    let i = 0;
    while (i < this.n) {
      const t = this.toks[i];
      if (t.kind !== 'word') {
        i = this.outletName(i) ?? i + 1;
        continue;
      }
      // One lookup per reading says which tables have a phrase starting here (most words: none).
      const mask = this.startMask(i);
      if (mask === 0) {
        i++;
        continue;
      }
      let kbm = mask & 1 ? this.kbAt(i) : null;
      // نادي الأهلي السعودي: "نادي الأهلي" (Egypt's, as written) must not hide the longer name of
      // the club after the head noun; the head stays part of the mention.
      const club = CLUB_HEADS.has(t.norm) ? this.kbAt(i + 1) : null;
      if (club && club.value.entry.subtype === 'club' && club.end > (kbm?.end ?? 0)) kbm = club;
      const body = mask & 2 ? this.bodyAt(i) : null;
      const title = mask & 4 ? this.titleAt(i) : null;
      const kbEnd = kbm ? kbm.end : 0;
      const bodyEnd = body ? body.end : 0;
      const titleEnd = title ? title.end : 0;
      if (kbm && kbEnd >= bodyEnd && kbEnd >= titleEnd) {
        if (kbm.value.kind === 'gentilic' && this.afterCurrency(i)) {
          // ريال عماني، الجنيه المصري: the adjective names the currency (a figure's unit), not the country.
          for (let k = i; k < kbm.end; k++) this.covered[k] = 1;
        } else if (!this.governorateOf(i, kbm)) this.pushKb(i, kbm);
        i = kbm.end;
      } else if (body && bodyEnd >= titleEnd) {
        this.pushBody(i, body);
        i = body.end;
      } else if (title) {
        i = this.titled(i);
      } else {
        i++;
      }
    }
    // Bodies named by their description before the tagger's spans: a tagger that stops at the head
    // (جامعة | القاهرة) or reads a coordinated head as a place (والاتحاد) must not hide the body.
    this.addInstitutions();
    if (this.nerTags) this.addTaggerSpans(this.nerTags);
    this.out.sort((a, b) => a.start - b.start);
    return this.out;
  }

  /** Titles from i (chained), then the name they introduce. Returns the next token index. */
  private titled(i: number): number {
    const parts: TitlePart[] = [];
    let j = i;
    while (j < this.n && parts.length < 4) {
      const th = this.titleAt(j);
      if (!th) break;
      // A longer KB name or body starting here is not a title (الأمين العام للأمم المتحدة is handled by the complement).
      let k = th.end;
      let country: string | null = null;
      const def = th.value;
      if (def.complement) {
        const c = this.complement(k, def);
        if (c) {
          k = c.end;
          country = c.country;
        }
      }
      for (let mods = 0; k < this.n && mods < 4; mods++) {
        const g = this.kbAt(k, true);
        if (g && g.value.kind === 'gentilic') {
          this.pushKb(k, g);
          country ??= g.value.entry.id;
          k = g.end;
          continue;
        }
        if (this.toks[k].kind === 'word' && TITLE_MODIFIERS.has(this.toks[k].norm)) {
          k++;
          continue;
        }
        break;
      }
      parts.push({ start: j, headEnd: th.end, end: k, cls: def.cls, country, reading: th.reading });
      // Another title may follow, after a comma or directly (ولي العهد السعودي الأمير …).
      if (isComma(this.toks[k]) && this.titleAt(k + 1)) j = k + 1;
      else if (this.titleAt(k) && !this.kbAt(k)) j = k;
      else {
        j = k;
        break;
      }
    }
    if (!parts.length) return i + 1;
    let pos = parts[parts.length - 1].end;
    // وزير المالية في حكومة تصريف الأعمال اللبنانية يوسف الخليل: the government is part of the role.
    const government = this.governmentAfter(pos);
    if (government > pos && this.nameAt(government) > government) {
      parts[parts.length - 1].end = government;
      pos = government;
    }
    // الممثلة الخاصة للأمين العام في ليبيا هانا تيتيه، السفير لدى العراق …: where the post is held is
    // part of the role, when a name follows it.
    const post = this.postPlaceAfter(pos);
    if (post > pos && this.nameAt(post) > post) {
      this.pushKb(pos + 1, this.kbAt(pos + 1)!);
      parts[parts.length - 1].end = post;
      pos = post;
    }
    const roleKeys: string[] = [];
    for (const p of parts) {
      roleKeys.push(p.cls);
      if (p.country) roleKeys.push(`${p.cls}|${p.country}`);
    }
    const role = parts.map((p) => this.cleanText(p.start, p.end, p.reading)).join('، ');

    const kbp = this.kbAt(pos);
    if (kbp && kbp.value.kind === 'name' && kbp.value.entry.type === 'PER' && kbp.reading === this.toks[pos].norm) {
      this.pushKb(pos, kbp, { roleKeys, role });
      return kbp.end;
    }
    if (!kbp) {
      const nameEnd = this.nameAt(pos);
      if (nameEnd > pos) {
        const ar = this.text(pos, nameEnd);
        this.push(pos, nameEnd, {
          type: 'PER', entityId: `per:~${normKey(ar)}`, kind: 'name', via: 'title', name: { ar, en: null }, role, roleKeys,
        });
        return nameEnd;
      }
    }
    // No name: each title may stand for a person named elsewhere.
    for (const p of parts) {
      if (!isAnaphoricClass(p.cls) || this.covered[p.start]) continue;
      const keys = p.country ? [`${p.cls}|${p.country}`] : [p.cls];
      this.push(p.start, p.headEnd, {
        type: 'PER', entityId: `title:${keys[0]}`, kind: 'title', via: 'title', titleKeys: keys, role: this.cleanText(p.start, p.end, p.reading),
      });
    }
    return pos;
  }

  /**
   * End of "في حكومة …" / "في الحكومة …" after a title when a name may follow it: the government's
   * own words (a body such as الحكومة العراقية, gentilics, تصريف الأعمال, الوحدة الوطنية …), at most
   * five; `k` when there is no such phrase.
   */
  private governmentAfter(k: number): number {
    if (k + 1 >= this.n || this.toks[k].norm !== 'في') return k;
    const head = this.toks[k + 1];
    if (head.kind !== 'word' || (head.norm !== 'حكومه' && head.norm !== 'الحكومه')) return k;
    const body = this.bodyAt(k + 1);
    if (body) {
      this.pushBody(k + 1, body);
      return body.end;
    }
    let e = k + 2;
    while (e < this.n && e - k < 7) {
      const t = this.toks[e];
      if (t.kind !== 'word' || GIVEN_NAMES.has(t.norm)) break;
      const g = this.kbAt(e, true);
      if (g && (g.value.kind === 'gentilic' || g.value.entry.type === 'LOC')) {
        this.pushKb(e, g);
        e = g.end;
        continue;
      }
      if (!GOVERNMENT_WORDS.has(t.norm)) break;
      e++;
    }
    return e;
  }

  /** End of "في/لدى/إلى + a place or body the KB knows" at k (where a post is held), else k. */
  private postPlaceAfter(k: number): number {
    if (k + 1 >= this.n || !POST_PREPOSITIONS.has(this.toks[k].norm)) return k;
    const m = this.kbAt(k + 1);
    if (!m || m.value.kind !== 'name' || m.reading !== this.toks[k + 1].norm) return k;
    const type = m.value.entry.type;
    return type === 'LOC' || type === 'ORG' ? m.end : k;
  }

  /** What a title takes after it: المتحدث باسم [الجيش العراقي]، وزير خارجية [العراق]، قائد [الحرس الثوري]. */
  private complement(k: number, def: TitleDef): { end: number; country: string | null } | null {
    if (k >= this.n) return null;
    const kbm = this.kbAt(k, true);
    const body = def.complement === 'any' ? this.bodyAt(k) : null;
    if (kbm && kbm.value.kind === 'name' && (kbm.value.entry.type !== 'PER')
      && (def.complement === 'any' || kbm.value.entry.type === 'LOC') && (!body || kbm.end >= body.end)) {
      this.pushKb(k, kbm);
      const e = kbm.value.entry;
      return { end: kbm.end, country: e.type === 'LOC' ? e.id : e.country ?? null };
    }
    if (body) {
      this.pushBody(k, body);
      return { end: body.end, country: body.country?.id ?? null };
    }
    if (def.complement === 'any') {
      // محافظ البنك المركزي، مدير مركز مكافحة الأمراض: a body named by its description, then the name.
      const inst = institutionAt(this.titleInstitutionContext(), k);
      if (inst) {
        const ar = this.cleanText(k, inst.end, inst.reading);
        this.push(k, inst.end, { type: 'ORG', entityId: `org:~${normKey(ar)}`, kind: 'name', via: 'pattern', name: { ar, en: this.institutionEn(k, inst.end, inst.reading) } });
        return { end: inst.end, country: null };
      }
    }
    if (def.cls === 'spokesperson') {
      // المتحدث باسم الخارجية: up to two words of the body's name. The stop list holds the bodies
      // named by their head alone (الوزارة، اللجنة): after باسم they are the body, not a stop word.
      let e = k;
      while (e < this.n && e - k < 2 && isArabicLetterWord(this.toks[e]) && this.toks[e].norm.startsWith('ال')
        && (!STOP.has(this.toks[e].norm) || BARE_BODY_HEADS.has(this.toks[e].norm))) e++;
      return e > k ? { end: e, country: null } : null;
    }
    return null;
  }

  /** The English name of the institution on tokens [k, end) whose head reads `reading` (or null). */
  private institutionEn(k: number, end: number, reading: string): string | null {
    const parts: NamePart[] = [{ kind: 'word', norm: reading }];
    for (let e = k + 1; e < end;) {
      const kb = this.kbAt(e, true);
      if (kb && kb.end <= end && (kb.value.kind === 'gentilic' || kb.value.entry.type === 'LOC')) {
        const entry = kb.value.entry;
        parts.push(kb.value.kind === 'gentilic'
          ? { kind: 'country', demonym: DEMONYMS[entry.id] ?? entry.en }
          : { kind: 'place', en: entry.en });
        e = kb.end;
        continue;
      }
      parts.push({ kind: 'word', norm: this.toks[e].norm });
      e++;
    }
    return institutionEnglish(parts);
  }

  /** The institution rules' view of this paragraph while titles are read (gentilics from the KB). */
  private titleInstitutionContext(): InstitutionContext {
    return {
      toks: this.toks, readings: (k: number) => this.readings(k), taken: (k: number) => this.covered[k] === 1,
      gentilicEnd: (k: number) => {
        const g = k < this.n ? this.kbAt(k, true) : null;
        return g && g.value.kind === 'gentilic' ? g.end : -1;
      },
    };
  }

  /** End of a person's name starting at token `pos` (= pos when there is none). */
  private nameAt(pos: number): number {
    if (pos >= this.n) return pos;
    // "in the name of" (المتحدث العسكري باسم …), far more often than the name Basem.
    if (this.toks[pos].norm === 'باسم') return pos;
    if (this.writtenAsFunctionWord(pos)) return pos;
    // A preposition with the article (المدير التنفيذي للنادي، بالوزارة) continues the title; no name starts so.
    if (/^(لل|بال|كال|فال)/.test(this.toks[pos].norm)) return pos;
    if (this.nerTags) {
      const tag = this.nerTags[pos];
      if (tag === 'B-PERS' || tag === 'B-PER') {
        let e = pos + 1;
        while (e < this.n && (this.nerTags[e] === 'I-PERS' || this.nerTags[e] === 'I-PER')) e++;
        e = this.withoutTrailingAdverbs(pos, e);
        // The tagger often stops after the given name (غسان | الزامل): the heuristic may go further.
        if (!this.anyCovered(pos, e)) return Math.max(e, this.nameHeuristic(pos));
      }
    }
    return this.nameHeuristic(pos);
  }

  private nameHeuristic(pos: number): number {
    const t0 = this.toks[pos];
    if (!isArabicLetterWord(t0) || this.covered[pos]) return pos;
    const r0 = t0.norm;
    const given = GIVEN_NAMES.has(r0);
    if (!given) {
      if (r0.length < 2 || this.isStop(pos)) return pos;
      // An article-initial word is a name only as a given name that takes ال (العربي الجعايدي) and
      // only with a second name after it (الخبير العربي إن …: no name).
      if (r0.startsWith('ال') && !(ARTICLE_GIVEN_NAMES.has(r0) && this.nameWordAt(pos + 1))) return pos;
      if (r0.endsWith('ه') || r0.endsWith('ات')) return pos;
      // The noun that starts a reporting verb's object (نفى الوزير وجود …، أعلن المدير بدء …) is no name.
      if (attributionLexicon().objectNouns.has(r0)) return pos;
      // Present-tense verbs (يزور، تبحث): prefix ي/ت/ن + consonant.
      if (r0.length >= 4 && 'يتن'.includes(r0[0]) && !'اوي'.includes(r0[1])) return pos;
      if (prepositionAndWord(r0)) return pos;
      if (this.kbAt(pos) || this.titleAt(pos) || this.bodyAt(pos)) return pos;
    }
    let e = pos + 1;
    while (e < this.n && e - pos < 4) {
      const t = this.toks[e];
      if (!isArabicLetterWord(t) || this.covered[e]) break;
      const r = t.norm;
      if (NAME_LINKS.has(r)) {
        e++;
        continue;
      }
      if (!GIVEN_NAMES.has(r)) {
        if (this.isStop(e) || r.endsWith('ات') || TITLE_MODIFIERS.has(r)) break;
        // A word in ة/ه is mostly a noun (…مسألة): only as the last word of a name, where the source
        // phrase of a reporting verb ends (جان كريستوف كاريه.، الحسين عموتة إن …، أشرف القدرة لـ…).
        if (r.endsWith('ه') && !this.nameEndsAfter(e, r)) break;
        if (this.kbAt(e) || this.titleAt(e) || this.bodyAt(e)) break;
        if (r.length >= 4 && 'يت'.includes(r[0]) && !'اوي'.includes(r[1])) break;
      }
      e++;
    }
    while (e > pos + 1 && NAME_LINKS.has(this.toks[e - 1].norm)) e--;
    return e;
  }

  /** قال الوزير خالد بدوره إن …: an adverb the tagger ran a name into (بدوره، أيضا، مجددا) is no part of it. */
  private withoutTrailingAdverbs(k: number, e: number): number {
    const stops = attributionLexicon().complementStarts;
    while (e > k + 1 && stops.has(this.toks[e - 1].norm)) e--;
    return e;
  }

  /**
   * Whether a name may end with token k (normalized `r`): the text ends or a punctuation mark
   * follows, or — for a word that may end a name there — what follows a speaker's name: the
   * claim's أن/إن, or ل before the outlet spoken to (لـ"الجزيرة"، لوكالة …، للصحفيين).
   */
  private nameEndsAfter(k: number, r: string): boolean {
    const next = this.toks[k + 1];
    if (!next || next.kind === 'punct') return true;
    if (next.kind !== 'word' || !mayEndSpeakerName(r)) return false;
    const w = next.norm;
    if (NAME_END_OPENERS.has(w) || w === 'ل') return true;
    const lex = attributionLexicon();
    return w.length > 3 && w.charCodeAt(0) === 0x644 && (lex.addresseeStems.has(w.slice(1)) || lex.addresseeStems.has('ا' + w.slice(2)));
  }

  /**
   * A word spelt as a function word whose normalized form is also a given name: على (on; ى → ي
   * makes it علي, Ali) after a title is the verb's preposition (شدد الرئيس على أن …، الوزير على
   * هامش …). The name is written with ي; the mark that tells them apart is lost in the reading.
   */
  private writtenAsFunctionWord(k: number): boolean {
    const t = this.toks[k];
    return t.kind === 'word' && this.unit.text.charCodeAt(t.end - 1) === 0x649 && this.isStop(k);
  }

  /** Whether token k could continue a name (a word that is no stop word, title, KB name or body). */
  private nameWordAt(k: number): boolean {
    if (k >= this.n || !isArabicLetterWord(this.toks[k]) || this.covered[k] || this.isStop(k)) return false;
    return !(this.kbAt(k) || this.titleAt(k) || this.bodyAt(k) || TITLE_MODIFIERS.has(this.toks[k].norm));
  }

  private isStop(k: number): boolean {
    for (const r of this.readings(k)) if (STOP.has(r)) return true;
    return false;
  }

  private anyCovered(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.covered[k]) return true;
    return false;
  }

  private tagAll(ner: Tagger): string[] | null {
    const tags: string[] = new Array(this.n).fill('O');
    try {
      for (const s of this.unit.sentences) {
        const words: string[] = [];
        for (let k = s.firstToken; k < s.endToken; k++) words.push(this.toks[k].surface);
        const out = ner.tag(words);
        for (let k = 0; k < words.length && k < out.length; k++) tags[s.firstToken + k] = String(out[k] ?? 'O');
      }
    } catch {
      return null;
    }
    return tags;
  }

  /**
   * A quoted outlet name opening at token i (لـ"سودان تريبيون"): one organization — the KB's if
   * one covers exactly the quoted words — and the token after the closing mark; else null.
   */
  private outletName(i: number): number | null {
    const name = outletNameAt(this.toks, i, (k) => this.readings(k));
    if (!name) return null;
    const end = name.last + 1;
    const kbm = this.kbAt(name.first);
    if (kbm && kbm.end === end && kbm.value.entry.type === 'ORG' && kbm.value.kind !== 'gentilic') this.pushKb(name.first, kbm);
    else {
      const ar = this.unit.text.slice(this.toks[name.first].start, this.toks[name.last].end);
      this.push(name.first, end, { type: 'ORG', entityId: `org:~${normKey(ar)}`, kind: 'name', via: 'pattern', name: { ar, en: null } });
    }
    return end + 1;
  }

  /** Bodies named by their description (مجلس النواب، المحكمة الدستورية) in the words left free. */
  private addInstitutions(): void {
    // Place names and gentilics by their first token, for جامعة القاهرة and الاتحاد العام التونسي:
    // they become part of the body's name.
    const places = new Map<number, LocalMention>();
    const gentilics = new Map<number, LocalMention>();
    for (const m of this.out) {
      if (m.type === 'LOC' && m.kind === 'name') places.set(m.start, m);
      if (m.kind === 'gentilic') gentilics.set(m.start, m);
    }
    const endToken = (m: LocalMention, from: number) => {
      let e = from;
      while (e < this.n && this.toks[e].start < m.end) e++;
      return e;
    };
    const context = {
      toks: this.toks, readings: (k: number) => this.readings(k), taken: (k: number) => this.covered[k] === 1,
      gentilicEnd: (k: number) => {
        const g = k < this.n ? gentilics.get(this.toks[k].start) : undefined;
        return g ? endToken(g, k) : -1;
      },
    };
    // The places and gentilics a body takes in are part of its name, not mentions of their own.
    const absorbed = new Set<LocalMention>();
    for (let k = 0; k < this.n; k++) {
      const place = k + 1 < this.n ? places.get(this.toks[k + 1].start) : undefined;
      const found = institutionAt(context, k) ?? (place ? placeInstitutionAt(context, k, endToken(place, k + 1)) : null);
      if (!found) continue;
      for (let e = k + 1; e < found.end; e++) {
        const inside = places.get(this.toks[e].start) ?? gentilics.get(this.toks[e].start);
        if (inside) absorbed.add(inside);
      }
      // The name without the clitic its head was read through (والمحكمة الدستورية → المحكمة الدستورية).
      const ar = this.cleanText(k, found.end, found.reading);
      this.push(k, found.end, { type: 'ORG', entityId: `org:~${normKey(ar)}`, kind: 'name', via: 'pattern', name: { ar, en: this.institutionEn(k, found.end, found.reading) } });
      k = found.end - 1;
    }
    if (absorbed.size) this.out = this.out.filter((m) => !absorbed.has(m));
  }

  /**
   * The tagger often stops after a given name (وقالت مونيكا | مالك، كبيرة …): the word right after a
   * one-word person span is the surname when it closes the phrase — punctuation or the paragraph's
   * end follows — and it can be nothing else: an untagged Arabic word, no stop word, title, KB
   * name or body, no article (not even behind a preposition: للصحفيين), no verb shape (يؤكد)
   * and no ending of a noun in ة/ات or of an adverb in ا (مجددا، مبتسما).
   */
  private surnameAfterGiven(k: number, tags: string[]): boolean {
    if (k >= this.n || tags[k] !== 'O' || !isArabicLetterWord(this.toks[k]) || this.covered[k]) return false;
    const after = this.toks[k + 1];
    const punct = !after || (after.kind === 'punct' && (after.norm === '،' || after.norm === ',' || after.norm === '.' || after.norm === '؛'));
    // Before a speaker's أن/إن or the outlet spoken to, too (الحسين | عموتة إن …، أشرف | القدرة لـ…).
    const r = this.toks[k].norm;
    const speaker = !punct && after.kind === 'word' && this.nameEndsAfter(k, r);
    if (!punct && !speaker) return false;
    if (r.length < 3 || (r.endsWith('ه') && !speaker) || r.endsWith('ات') || r.endsWith('ا') || this.isStop(k)) return false;
    if (r.length >= 4 && 'يتن'.includes(r[0]) && !'اوي'.includes(r[1])) return false;
    if (this.readings(k).some((x) => x.startsWith('ال')) || TITLE_MODIFIERS.has(r)) return false;
    return !(this.kbAt(k) || this.titleAt(k) || this.bodyAt(k));
  }

  /**
   * A month name that is also a given name (شعبان، رجب، رمضان) read in a date: a number or an
   * ordinal day before it (الخامس من شعبان، 5 رجب), or a year after it (شعبان 1447). The tagger
   * sees a person; the time pass reads the date.
   */
  private monthInDate(k: number): boolean {
    if (!this.readings(k).some((r) => MONTH_WORDS.has(r))) return false;
    const next = this.toks[k + 1];
    if (next && next.kind === 'number') return true;
    let b = k - 1;
    if (b >= 0 && this.toks[b].norm === 'من') b--;
    const prev = b >= 0 ? this.toks[b] : undefined;
    if (!prev) return false;
    return prev.kind === 'number' || ORDINALS.has(prev.norm) || MONTH_CUES.has(prev.norm);
  }

  private addTaggerSpans(tags: string[]): void {
    let k = 0;
    while (k < this.n) {
      const tag = tags[k];
      if (tag.length < 3 || (tag[0] !== 'B' && tag[0] !== 'I') || tag[1] !== '-') {
        k++;
        continue;
      }
      const kind = tag.slice(2);
      let e = k + 1;
      while (e < this.n && tags[e] === `I-${kind}`) e++;
      const type = mapNerType(kind);
      if (type === 'PER' && e === k + 1 && this.surnameAfterGiven(e, tags)) e++;
      if (type === 'PER') e = this.withoutTrailingAdverbs(k, e);
      if (type === 'PER' && e === k + 1 && attributionLexicon().complementStarts.has(this.toks[k].norm)) { k = e; continue; }
      if (e === k + 1 && this.monthInDate(k)) { k = e; continue; }
      // ANERcorp tags currencies (دولار، درهم) as MISC; for a reader a unit word is not a name.
      const unitWord = e === k + 1 && this.readings(k).some((r) => UNITS.has(r));
      if (type && !unitWord && !this.anyCovered(k, e) && this.toks[k].kind === 'word') {
        const orig = this.unit.text.slice(this.toks[k].start, this.toks[k].end);
        const r0 = this.toks[k].norm;
        // Tagger spans carry their clitics (ANERcorp style); the name is without و/ف — unless the
        // letter is the name's own (وليد، فريد، فراس): a given name, or too little left without it.
        const rest = r0.slice(1);
        const strip = (r0[0] === 'و' || r0[0] === 'ف') && !GIVEN_NAMES.has(r0) && (GIVEN_NAMES.has(rest) || rest.length >= 4) ? 1 : 0;
        const ar = orig.slice(strip) + this.unit.text.slice(this.toks[k].end, this.toks[e - 1].end);
        this.push(k, e, { type, entityId: `${type.toLowerCase()}:~${normKey(ar)}`, kind: 'name', via: 'ner', name: { ar, en: null } });
      }
      k = e;
    }
  }
}

/**
 * ب/ل and a dictionary word of four letters or more (اتهم الرئيس السابق بتكوين ثروة: ب + تكوين
 * "forming"): a preposition and a common word, not a name after a title. Names that begin with
 * those letters leave no dictionary word behind (بيتر، لوران، بنيامين), and short remainders
 * (بسمة، لبنى) are not judged.
 */
function prepositionAndWord(w: string): boolean {
  if ((w[0] !== 'ب' && w[0] !== 'ل') || w.length < 5) return false;
  const dict = dictionaryClasses();
  return !!dict.get(w.slice(1)) && !dict.get(w);
}

function mapNerType(t: string): EntityType | null {
  switch (t) {
    case 'PERS': case 'PER': return 'PER';
    case 'ORG': return 'ORG';
    case 'LOC': case 'GPE': return 'LOC';
    case 'MISC': return 'MISC';
    default: return null;
  }
}

/** Normalized tokens of a name joined by '-', for ids and comparisons. */
function normKey(s: string): string {
  return nameTokens(s).join('-');
}

/** A name's normalized words; memoized, as every document pass asks again for the same names (read-only arrays). */
const nameTokens = boundedMemo(50_000, (s: string): string[] => {
  const out: string[] = [];
  for (const t of tokenize(s)) if (t.kind === 'word') out.push(t.norm);
  return out;
}, detached);

// ---------------------------------------------------------------------------------------------
// Document pass

interface EntityState {
  entity: Entity;
  /** Normalized tokens of the full name (for partial names and surnames). */
  tokens: string[];
  firstPos: number;
  via: Mention['via'];
}

/** Linking's memo of one document (see relink.ts), kept in its analysis cache. */
export type EntityLinkMemo = LinkMemo<object>;
export const newLinkMemo = (): EntityLinkMemo => new LinkMemo<object>();

/**
 * Groups the document's mentions into entities and gives each mention its final entityId. With a
 * memo of the document's last linking and its paragraphs (`words.paragraphs`), an edit that changed
 * nothing linking reads reuses last time's decisions (relink.ts).
 */
export function linkEntities(mentions: Mention[], text: string, words?: DocumentSurnameWords, memo?: EntityLinkMemo): { mentions: Mention[]; entities: Entity[] } {
  try {
    return link(mentions as LocalMention[], text, currentKnowledgeBase(), words, memo as LinkMemo<EntityState> | undefined);
  } catch {
    const plain = mentions.filter((m) => m.kind !== 'title').map(toPublic);
    return { mentions: plain, entities: [] };
  }
}

function toPublic(m: LocalMention): Mention {
  const out: Mention = { start: m.start, end: m.end, text: m.text, type: m.type, entityId: m.entityId, kind: m.kind };
  if (m.via) out.via = m.via;
  return out;
}

type Linked = { mentions: Mention[]; entities: Entity[] };
/** A surname alone found by the rescan: its mention, its person, and the word it is (paragraph, index). */
type SurnameHit = { m: LocalMention; s: EntityState; para: number; word: number };

function link(input: LocalMention[], text: string, kb: KnowledgeBase, words?: DocumentSurnameWords, memo?: LinkMemo<EntityState>): Linked {
  // Defensive: inside the text, sorted, not overlapping. The mentions themselves, not copies: they
  // may be shared with the paragraph cache, so linking never changes them (a gentilic read as a
  // surname is recorded in `renamed`).
  const ms = inOrder(input, text.length);
  const paragraphs = words?.paragraphs;
  if (memo && paragraphs) {
    const reused = memo.reuse(kb, paragraphs);
    const relinked = reused && relink(ms, text, words!, reused, memo.surnames);
    if (relinked) {
      memo.relinked++;
      return relinked;
    }
  }
  const { assigned, renamed, extra, surnames } = decide(ms, text, kb, words);
  if (memo && paragraphs) {
    memo.remember({ kb, surnames }, paragraphs, byParagraph(ms, assigned, renamed, extra, words!, surnames));
    memo.linked++;
  }
  return emitLinked(ms, assigned, renamed, extra, false, memo && emittedOnce);
}

/** The fold of linking: each mention's entity state, the gentilics renamed, the surnames found alone. */
function decide(ms: LocalMention[], text: string, kb: KnowledgeBase, words?: DocumentSurnameWords):
  { assigned: Array<EntityState | undefined>; renamed: Set<LocalMention>; extra: SurnameHit[]; surnames: SurnameKeys | null } {
  const states = new Map<string, EntityState>();
  const persons: EntityState[] = [];
  const roles = new Map<string, EntityState[]>();
  /** Indices in `ms` of bare titles not yet linked. */
  const pending: number[] = [];
  // The entity of each mention, by its index in `ms` (an array, not a Map keyed by mention: ~10k a pass).
  const assigned: Array<EntityState | undefined> = new Array(ms.length);

  const byLast = new Map<string, EntityState[]>();
  const addPerson = (s: EntityState) => {
    persons.push(s);
    const last = s.tokens[s.tokens.length - 1];
    if (last === undefined) return;
    const list = byLast.get(last) ?? [];
    list.push(s);
    byLast.set(last, list);
  };

  const fromKb = (e: KbEntry, pos: number): EntityState => {
    let s = states.get(e.id);
    if (!s) {
      const entity: Entity = { id: e.id, kbId: e.id, type: e.type, name: { ar: e.ar, en: e.en }, mentions: [] };
      if (e.subtype) entity.subtype = e.subtype;
      const desc = e.description?.ar ?? e.description?.en ?? e.role;
      if (desc) entity.description = desc;
      if (e.wikidata) entity.wikidata = e.wikidata;
      s = { entity, tokens: nameTokens(e.ar), firstPos: pos, via: 'kb' };
      states.set(e.id, s);
      if (e.type === 'PER') addPerson(s);
    }
    return s;
  };

  const unknown = (m: LocalMention): EntityState => {
    const ar = m.name?.ar ?? m.text;
    const seen = states.get(m.entityId);
    if (seen && seen.entity.type === m.type && (m.kind !== 'name' || m.via !== 'ner' || m.type === 'PER')) {
      if (m.role && !seen.entity.description) seen.entity.description = m.role;
      return seen; // the same name again
    }
    const toks = nameTokens(ar);
    if ((m.type === 'PER' && m.kind === 'name') || m.via === 'ner') {
      // A partial name (surname alone, first + last) of a person named before. Tagger spans are
      // also tried as written (فيليو, not يليو) and whatever type the tagger gave them.
      let found = findPerson(byLast, toks);
      if (!found && m.via === 'ner') {
        const raw = nameTokens(m.text);
        if (raw.join(' ') !== toks.join(' ')) found = findPerson(byLast, raw) ?? personNamed(raw);
        if (!found && m.type !== 'PER') found = personNamed(toks);
      }
      if (found) {
        if (m.role && !found.entity.description) found.entity.description = m.role;
        return found;
      }
    }
    const id = m.entityId;
    let s = states.get(id);
    if (!s) {
      const entity: Entity = { id, kbId: null, type: m.type, name: { ar, en: m.name?.en ?? null }, mentions: [] };
      if (m.subtype) entity.subtype = m.subtype;
      if (m.role) entity.description = m.role;
      s = { entity, tokens: toks, firstPos: m.start, via: m.via };
      states.set(id, s);
      if (m.type === 'PER') addPerson(s);
    }
    return s;
  };

  const addRole = (key: string, s: EntityState) => {
    const list = roles.get(key);
    if (!list) roles.set(key, [s]);
    else if (list[list.length - 1] !== s) list.push(s);
  };

  const personNamed = (toks: string[]): EntityState | undefined => {
    const st = states.get(`per:~${toks.join('-')}`);
    return st && st.entity.type === 'PER' ? st : undefined;
  };

  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    let s: EntityState | undefined;
    if (m.kind === 'title') {
      for (const key of m.titleKeys ?? []) {
        const list = roles.get(key);
        if (list?.length) {
          s = list[list.length - 1];
          break;
        }
      }
      if (!s) {
        pending.push(i);
        continue;
      }
    } else if (m.kbId) {
      const e = kb.get(m.kbId);
      s = e ? fromKb(e, m.start) : unknown(m);
    } else {
      s = unknown(m);
    }
    assigned[i] = s;
    if (s.entity.type === 'PER' && m.kind !== 'title') {
      // The roles it was introduced with, then its KB role's (no array built per mention).
      if (m.roleKeys) for (const key of m.roleKeys) addRole(key, s);
      if (m.kbId) for (const key of kbRoleKeys(kb.get(m.kbId))) addRole(key, s);
    }
  }

  // Bare titles before the person they stand for (…أوضح الخبير السياسي … للمحلل السياسي الروسي X).
  for (const i of pending) {
    const m = ms[i];
    let best: { s: EntityState; at: number } | null = null;
    let lo = 0, hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid].start <= m.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < ms.length; k++) {
      const other = ms[k];
      if (other.start - m.start > CATAPHORA_WINDOW || hasLineBreak(text, m.end, other.start)) break;
      const linked = assigned[k];
      if (!other.roleKeys || !linked) continue;
      if ((m.titleKeys ?? []).some((k) => other.roleKeys!.includes(k) || other.roleKeys!.includes(k.split('|')[0]))) {
        best = { s: linked, at: other.start };
        break;
      }
    }
    if (best) assigned[i] = best.s;
  }

  // Surnames alone that the paragraph pass could not know (أونتيكوف after أندريه أونتيكوف).
  const renamed = new Set<LocalMention>();
  const { found: extra, keys: surnames } = rescanSurnames(text, ms, assigned, renamed, persons, words ?? { starts: [0], words: [surnameWords(text)] });
  return { assigned, renamed, extra, surnames };
}

/** Index in `ms` of each paragraph's first mention (the next one's, for a paragraph without), then ms.length. */
function paragraphStarts(ms: LocalMention[], starts: readonly number[]): number[] {
  const first: number[] = new Array(starts.length + 1);
  let i = 0;
  for (let p = 0; p < starts.length; p++) {
    while (i < ms.length && ms[i].start < starts[p]) i++;
    first[p] = i;
  }
  first[starts.length] = ms.length;
  return first;
}

/** Splits the decisions of a full linking by paragraph, for the memo. */
function byParagraph(ms: LocalMention[], assigned: Array<EntityState | undefined>, renamed: Set<LocalMention>, extra: SurnameHit[],
  words: DocumentSurnameWords, surnames: SurnameKeys | null): ParagraphDecisions<EntityState>[] {
  const first = paragraphStarts(ms, words.starts);
  const out = words.starts.map((_, p) => ({
    assigned: assigned.slice(first[p], first[p + 1]),
    renamed: Uint8Array.from(ms.slice(first[p], first[p + 1]), (m) => (renamed.has(m) ? 1 : 0)),
    hits: [] as Array<{ candidate: number; s: EntityState }>,
  }));
  // A hit is always one of the candidates (the rescan visits nothing else).
  for (const h of extra) out[h.para].hits.push({ candidate: surnameCandidates(words.words[h.para], surnames!).indexOf(h.word), s: h.s });
  return out;
}

/**
 * Last time's decisions applied to this version's mentions and surname words, paragraph by
 * paragraph (the memo checked that each paragraph's link key is the same); null if the counts
 * disagree after all (then the caller links in full).
 */
function relink(ms: LocalMention[], text: string, words: DocumentSurnameWords, decisions: ParagraphDecisions<EntityState>[],
  surnames: SurnameKeys | null): Linked | null {
  const { starts } = words;
  const first = paragraphStarts(ms, starts);
  const assigned: Array<EntityState | undefined> = new Array(ms.length);
  const renamed = new Set<LocalMention>();
  for (let p = 0; p < starts.length; p++) {
    const d = decisions[p];
    if (first[p + 1] - first[p] !== d.assigned.length) return null;
    for (let j = 0; j < d.assigned.length; j++) {
      assigned[first[p] + j] = d.assigned[j];
      if (d.renamed[j]) renamed.add(ms[first[p] + j]);
    }
  }
  const extra: SurnameHit[] = [];
  decisions.forEach((d, para) => {
    for (const { candidate, s } of d.hits) {
      const pos = words.words[para].pos;
      const word = surnameCandidates(words.words[para], surnames!)[candidate];
      extra.push({ m: surnameMention(text, starts[para] + pos[word * 3], starts[para] + pos[word * 3 + 1], s), s, para, word });
    }
  });
  return emitLinked(ms, assigned, renamed, extra, true, emittedOnce);
}

/**
 * The public mention (and entity span) last made from a linked mention. In a document analyzed
 * again and again (with a memo), placed mentions keep their identity from one analysis to the next
 * (placement.ts): while one neither moved nor changed entity, the next analysis shares what was
 * made from it (never mutated) instead of making ~10,000 new objects per edit on a long document.
 */
type Emitted = { pub: Mention; span: { start: number; end: number } };
const emittedOnce = new WeakMap<LocalMention, Emitted>();

/**
 * The linked mentions and the entities, in order of first mention. `fresh`: the states' entities
 * belong to an earlier analysis (relink), so copies are listed, each with its mentions anew.
 */
function emitLinked(ms: LocalMention[], assigned: Array<EntityState | undefined>, renamed: Set<LocalMention>, extra: SurnameHit[], fresh: boolean,
  emitted?: WeakMap<LocalMention, Emitted>): Linked {
  const out: Mention[] = [];
  const listed = new Map<EntityState, Entity>();
  const emit = (m: LocalMention, s: EntityState) => {
    const kind = renamed.has(m) ? 'name' : m.kind;
    let made = emitted?.get(m);
    const pub = made?.pub;
    if (!made || pub!.start !== m.start || pub!.end !== m.end || pub!.entityId !== s.entity.id || pub!.type !== s.entity.type || pub!.kind !== kind) {
      const fresh = toPublic(m);
      fresh.kind = kind;
      fresh.entityId = s.entity.id;
      fresh.type = s.entity.type;
      made = { pub: fresh, span: { start: m.start, end: m.end } };
      emitted?.set(m, made);
    }
    out.push(made.pub);
    let e = listed.get(s);
    if (!e) listed.set(s, (e = fresh ? { ...s.entity, mentions: [] } : s.entity));
    e.mentions.push(made.span);
  };
  // The linked mentions and the rescan's, in order: both lists are sorted by start and never
  // share one (a rescan hit is never covered by a mention), so a merge is their sort.
  let x = 0;
  for (let i = 0; i < ms.length; i++) {
    const s = assigned[i];
    if (!s) continue;
    while (x < extra.length && extra[x].m.start < ms[i].start) emit(extra[x].m, extra[x].s), x++;
    emit(ms[i], s);
  }
  for (; x < extra.length; x++) emit(extra[x].m, extra[x].s);
  return { mentions: out, entities: [...listed.values()] };
}

/** The mention of a surname alone linked to person `s`. */
function surnameMention(text: string, start: number, end: number, s: EntityState): LocalMention {
  return { start, end, text: text.slice(start, end), type: 'PER', entityId: s.entity.id, kind: 'name', via: s.via === 'kb' ? 'kb' : s.via ?? 'title' };
}

/** Title classes a KB person holds by their role (President of …, Foreign Minister of …), with their country. */
const KB_ROLE_CLASSES: Array<[RegExp, string]> = [
  [/^(Vice President|Deputy)/, ''],
  [/^President of|^Chairman of .*(Council|Presidential)/, 'president'],
  [/^Prime Minister of|^Premier of|^Chancellor of/, 'pm'],
  [/^Foreign Minister of|^Foreign Secretary|^US Secretary of State|Minister of State for Foreign Affairs/, 'minister-foreign'],
  [/^Defen[cs]e Minister of|^US Secretary of Defense/, 'minister-defense'],
  [/^Interior Minister of/, 'minister-interior'],
  [/^Finance Minister of|Secretary of the Treasury/, 'minister-finance'],
  [/^Energy Minister of/, 'minister-energy'],
  [/^King of|^Queen of|^Emir of|^Sultan of|^Crown Prince/, 'royal'],
  [/^Supreme Leader/, 'supreme-leader'],
  [/^Speaker of/, 'speaker'],
  [/spokes(man|woman|person)/i, 'spokesperson'],
];
const kbRoleCache = new WeakMap<KbEntry, string[]>();
function kbRoleKeys(e: KbEntry | undefined): string[] {
  if (!e || e.type !== 'PER' || !e.role) return [];
  let keys = kbRoleCache.get(e);
  if (!keys) {
    keys = [];
    for (const [re, cls] of KB_ROLE_CLASSES) {
      if (!re.test(e.role)) continue;
      if (cls) keys.push(cls, ...(e.country ? [`${cls}|${e.country}`] : []));
      break;
    }
    kbRoleCache.set(e, keys);
  }
  return keys;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2029) return true;
  }
  return false;
}

/** The person (most recently introduced) whose full name contains `toks` in order, ending with its last word. */
function findPerson(byLast: Map<string, EntityState[]>, toks: string[]): EntityState | undefined {
  if (!toks.length) return undefined;
  const persons = byLast.get(toks[toks.length - 1]);
  if (!persons) return undefined;
  for (let p = persons.length - 1; p >= 0; p--) {
    const full = persons[p].tokens;
    if (full.length <= toks.length) continue;
    let k = 0;
    for (const t of full) if (k < toks.length && t === toks[k]) k++;
    if (k === toks.length && full[full.length - 1] === toks[toks.length - 1]) return persons[p];
  }
  return undefined;
}

/** Normalized form of one letter, for the cheap last-letter filter (ة → ه, ى → ي, hamza-alefs → ا). */
function normLetter(c: number): number {
  if (c === 0x629) return 0x647;
  if (c === 0x649 || c === 0x6cc) return 0x64a;
  if (c === 0x622 || c === 0x623 || c === 0x625 || c === 0x671) return 0x627;
  return c;
}

/**
 * The words of a paragraph that could be a surname alone, found once per paragraph (and cached with
 * its result): each maximal run of Arabic word characters of 3+ code units with a reading that
 * could be a surname. `pos` holds, per word, its start and end (relative to the paragraph) and the
 * normalized form of its last letter; `readings` its readings that could be a surname, in order.
 */
export interface SurnameWords {
  pos: Int32Array;
  readings: string[][];
}

/** The paragraphs' surname words and where each paragraph starts in the document. */
export interface DocumentSurnameWords {
  starts: number[];
  words: SurnameWords[];
  /** Each paragraph's own text and mentions too (offsets relative to it): linking can then be memoized (relink.ts). */
  paragraphs?: LinkParagraph[];
}

function couldBeSurname(r: string): boolean {
  return r.length >= 3 && !STOP.has(r) && !GIVEN_NAMES.has(r) && !NAME_LINKS.has(r);
}

function surnameReadings(readings: string[]): string[] | null {
  let out: string[] | null = null;
  for (const r of readings) if (couldBeSurname(r)) (out ??= []).push(r);
  return out;
}

/** The surname words of a paragraph's text; `tokens` (its tokens, when known) save normalizing the words again. */
export function surnameWords(text: string, tokens?: Token[]): SurnameWords {
  const pos: number[] = [];
  const readings: string[][] = [];
  const n = text.length;
  let ti = 0;
  let i = 0;
  while (i < n) {
    if (!isArabicWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isArabicWordChar(text.charCodeAt(i))) i++;
    const end = i;
    if (end - start < 3) continue;
    let rs: string[] | null | undefined;
    if (tokens) {
      while (ti < tokens.length && tokens[ti].end <= start) ti++;
      const t = tokens[ti];
      if (t && t.start === start && t.end === end) {
        const f = t.form; // memoized in its entSurname slot
        rs = f.entSurname;
        if (rs === undefined) rs = f.entSurname = surnameReadings(formReadings(f));
      }
    }
    if (rs === undefined) rs = surnameReadings(readingsOf(normalizeWord(text.slice(start, end))));
    if (!rs) continue;
    let j = end - 1;
    while (j > start && isIgnorable(text.charCodeAt(j))) j--;
    pos.push(start, end, normLetter(text.charCodeAt(j)));
    readings.push(rs);
  }
  return { pos: new Int32Array(pos), readings }; // not Int32Array.from: its iterator protocol is several times slower
}

/**
 * Surnames alone of the people named in the document, looked up among the paragraphs' surname words
 * (found once per paragraph): only the words that could be one of the surnames are visited (found
 * once per paragraph and set of surnames, see surnameCandidates.ts), and a hit is kept only where
 * the tokenizer agrees it is a whole token.
 */
function rescanSurnames(text: string, ms: LocalMention[], assigned: Array<EntityState | undefined>, renamed: Set<LocalMention>,
  persons: EntityState[], words: DocumentSurnameWords): { found: SurnameHit[]; keys: SurnameKeys | null } {
  const bySurname = new Map<string, EntityState[]>();
  for (const s of persons) {
    if (s.tokens.length < 2) continue;
    const last = s.tokens[s.tokens.length - 1];
    if (last.length < 3 || STOP.has(last) || GIVEN_NAMES.has(last) || NAME_LINKS.has(last)) continue;
    const list = bySurname.get(last) ?? [];
    list.push(s);
    bySurname.set(last, list);
  }
  if (!bySurname.size) return { found: [], keys: null };
  const keys = surnameKeys(bySurname);
  const found: SurnameHit[] = [];
  let mi = 0;
  for (let p = 0; p < words.words.length; p++) {
    const base = words.starts[p];
    const { pos, readings } = words.words[p];
    // Only the words that could be one of the surnames (length, last letter, a reading among them).
    for (const w of surnameCandidates(words.words[p], keys)) {
      const x = w * 3;
      const start = base + pos[x];
      const end = base + pos[x + 1];
      while (mi < ms.length && ms[mi].end <= start) mi++;
      const cover = mi < ms.length && ms[mi].start < end ? ms[mi] : undefined;
      if (cover && (cover.kind !== 'gentilic' || renamed.has(cover))) continue;
      let hit: EntityState | undefined;
      for (const r of readings[w]) {
        const list = bySurname.get(r);
        if (!list) continue;
        for (let q = list.length - 1; q >= 0; q--) {
          if (list[q].firstPos < start) {
            hit = list[q];
            break;
          }
        }
        if (hit) break;
      }
      if (!hit || !isWholeToken(text, start, end)) continue;
      if (cover) {
        // A gentilic that is the surname of a person named before (السوداني), unless it follows a
        // title or a head noun it qualifies (الرئيس السوداني، الجيش السوداني).
        if (cover.start === start && cover.end === end) {
          const prev = previousWord(text, start);
          if (!prev || !(TITLES.firstMax.has(prev) || BODIES.firstMax.has(prev) || isTitleWord(prev))) {
            renamed.add(cover); // now a name (its type comes from the person it is linked to)
            assigned[mi] = hit;
          }
        }
        continue;
      }
      found.push({ m: surnameMention(text, start, end, hit), s: hit, para: p, word: w });
    }
  }
  return { found, keys };
}

/** Words that end a title or a head phrase (الوزراء in رئيس الوزراء السوداني). */
const TITLE_TAIL_WORDS = new Set(['الوزراء', 'الحكومه', 'الجمهوريه', 'الدوله', 'الخارجيه', 'الدفاع', 'الداخليه',
  'الجيش', 'السفير', 'الرئيس', 'المبعوث', 'الوفد', 'الشعب', 'البرلمان', 'المجلس'].map(normalizeWord));
function isTitleWord(norm: string): boolean {
  return TITLE_TAIL_WORDS.has(norm) || TITLES.map.has(norm);
}
