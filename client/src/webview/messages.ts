// Messages between the timeline webview and the extension, as discriminated unions with
// validators used on both sides (a webview is a browser page: anything it sends is checked, and
// the page checks what it receives too). No 'vscode' and no DOM imports here.
import type { TimelineEvent, TimelineResult } from '../../../server/src/protocol';

/** Why there is nothing to draw. */
export type EmptyReason = 'noEditor' | 'notRead' | 'loading' | 'error';

/** Extension → webview. */
export type ToWebview =
  | { type: 'timeline'; documentName: string; result: TimelineResult }
  | { type: 'empty'; reason: EmptyReason; message: string };

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  /** Reveal and select the clause of events[index] of the timeline last posted for `uri`. */
  | { type: 'reveal'; uri: string; version: number; index: number }
  | { type: 'error'; message: string };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);
const PRECISIONS = new Set(['day', 'week', 'month', 'season', 'quarter', 'year', 'decade', 'now']);
const SOURCE_KINDS = new Set(['named', 'anonymous', 'generic']);
const EMPTY_REASONS = new Set(['noEditor', 'notRead', 'loading', 'error']);
const ISO_DATE = /^-?\d{4,6}-\d{2}-\d{2}$/;

function isPosition(x: unknown): boolean {
  return isObject(x) && isCount(x.line) && isCount(x.character);
}

export function isTimelineEvent(x: unknown): x is TimelineEvent {
  if (!isObject(x)) return false;
  if (!isString(x.value) || !isString(x.label) || !isString(x.text)) return false;
  if (!isString(x.start) || !ISO_DATE.test(x.start)) return false;
  if (x.end !== undefined && (!isString(x.end) || !ISO_DATE.test(x.end))) return false;
  if (!isString(x.precision) || !PRECISIONS.has(x.precision)) return false;
  if (!isObject(x.range) || !isPosition(x.range.start) || !isPosition(x.range.end)) return false;
  if (!isStringArray(x.entityIds) || !isStringArray(x.entityNames) || x.entityIds.length !== x.entityNames.length) return false;
  if (x.source !== undefined) {
    if (!isObject(x.source) || !isString(x.source.name) || !isString(x.source.kind) || !SOURCE_KINDS.has(x.source.kind)) return false;
  }
  return true;
}

export function isTimelineResult(x: unknown): x is TimelineResult {
  return isObject(x) && isString(x.uri) && typeof x.version === 'number'
    && isObject(x.dct) && isString(x.dct.value) && isString(x.dct.origin)
    && Array.isArray(x.events) && x.events.every(isTimelineEvent);
}

export function isToWebview(x: unknown): x is ToWebview {
  if (!isObject(x)) return false;
  switch (x.type) {
    case 'timeline': return isString(x.documentName) && isTimelineResult(x.result);
    case 'empty': return isString(x.reason) && EMPTY_REASONS.has(x.reason) && isString(x.message);
    default: return false;
  }
}

export function isFromWebview(x: unknown): x is FromWebview {
  if (!isObject(x)) return false;
  switch (x.type) {
    case 'ready': return true;
    case 'reveal': return isString(x.uri) && typeof x.version === 'number' && isCount(x.index);
    case 'error': return isString(x.message) && x.message.length <= 2000;
    default: return false;
  }
}

/** Words the page shows itself; the extension passes their translations in `data-strings`. */
export const WEBVIEW_STRINGS = [
  'Entity', 'All entities', 'Source', 'All sources', 'Who', 'unattributed', 'Unattributed',
  'No source is given for this clause', 'No dated events in this article yet.', 'Clear filters',
  'No events match these filters.', 'Events in time', 'Loading…',
] as const;
export type WebviewString = (typeof WEBVIEW_STRINGS)[number];
