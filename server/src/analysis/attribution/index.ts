// Attribution: cues, reporting verbs, quotes and their sources; claims and their scope.
import { Attribution, Mention } from '../types';
import { TextUnit } from '../textUnit';

export function findAttributions(_unit: TextUnit, _mentions: Mention[]): Attribution[] {
  return [];
}

/** Document pass: sources that point back (المستشرق → the analyst named before), continuing reports. */
export function resolveAttributions(attributions: Attribution[], _mentions: Mention[], _text: string): Attribution[] {
  return attributions;
}
