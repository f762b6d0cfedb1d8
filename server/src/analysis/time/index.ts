// Time expressions: found per paragraph, then resolved in document order against the DCT.
import { DocumentDate, TimeExpression } from '../types';
import { TextUnit } from '../textUnit';

/** A time expression as found in a paragraph, before its value is resolved. */
export interface TimeMention {
  start: number;
  end: number;
  text: string;
}

export function findTimes(_unit: TextUnit): TimeMention[] {
  return [];
}

export function resolveTimes(_found: TimeMention[], _dct: DocumentDate): TimeExpression[] {
  return [];
}

export function documentDate(_text: string, option?: string): DocumentDate {
  if (option) return { value: option, origin: 'option', reason: 'set by the reader' };
  const today = new Date().toISOString().slice(0, 10);
  return { value: today, origin: 'today', reason: 'no date in the article: today' };
}
