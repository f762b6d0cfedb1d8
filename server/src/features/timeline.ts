// The timeline: the article's dated clauses in the order they happened, for the timeline view
// and the exports. Reads the Analysis only; the view and the CLI decide how to show it.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Event } from '../analysis/types';
import { timeInterval, timeLabel } from '../analysis/timeLabel';
import { TimelineEvent, TimelineResult } from '../protocol';
import { describeSource, entityById } from './lookup';

/** Durations (P2M), sets and times of day say how long or how often, not when: they are not events. */
function isDuration(a: Analysis, ev: Event): boolean {
  if (/^P[\dTX]/.test(ev.value) || /^T\d/.test(ev.value)) return true; // P2M, PT3H, PXY; T14:00
  const t = ev.time !== undefined ? a.times[ev.time] : undefined;
  return !!t && (t.type === 'DURATION' || t.type === 'SET');
}

/** "now · الآن" made concrete: "now (25 July 2024) · الآن (25 تموز 2024)". */
function presentLabel(dct: string): string {
  const [en, ar] = timeLabel(dct).split(' · ');
  return `now (${en}) · الآن (${ar ?? en})`;
}

/** The events of the analysis placed in time: chronological by start, then in document order. */
export function timeline(doc: TextDocument, a: Analysis): TimelineResult {
  const dct = a.dct.value;
  const text = doc.getText();
  const length = text.length;
  const placed: Array<{ event: TimelineEvent; offset: number }> = [];
  for (const ev of a.events) {
    if (isDuration(a, ev)) continue;
    const interval = timeInterval(ev.value, dct);
    if (!interval) continue; // PAST_REF, FUTURE_REF and other values with no place on a calendar
    // The clause without the spaces and line breaks around it: that is what a click selects.
    let start = Math.max(0, Math.min(ev.start, length));
    let end = Math.max(start, Math.min(ev.end, length));
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const entityIds = [...new Set(ev.entityIds)].filter((id) => entityById(a, id));
    const entityNames = entityIds.map((id) => {
      const e = entityById(a, id)!;
      return e.name.en ?? e.name.ar;
    });
    const at = ev.attribution !== undefined ? a.attributions[ev.attribution] : undefined;
    const event: TimelineEvent = {
      value: ev.value,
      label: ev.value === 'PRESENT_REF' ? presentLabel(dct) : timeLabel(ev.value),
      start: interval.start,
      precision: interval.precision,
      range: { start: doc.positionAt(start), end: doc.positionAt(end) },
      text: ev.text.trim(),
      entityIds,
      entityNames,
    };
    if (interval.end !== interval.start) event.end = interval.end;
    if (at) event.source = { name: describeSource(a, at), kind: at.source.kind };
    placed.push({ event, offset: start });
  }
  placed.sort((x, y) => (x.event.start < y.event.start ? -1 : x.event.start > y.event.start ? 1 : x.offset - y.offset));
  return {
    uri: doc.uri,
    version: doc.version,
    dct: { value: dct, origin: a.dct.origin },
    events: placed.map((p) => p.event),
  };
}
