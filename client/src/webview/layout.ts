// Where things go on the timeline's vertical axis. Pure (no DOM), so it is unit-tested in Node.
//
// Cards have heights only the browser knows (text wraps at side-bar widths), so positions are not
// absolute: the layout is a sequence of rows — year markers, spacers whose height is proportional
// to the time between two events, breaks where the gap is too long to draw to scale, and the
// event cards themselves — that the page stacks top to bottom.

export type Row =
  | { kind: 'year'; year: number }
  /** Empty axis, `height` pixels for the time it stands for. */
  | { kind: 'gap'; height: number }
  /** A gap too long to draw to scale: the axis is cut and labelled with the time it skips. */
  | { kind: 'break'; days: number; label: string }
  | { kind: 'event'; index: number };

export interface LayoutOptions {
  /** Axis length for one year of time. */
  pxPerYear: number;
  /** Gaps longer than this many days are drawn as a break instead of to scale. */
  breakAfterDays: number;
  /** Spacers shorter than this are dropped (the cards' own margins separate them). */
  minGap: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { pxPerYear: 120, breakAfterDays: 2 * 365 + 1, minGap: 2 };

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD, years before 100 and negative years too). */
export function dayNumber(iso: string): number {
  const m = /^(-?\d{1,6})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return NaN;
  const d = new Date(Date.UTC(2000, +m[2] - 1, +m[3]));
  d.setUTCFullYear(+m[1]);
  return Math.round(d.getTime() / DAY_MS);
}

function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

function firstDayOfYear(year: number): number {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year);
  return Math.round(d.getTime() / DAY_MS);
}

/** Arabic counted nouns: 1 سنة، 2 سنتان، 3–10 سنوات، 11+ سنة. */
function arabicCount(n: number, one: string, two: string, few: string, many: string): string {
  if (n === 1) return one;
  if (n === 2) return two;
  if (n <= 10) return `${n} ${few}`;
  return `${n} ${many}`;
}

/** "6 years · 6 سنوات", "8 months · 8 أشهر" — the time a break skips. */
export function formatSpan(days: number): string {
  if (days >= 335) {
    const n = Math.max(1, Math.round(days / 365.25));
    return `${n} year${n === 1 ? '' : 's'} · ${arabicCount(n, 'سنة', 'سنتان', 'سنوات', 'سنة')}`;
  }
  const n = Math.max(1, Math.round(days / 30.44));
  return `${n} month${n === 1 ? '' : 's'} · ${arabicCount(n, 'شهر', 'شهران', 'أشهر', 'شهراً')}`;
}

/**
 * Rows for events whose start dates are `starts` (ISO, in the order they are shown — chronological).
 * Every event index appears exactly once and in order; a year marker precedes the first event of
 * each year; years crossed inside a to-scale gap get their marker where they begin.
 */
export function layoutTimeline(starts: readonly string[], options: Partial<LayoutOptions> = {}): Row[] {
  const o = { ...DEFAULT_LAYOUT, ...options };
  const pxPerDay = o.pxPerYear / 365.25;
  const rows: Row[] = [];
  const gap = (days: number) => {
    const height = Math.round(days * pxPerDay);
    if (height >= o.minGap) rows.push({ kind: 'gap', height });
  };
  let prev: number | undefined;
  starts.forEach((iso, index) => {
    let day = dayNumber(iso);
    if (Number.isNaN(day)) day = prev ?? 0;
    if (prev !== undefined && day < prev) day = prev; // not chronological: keep the order, draw no gap
    const year = yearOf(day);
    if (prev === undefined) {
      rows.push({ kind: 'year', year });
    } else if (day - prev > o.breakAfterDays) {
      rows.push({ kind: 'break', days: day - prev, label: formatSpan(day - prev) });
      rows.push({ kind: 'year', year });
    } else {
      let cursor = prev;
      for (let y = yearOf(prev) + 1; y <= year; y++) {
        const boundary = firstDayOfYear(y);
        gap(boundary - cursor);
        rows.push({ kind: 'year', year: y });
        cursor = boundary;
      }
      gap(day - cursor);
    }
    rows.push({ kind: 'event', index });
    prev = day;
  });
  return rows;
}

/** The index of the card to focus after pressing `key` on card `current` of `count` cards. */
export function nextCard(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown': case 'ArrowRight': return Math.min(count - 1, current + 1);
    case 'ArrowUp': case 'ArrowLeft': return Math.max(0, current - 1);
    case 'Home': return 0;
    case 'End': return count - 1;
    case 'PageDown': return Math.min(count - 1, current + 5);
    case 'PageUp': return Math.max(0, current - 5);
    default: return undefined;
  }
}

/** "September 2024 · أيلول 2024" → its English and Arabic halves. */
export function splitLabel(label: string): { en: string; ar: string } {
  const i = label.indexOf(' · ');
  return i < 0 ? { en: label, ar: '' } : { en: label.slice(0, i), ar: label.slice(i + 3) };
}

export interface Filter {
  entity: string;
  source: string;
}

/** Filter values: '' keeps everything; the source filter also takes UNATTRIBUTED. */
export const UNATTRIBUTED = '\u0000unattributed';

export function matchesFilter(
  e: { entityIds: readonly string[]; source?: { name: string } },
  f: Filter,
): boolean {
  if (f.entity && !e.entityIds.includes(f.entity)) return false;
  if (f.source === UNATTRIBUTED) return !e.source;
  if (f.source && e.source?.name !== f.source) return false;
  return true;
}
