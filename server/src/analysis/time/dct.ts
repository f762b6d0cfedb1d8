// The document creation time (DCT): the reader's setting; else a date in the article's front
// matter or first lines; else inferred from the latest full or month date in the text; else today.
import { DocumentDate } from '../types';
import { makeTextUnit, splitParagraphs } from '../textUnit';
import { daysInMonth, fmtYmd, isValidYmd, parseIsoDate } from './calendar';
import { scanTimes } from './find';
import { resolveTimes } from './resolve';
import { TimeMention } from './model';

const FRONT_MATTER_KEYS = new Set(['date', 'published', 'pubdate', 'publishdate', 'published_at', 'publishedat', 'created',
  'dateline', 'تاريخ', 'التاريخ', 'تاريخ_النشر']);
const FIRST_LINES = 3;
/** How much text the inference reads at most (the DCT should not cost more than the analysis). */
const INFER_LIMIT = 2_000_000;

/** What the analysis already knows: the text's paragraphs (splitParagraphs(text)) and each one's
 * scanTimes result (null: to be scanned here), so the inference does not scan the document again. */
export interface KnownTimes {
  paragraphs: ReadonlyArray<{ start: number; text: string }>;
  times: ReadonlyArray<readonly TimeMention[] | null>;
}

export function documentDate(text: string, option?: string, known?: KnownTimes): DocumentDate {
  let note = '';
  if (option !== undefined && option !== null && String(option).trim() !== '') {
    const v = parseIsoDate(String(option).trim());
    if (v && String(option).trim().length === 10) return { value: fmtYmd(v), origin: 'option', reason: 'set by the reader (documentDate)' };
    note = `the documentDate setting "${String(option).slice(0, 40)}" is not a valid YYYY-MM-DD date and was ignored; `;
  }
  try {
    const found = fromText(text, known);
    if (found) return { ...found, reason: note + found.reason };
  } catch {
    // fall through to today
  }
  const t = new Date();
  const today = fmtYmd({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
  return { value: today, origin: 'today', reason: `${note}no date in the article: today (${today})` };
}

function fromText(text: string, known?: KnownTimes): DocumentDate | null {
  const paras = known && text.length <= INFER_LIMIT ? known.paragraphs
    : splitParagraphs(text.length > INFER_LIMIT ? text.slice(0, INFER_LIMIT) : text);
  let k = 0;
  // YAML front matter between --- lines
  if (paras.length && paras[0].text.trim() === '---') {
    for (k = 1; k < paras.length && k < 60; k++) {
      const line = paras[k].text.trim();
      if (line === '---' || line === '...') { k++; break; }
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      const key = line.slice(0, colon).trim().toLowerCase();
      if (!FRONT_MATTER_KEYS.has(key)) continue;
      const raw = line.slice(colon + 1).trim().replace(/^["']|["']$/g, '');
      const iso = parseIsoDate(raw);
      if (iso) return { value: fmtYmd(iso), origin: 'text', reason: `front matter ${key}: ${raw}` };
      const d = fullDateIn(raw);
      if (d) return { value: d.value, origin: 'text', reason: `front matter ${key}: «${d.text}»` };
    }
    if (k >= paras.length) k = paras.length;
  }
  // The first lines of the article (a dateline).
  for (let n = 0; n < FIRST_LINES && k < paras.length; k++, n++) {
    const d = fullDateIn(paras[k].text);
    if (d) return { value: d.value, origin: 'text', reason: `date in line ${n + 1} of the article: «${d.text}»` };
  }
  // Inferred: the latest explicit full or month date.
  let best: { key: number; value: string; text: string } | null = null;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi];
    // A paragraph the analysis has read (same place, same length: same text) is not scanned again.
    const kp = known && pi < known.paragraphs.length ? known.paragraphs[pi] : undefined;
    const cached = kp && kp.start === p.start && kp.text.length === p.text.length ? known!.times[pi] : null;
    for (const tm of cached ?? scanTimes(makeTextUnit(p.text))) {
      const q = tm.p;
      if (q.k !== 'date' || q.hy !== undefined || q.hm !== undefined) continue;
      let value: string | null = null;
      let key = 0;
      if (q.y !== undefined && q.m !== undefined && q.d !== undefined && isValidYmd(q.y, q.m, q.d)) {
        value = fmtYmd({ y: q.y, m: q.m, d: q.d });
        key = q.y * 10000 + q.m * 100 + q.d;
      } else if (q.y !== undefined && q.m !== undefined && q.d === undefined && q.y >= 1 && q.m >= 1 && q.m <= 12) {
        // A month: the article was written at the earliest at its end.
        const d = daysInMonth(q.y, q.m);
        value = fmtYmd({ y: q.y, m: q.m, d });
        key = q.y * 10000 + q.m * 100 + d;
      }
      if (value && (!best || key > best.key)) best = { key, value, text: tm.text };
    }
  }
  if (best) {
    return { value: best.value, origin: 'inferred', reason: `inferred: no date in the first lines; the latest date in the text is «${best.text}» → ${best.value}` };
  }
  return null;
}

/** The first full date (year, month, day) in a line, Gregorian or Hijri. */
function fullDateIn(line: string): { value: string; text: string } | null {
  const unit = makeTextUnit(line);
  const found = scanTimes(unit);
  for (const tm of found) {
    const q = tm.p;
    if (q.k !== 'date') continue;
    if (q.y !== undefined && q.m !== undefined && q.d !== undefined && isValidYmd(q.y, q.m, q.d)) {
      return { value: fmtYmd({ y: q.y, m: q.m, d: q.d }), text: tm.text };
    }
    if (q.hy !== undefined && q.hm !== undefined && q.hd !== undefined) {
      const r = resolveTimes([tm], { value: '2000-01-01', origin: 'today', reason: '' })[0];
      if (r && parseIsoDate(r.value)) return { value: r.value.slice(0, 10), text: tm.text };
    }
  }
  return null;
}
