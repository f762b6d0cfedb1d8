// TimelineJS's JSON: `events` with `start_date` (and `end_date` for spans), `text` with a
// headline and body. TimelineJS renders these fields as HTML, so article text is escaped.
import { TimelineResult } from '../protocol';

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

interface TimelineJsDate { year: number; month?: number; day?: number; display_date?: string }

function date(iso: string, precision: string, label: string): TimelineJsDate {
  const [y, m, d] = iso.split('-').map(Number);
  const out: TimelineJsDate = { year: y };
  if (precision !== 'year' && precision !== 'decade') out.month = m;
  if (precision === 'day' || precision === 'now') out.day = d;
  out.display_date = label;
  return out;
}

export function toTimelineJs(result: TimelineResult, title = 'Timeline'): object {
  return {
    title: { text: { headline: html(title), text: `Document date: ${html(result.dct.value)}` } },
    events: result.events.map((e) => {
      const ev: Record<string, unknown> = {
        start_date: date(e.start, e.precision, e.label),
        text: {
          headline: html(e.label),
          text: `<p dir="rtl" lang="ar">${html(e.text)}</p>` +
            (e.entityNames.length ? `<p>${html(e.entityNames.join(' · '))}</p>` : '') +
            `<p>Source: ${e.source ? html(e.source.name) : 'unattributed'}</p>`,
        },
        unique_id: `sanad-${e.range.start.line}-${e.range.start.character}-${e.value}`,
      };
      if (e.end && e.end !== e.start && e.precision !== 'now') ev.end_date = date(e.end, e.precision, e.label);
      if (e.source) ev.group = e.source.name;
      return ev;
    }),
  };
}
