// Attribution: cues, reporting verbs, quotes and their sources; claims and their scope.
//  - findAttributions (paragraph pass, cached by paragraph text): find.ts, on the phrases of
//    nounPhrase.ts and the lexicon in data/lexicon/attribution.json;
//  - resolveAttributions (document pass): resolve.ts.
// Neither throws: a failure costs the attributions of that paragraph or document, nothing else.
import { Attribution, Mention } from '../types';
import { TextUnit } from '../textUnit';
import { findAttributionsIn } from './find';
import { resolveAttributionsIn } from './resolve';
import { AttributionMemo, ParagraphAttributions } from './reresolve';

export { AttributionMemo };
export type { ParagraphAttributions };

export function findAttributions(unit: TextUnit, mentions: Mention[]): Attribution[] {
  try {
    return findAttributionsIn(unit, mentions);
  } catch {
    return [];
  }
}

/** Document pass: sources that point back (المستشرق → the analyst named before), continuing reports. */
export function resolveAttributions(attributions: Attribution[], mentions: Mention[], text: string): Attribution[] {
  try {
    return resolveAttributionsIn(attributions, mentions, text);
  } catch {
    return unresolved(attributions);
  }
}

/**
 * The same with the document's memo, after an edit: only near it when the mentions are last time's
 * elsewhere (reresolve.ts). A failure leaves the memo empty (it forgets its last pass before it
 * starts), so the next edit resolves everything.
 */
export function resolveAttributionsAgain(memo: AttributionMemo, paragraphs: readonly ParagraphAttributions[], mentions: Mention[],
  text: string, mentionsAsBefore: boolean): Attribution[] {
  try {
    return memo.resolve(paragraphs, mentions, text, mentionsAsBefore);
  } catch {
    return unresolved(paragraphs.flatMap((p) => p.attributions));
  }
}

/** What is left when resolution failed: the attributions as found, those with a source. */
function unresolved(attributions: readonly Attribution[]): Attribution[] {
  return attributions.filter((a) => a.source.text !== '');
}
