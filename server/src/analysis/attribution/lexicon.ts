// The attribution lexicon (data/lexicon/attribution.json), normalized once into hash sets and maps
// so that every check during analysis is a constant-time lookup on a token's normalized form.
import raw from '../../../../data/lexicon/attribution.json';
import { normalizeWord } from '../normalize';

export type Opener = 'that' | 'colon' | 'quote' | 'ila' | 'ala' | 'min' | 'an' | 'bi' | 'object' | 'via';

export interface VerbEntry {
  lemma: string;
  en: string;
  takes: ReadonlySet<Opener>;
  continuing: boolean;
  /** True when this form is the circumstantial participle (مؤكدا، مشيرة …). */
  circumstantial: boolean;
  /** A passive form (أُفيد، قيل): nobody is named; the claim's source is unnamed. */
  passive: boolean;
  /** Reports speech only when what it introduces opens with a quotation (دعا إلى «…»). */
  quoted: boolean;
}

export interface CueEntry {
  /** Normalized words; the first may carry a و prefix in the text. */
  words: string[];
  en: string;
  lam: boolean;
  ma: boolean;
  noFa: boolean;
  skipNoun: boolean;
  that: boolean;
}

interface RawVerb { lemma: string; en: string; forms: string[]; circumstantial: string[]; takes: string[]; continuing?: boolean; passive?: boolean; quoted?: boolean }
interface RawCue { words: string[]; en: string; lam?: boolean; ma?: boolean; noFa?: boolean; skipNoun?: boolean; that?: boolean }

const n = (w: string) => normalizeWord(w);
const set = (ws: readonly string[]) => new Set(ws.map(n));

export interface Lexicon {
  verbs: Map<string, VerbEntry>;
  mainVerbs: Set<string>;
  /** Cues by their (normalized) first word. */
  cues: Map<string, CueEntry[]>;
  statementNouns: Set<string>;
  authorLinks: Set<string>;
  nonSourceHeads: Set<string>;
  anonymousHeads: Set<string>;
  anonymousModifiers: Set<string>;
  anonymityWords: Set<string>;
  anonymityEnds: Set<string>;
  genericHeads: Set<string>;
  /** Role word (normalized, without ال) → class index: خبير and محلل share a class. */
  roleClass: Map<string, number>;
  headNouns: Set<string>;
  addresseeStems: Set<string>;
  complementStarts: Set<string>;
  statementAfterFi: Set<string>;
  reportNouns: Set<string>;
  institutionHeads: Set<string>;
  objectNouns: Set<string>;
  mediaNouns: Set<string>;
  timeNouns: Set<string>;
  envoyHeads: Set<string>;
  clauseConnectors: Set<string>;
}

function build(): Lexicon {
  const verbs = new Map<string, VerbEntry>();
  for (const v of raw.verbs as RawVerb[]) {
    const takes = new Set(v.takes as Opener[]);
    const base = { lemma: v.lemma, en: v.en, takes, continuing: !!v.continuing, passive: !!v.passive, quoted: !!v.quoted };
    for (const f of v.forms) verbs.set(n(f), { ...base, circumstantial: false });
    for (const f of v.circumstantial) verbs.set(n(f), { ...base, circumstantial: true });
  }
  const cues = new Map<string, CueEntry[]>();
  for (const c of raw.cues as RawCue[]) {
    const e: CueEntry = {
      words: c.words.map(n), en: c.en, lam: !!c.lam, ma: !!c.ma, noFa: !!c.noFa, skipNoun: !!c.skipNoun, that: !!c.that,
    };
    const list = cues.get(e.words[0]) ?? [];
    list.push(e);
    list.sort((a, b) => b.words.length - a.words.length); // longest first
    cues.set(e.words[0], list);
  }
  const roleClass = new Map<string, number>();
  (raw.roleClasses as string[][]).forEach((cls, i) => {
    for (const w of cls) {
      const k = n(w);
      roleClass.set(k.startsWith('ال') ? k.slice(2) : k, i);
    }
  });
  return {
    verbs,
    mainVerbs: set(raw.mainVerbs),
    cues,
    statementNouns: set(raw.statementNouns),
    authorLinks: set(raw.authorLinks),
    nonSourceHeads: set(raw.nonSourceHeads),
    anonymousHeads: set(raw.anonymousHeads),
    anonymousModifiers: set(raw.anonymousModifiers),
    anonymityWords: set(raw.anonymityWords),
    anonymityEnds: set(raw.anonymityEnds),
    genericHeads: set(raw.genericHeads),
    roleClass,
    headNouns: set(raw.headNouns),
    addresseeStems: set(raw.addresseeStems),
    complementStarts: set(raw.complementStarts),
    statementAfterFi: set(raw.statementAfterFi),
    reportNouns: set(raw.reportNouns),
    institutionHeads: set(raw.institutionHeads),
    objectNouns: set(raw.objectNouns),
    mediaNouns: set(raw.mediaNouns),
    timeNouns: set(raw.timeNouns),
    envoyHeads: new Set(raw.envoyHeads.map((w: string) => normalizeWord(w))),
    clauseConnectors: set(raw.clauseConnectors),
  };
}

let cached: Lexicon | undefined;
export function lexicon(): Lexicon {
  return (cached ??= build());
}
