// `sanad tag-conll`: the editor's entity pipeline (knowledge base, title patterns, tagger) on
// pre-tokenized CoNLL input. Each sentence's tokens are joined with spaces into a paragraph, its
// mentions are found exactly as in the editor, and mapped back to the tokens they cover.
// Gentilics (العراقي) and bare titles (المستشرق) are not names in ANERcorp's scheme, so they stay O.
import { findMentions } from './entities';
import { makeTextUnit } from './textUnit';
import { ExtraSpan, tagConll } from './ner/conll';
import { Mention } from './types';

const CONLL_TYPE: Record<string, ExtraSpan['type']> = { PER: 'PERS', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

/** Mentions of one pre-tokenized sentence as token spans. */
export function sentenceSpans(tokens: readonly string[]): ExtraSpan[] {
  const starts: number[] = [];
  let text = '';
  for (const t of tokens) {
    if (text) text += ' ';
    starts.push(text.length);
    text += t;
  }
  const tokenAt = (offset: number) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const spans: ExtraSpan[] = [];
  for (const m of findMentions(makeTextUnit(text)) as Mention[]) {
    if (m.kind !== 'name') continue;
    const type = CONLL_TYPE[m.type];
    if (!type) continue;
    spans.push({ start: tokenAt(m.start), end: tokenAt(Math.max(m.start, m.end - 1)) + 1, type });
  }
  return spans;
}

/** CoNLL lines in, the same lines with one more column (the predicted IOB2 tag) out. */
export function tagConllWithPipeline(conll: string): string {
  return tagConll(conll, { extraSpans: sentenceSpans });
}
