// Attribution: cues, reporting verbs, quotes and their sources; claims and their scope.
//  - findAttributions (paragraph pass, cached by paragraph text): find.ts, on the phrases of
//    nounPhrase.ts and the lexicon in data/lexicon/attribution.json;
//  - resolveAttributions (document pass): resolve.ts.
// Neither throws: a failure costs the attributions of that paragraph or document, nothing else.
import { Attribution, Mention } from '../types';
import { TextUnit } from '../textUnit';
import { findAttributionsIn } from './find';
import { resolveAttributionsIn } from './resolve';

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
    return attributions.filter((a) => a.source.text !== '');
  }
}
