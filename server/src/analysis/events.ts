// Events: each dated clause becomes an event for the timeline.
import { Attribution, Event, Mention, TimeExpression } from './types';

export function buildEvents(_text: string, _times: TimeExpression[], _mentions: Mention[], _attributions: Attribution[]): Event[] {
  return [];
}
