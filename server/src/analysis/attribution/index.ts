// Attribution: cues, reporting verbs, quotes and their sources; claims and their scope.
//  - findAttributions (paragraph pass, cached by paragraph text): find.ts, on the phrases of
//    nounPhrase.ts and the lexicon in data/lexicon/attribution.json;
//  - resolveAttributions (document pass): resolve.ts.
// Neither throws: a failure costs the attributions of that paragraph or document, nothing else.
import { Attribution, Mention } from '../types';
import { TextUnit } from '../textUnit';
import { findAttributionsIn } from './find';
import { resolveAttributionsIn } from './resolve';
import { AttributionMemo as Memo, ParagraphAttributions } from './reresolve';

export type { ParagraphAttributions };

export function findAttributions(unit: TextUnit, mentions: Mention[]): Attribution[] {
  try {
    return findAttributionsIn(unit, mentions);
  } catch {
    return [];
  }
}

/**
 * The document's attributions resolved again after an edit, only near it when the mentions are
 * last time's elsewhere (reresolve.ts). Like resolveAttributions, it never throws: a failure
 * forgets the memo and returns the attributions unresolved.
 */
export class AttributionMemo {
  private memo = new Memo();
  get resolved(): number {
    return this.memo.resolved;
  }
  get reused(): number {
    return this.memo.reused;
  }
  resolve(paragraphs: readonly ParagraphAttributions[], mentions: Mention[], text: string, mentionsAsBefore: boolean): Attribution[] {
    try {
      return this.memo.resolve(paragraphs, mentions, text, mentionsAsBefore);
    } catch {
      this.memo = new Memo();
      return paragraphs.flatMap((p) => p.attributions).filter((a) => a.source.text !== '');
    }
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
