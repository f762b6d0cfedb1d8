// The tense of the clause around a time expression, from the nearest verb or particle that tells
// it: سوف، سـ + imperfect (ستبدأ)، أن + imperfect (تأمل أن تبدأ)، hope and plan verbs → future;
// common past-tense reporting and event verbs (أعلن، جرت، قُتل)، قد + verb، لم، منذ → past.
import { Token } from '../tokenize';
import { futurePrefixExclusions, lookupWithClitics } from './lexicon';
import { Tense } from './model';

const BACK = 12;
const FORWARD = 5;

function isImperfectPrefix(c: number): boolean {
  return c === 0x64a || c === 0x62a || c === 0x646; // ي ت ن
}

/** A word's tense signal, or undefined. */
function cue(tok: Token, prev: Token | undefined): Tense | undefined {
  if (tok.kind !== 'word') return undefined;
  const w = tok.norm;
  const f = tok.form;
  let r = f.time as ReturnType<typeof lookupWithClitics> | null | undefined;
  if (r === undefined) f.time = r = lookupWithClitics(w) || null;
  if (r) {
    if (r.e.futureCue) return 'future';
    if (r.e.pastVerb) return 'past';
    if (r.e.kw === 'since') return 'past';
  }
  if (w === 'قد' || w === 'لقد' || w === 'وقد' || w === 'فقد' || w === 'لم' || w === 'ولم' || w === 'لما') return 'past';
  // سـ + imperfect: ستبدأ، سيتم، وستعقد
  let s = w;
  if ((s.charCodeAt(0) === 0x648 || s.charCodeAt(0) === 0x641) && s.length > 4) s = s.slice(1);
  if (s.charCodeAt(0) === 0x633 && s.length >= 4 && isImperfectPrefix(s.charCodeAt(1)) && !futurePrefixExclusions.has(s)
    && !futurePrefixExclusions.has(w)) {
    return 'future';
  }
  // أن + imperfect: تأمل أن تبدأ
  if (prev && (prev.norm === 'ان' || prev.norm === 'وان' || prev.norm === 'لن') && isImperfectPrefix(w.charCodeAt(0)) && w.length >= 3) {
    return 'future';
  }
  return undefined;
}

/**
 * The tense nearest to tokens [first, last) inside the sentence [sFirst, sEnd): looking back up to
 * BACK tokens and forward up to FORWARD, the closer cue wins (back wins a tie).
 */
export function clauseTense(tokens: Token[], first: number, last: number, sFirst: number, sEnd: number):
  { tense: Tense; cue: string; at: number } | undefined {
  const lo = Math.max(sFirst, first - BACK);
  const hi = Math.min(sEnd, last + FORWARD);
  let dist = 1;
  let fStop = false, bStop = false;
  const isClauseEnd = (tok: Token) => tok.kind === 'punct' && tok.norm !== '/' && tok.norm !== '(' && tok.norm !== ')';
  for (;;) {
    const b = first - dist, f = last - 1 + dist;
    if ((b < lo || bStop) && (f >= hi || fStop)) return undefined;
    if (b >= lo && !bStop) {
      // The backward search stops at the clause's start too ("… المقبل، في إطار خطة أقرتها في نيسان"),
      // unless the punctuation only sets the expression off ("تبون، الإثنين، …").
      if (isClauseEnd(tokens[b]) && b < first - 1) bStop = true;
      else if (isClauseEnd(tokens[b])) { /* the expression's own comma */ }
      else {
        const t = cue(tokens[b], tokens[b - 1]);
        if (t) return { tense: t, cue: tokens[b].norm, at: b };
      }
    }
    if (f < hi && !fStop) {
      const tok = tokens[f];
      if (isClauseEnd(tok)) {
        fStop = true; // the forward search stops at the clause's end
      } else {
        const t = cue(tok, tokens[f - 1]);
        if (t) return { tense: t, cue: tok.norm, at: f };
      }
    }
    dist++;
  }
}
