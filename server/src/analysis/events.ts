// Events: each dated clause becomes an event for the timeline. The clause is the sentence holding
// the date; when a sentence holds several dates, it is cut at its commas and semicolons so that
// each date keeps the part it governs ("... في سبتمبر المقبل، واستكمالها في خريف عام 2025").
import { Attribution, Event, Mention, TimeExpression } from './types';

/** Values that place a clause on a timeline: dates (and times with a date) and "now". */
function isDating(t: TimeExpression): boolean {
  if (t.type === 'DATE') return t.value !== 'PAST_REF' && t.value !== 'FUTURE_REF';
  if (t.type === 'TIME') return !t.value.startsWith('T');
  return false;
}

function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 13 || c === 0x2029 || c === 0x2028) return true;
  if (c === 0x21 || c === 0x3f || c === 0x61f || c === 0x2026 || c === 0x6d4) return true;
  if (c === 0x2e) {
    // 2.5 is a number, not a full stop
    const a = text.charCodeAt(i - 1), b = text.charCodeAt(i + 1);
    const digit = (x: number) => (x >= 48 && x <= 57) || (x >= 0x660 && x <= 0x669);
    return !(digit(a) && digit(b));
  }
  return false;
}

function isClauseBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x60c || c === 0x2c || c === 0x61b || c === 0x3b || c === 0x3a;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x200f || c === 0x200e || c === 0x61c;
}

/** Trims spaces and separators from both ends of [s, e). */
function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && (isSpace(text.charCodeAt(s)) || isClauseBreak(text, s))) s++;
  while (e > s && (isSpace(text.charCodeAt(e - 1)) || isClauseBreak(text, e - 1))) e--;
  return [s, e];
}

interface Sentence {
  start: number;
  end: number;
  times: number[];
}

export function buildEvents(text: string, times: TimeExpression[], mentions: Mention[], attributions: Attribution[]): Event[] {
  try {
    return build(text, times, mentions, attributions);
  } catch {
    return [];
  }
}

function build(text: string, times: TimeExpression[], mentions: Mention[], attributions: Attribution[]): Event[] {
  // Group the dating expressions by sentence, in one forward pass over the text.
  const sentences: Sentence[] = [];
  let cursor = 0; // the start of the sentence the scan is in
  let scanned = 0; // text before this has been searched for sentence ends
  for (let ti = 0; ti < times.length; ti++) {
    const t = times[ti];
    if (!isDating(t) || t.start < 0 || t.end > text.length || t.start >= t.end) continue;
    // Move the sentence start past every sentence end before this expression: after the last
    // one, found scanning back from the expression (it is usually near).
    const from = Math.max(scanned, cursor);
    for (let k = t.start - 1; k >= from; k--) {
      if (isSentenceEnd(text, k)) {
        cursor = k + 1;
        break;
      }
    }
    scanned = Math.max(scanned, t.end);
    const cur = sentences[sentences.length - 1];
    if (cur && cur.start === cursor) {
      cur.times.push(ti);
      continue;
    }
    sentences.push({ start: cursor, end: -1, times: [ti] });
  }
  // Each sentence's end: the first sentence end after its last expression.
  for (const s of sentences) {
    let k = times[s.times[s.times.length - 1]].end;
    while (k < text.length && !isSentenceEnd(text, k)) k++;
    s.end = k < text.length && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13 ? k + 1 : k;
  }

  const attrOrder = attributions.map((_, i) => i).sort((a, b) => attributions[a].claim.start - attributions[b].claim.start);
  const events: Event[] = [];
  for (const s of sentences) {
    const spans = s.times.length === 1 ? [[s.start, s.end]] : clauses(text, s, times);
    s.times.forEach((ti, k) => {
      const t = times[ti];
      const [cs, ce] = trim(text, afterDateline(text, spans[k][0], spans[k][1]), spans[k][1]);
      const ev: Event = { start: cs, end: ce, value: t.value, text: text.slice(cs, ce), entityIds: entitiesIn(mentions, cs, ce), time: ti };
      const a = attributionOf(attributions, attrOrder, t);
      if (a !== undefined) ev.attribution = a;
      events.push(ev);
    });
  }
  events.sort((a, b) => a.start - b.start || (a.time ?? 0) - (b.time ?? 0));
  return events;
}

/**
 * A dateline opening a paragraph ("الخرطوم (أ ف ب) - ", "عمّان - ") is not part of the event: where
 * the text after it starts. A place of one or two words, or any short phrase with an agency in
 * parentheses (not "قرر المجلس البلدي - في خطوة مفاجئة - …").
 */
function afterDateline(text: string, s: number, e: number): number {
  if (s > 0 && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13) return s;
  const head = text.slice(s, Math.min(e, s + 48));
  const m = /^\s*([^\s\d.،,:()«»"-][^.،,:()«»"\d-]{0,30}?)(\s*\([^()]{1,20}\))?\s+[-–—]\s+/u.exec(head);
  if (!m || m[0].length >= e - s) return s;
  const words = m[1].trim().split(/\s+/).length;
  return m[2] || words <= 2 ? s + m[0].length : s;
}

/**
 * Cuts a sentence holding several dates into one clause per date: the sentence's parts between
 * commas; a date's clause is its own part, plus the next part when its own is little more than the
 * date (وفي عام 2021، أعلنت …) — or the part before, when the next belongs to another date — and
 * the parts up to the next date's part otherwise stay unclaimed.
 */
function clauses(text: string, s: Sentence, times: TimeExpression[]): number[][] {
  const parts: number[][] = [];
  let ps = s.start;
  for (let k = s.start; k < s.end; k++) {
    if (isClauseBreak(text, k)) {
      // A comma inside a number (2,500) is not a break.
      const a = text.charCodeAt(k - 1), b = text.charCodeAt(k + 1);
      if (text.charCodeAt(k) === 0x2c && a >= 48 && a <= 57 && b >= 48 && b <= 57) continue;
      parts.push([ps, k]);
      ps = k + 1;
    }
  }
  parts.push([ps, s.end]);
  const partOf = (off: number) => {
    for (let i = 0; i < parts.length; i++) if (off >= parts[i][0] && off < parts[i][1]) return i;
    return parts.length - 1;
  };
  const own = s.times.map((ti) => partOf(times[ti].start));
  return s.times.map((ti, k) => {
    const t = times[ti];
    const pi = own[k];
    let [cs, ce] = [parts[pi][0], parts[pi][1]];
    // Several dates in one part: keep them together (a shared clause).
    const [a, b] = trim(text, cs, ce);
    const rest = (b - a) - (t.end - t.start);
    const nextTaken = own.includes(pi + 1);
    if (rest < 12 && pi + 1 < parts.length && !nextTaken) ce = parts[pi + 1][1];
    // A date set off by commas after its verb, the next part being another date's (أعلنت الوزارة،
    // الأحد، ارتفاع الوفيات منذ مطلع آب): the part before it is what happened that day.
    else if (rest < 12 && pi > 0 && nextTaken && !own.includes(pi - 1)) cs = parts[pi - 1][0];
    return [cs, ce];
  });
}

/** Entity ids of the mentions inside [s, e), in order, without repeats. */
function entitiesIn(mentions: Mention[], s: number, e: number): string[] {
  let lo = 0, hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < s) lo = mid + 1; else hi = mid;
  }
  const out: string[] = [];
  const seen = new Set<string>();
  for (let i = lo; i < mentions.length && mentions[i].start < e; i++) {
    const m = mentions[i];
    if (m.end <= e && !seen.has(m.entityId)) {
      seen.add(m.entityId);
      out.push(m.entityId);
    }
  }
  return out;
}

/** The attribution whose claim holds the expression (the innermost when claims nest). */
function attributionOf(attributions: Attribution[], order: number[], t: TimeExpression): number | undefined {
  let lo = 0, hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (attributions[order[mid]].claim.start <= t.start) lo = mid + 1; else hi = mid;
  }
  let best: number | undefined;
  let bestLen = Infinity;
  for (let i = lo - 1, seen = 0; i >= 0 && seen < 64; i--, seen++) {
    const c = attributions[order[i]].claim;
    if (c.start <= t.start && t.end <= c.end && c.end - c.start < bestLen) {
      best = order[i];
      bestLen = c.end - c.start;
    }
  }
  return best;
}
