// Properties: on any input findTimes never throws, spans are valid, sorted and disjoint, and
// every value is well-formed TIMEX3.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeTextUnit } from '../../server/src/analysis/textUnit';
import { findTimes, resolveTimes } from '../../server/src/analysis/time';

export const TIMEX3 = new RegExp('^(?:'
  + '\\d{4}(?:-(?:\\d{2}(?:-\\d{2}(?:T(?:\\d{2}:\\d{2}|MO|MI|AF|EV|NI))?)?|SP|SU|FA|WI|Q[1-4]|H[12]|W\\d{2}))?'
  + '|\\d{3}|\\d{2}'
  + '|T\\d{2}:\\d{2}'
  + '|PRESENT_REF|PAST_REF|FUTURE_REF'
  + '|P(?:\\d+|X)(?:Y|M|W|D)|PT(?:\\d+|X)(?:H|M|S)'
  + ')$');
const MODS = new Set(['APPROX', 'START', 'MID', 'END', 'BEFORE', 'AFTER', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_MORE']);

/** A deterministic pseudo-random generator (tests must be repeatable). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const PIECES = ['في', 'منذ', 'قبل', 'بعد', 'خلال', 'عام', 'العام', 'الماضي', 'المقبل', 'يناير', 'كانون', 'الثاني', 'الأول', 'أيلول',
  'سبتمبر', '/', '(', ')', '-', ':', '،', '.', '2024', '15', '1446', 'هـ', 'محرم', 'رمضان', 'ربيع', 'خريف', 'الربع', 'النصف', 'الأسبوع',
  'أمس', 'اليوم', 'غداً', 'الساعة', 'العاشرة', 'صباحاً', 'مساء', 'نحو', 'شهرين', 'ثلاثة', 'أيام', 'عشر', 'سنوات', 'الخميس', 'يوم',
  'حالياً', 'الآن', 'حتى', 'وفي', 'بعام', 'و2021', '10:30', '٢٠٢٤', '١٥', 'مطلع', 'نهاية', 'منتصف', 'أول', 'من', 'ما', 'يقارب', 'أكثر',
  'كل', 'وقت', 'لاحق', 'سابق', 'الثمانينيات', 'القرن', 'نفسه', 'التالي', 'هذا', 'ذلك', 'نفس', 'ذات', 'بعدها', 'بيومين', 'بـ', 'ونصف', 'إلا', 'ربعا', 'بتوقيت', 'م', 'ت',
  '\u200f', '\u064e', 'ـ', '\n', '  ', 'x', '%', '2.5', '15.9.2024', '99999', '0', '31', '32', '13', '\ud83d\ude00', '\ud800', '\u0000'];

function randomText(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    s += PIECES[Math.floor(r() * PIECES.length)];
    if (r() < 0.8) s += ' ';
  }
  return s;
}

function checkText(text: string, dct: string): void {
  const unit = makeTextUnit(text);
  const found = findTimes(unit);
  let prevEnd = 0;
  for (const f of found) {
    assert.ok(f.start >= prevEnd && f.start < f.end && f.end <= text.length, `bad span ${f.start}-${f.end}`);
    assert.equal(f.text, text.slice(f.start, f.end));
    prevEnd = f.end;
  }
  const times = resolveTimes(found, { value: dct, origin: 'option', reason: '' });
  for (const t of times) {
    assert.match(t.value, TIMEX3, `«${t.text}» → ${t.value}`);
    assert.ok(['DATE', 'TIME', 'DURATION', 'SET'].includes(t.type));
    if (t.mod) assert.ok(MODS.has(t.mod), t.mod);
    assert.ok(typeof t.reason === 'string' && t.reason.length > 0);
    assert.ok(!t.reason.includes('\n'));
  }
}

test('random token soup: valid spans and TIMEX3 values', () => {
  const r = rng(42);
  const dcts = ['2024-07-25', '2024-01-01', '2023-12-31', '2020-02-29', '1999-06-15'];
  for (let k = 0; k < 1500; k++) checkText(randomText(r, 5 + Math.floor(r() * 40)), dcts[k % dcts.length]);
});

test('random characters: never throws', () => {
  const r = rng(7);
  for (let k = 0; k < 300; k++) {
    let s = '';
    const n = Math.floor(r() * 200);
    for (let i = 0; i < n; i++) s += String.fromCharCode(r() < 0.5 ? 0x600 + Math.floor(r() * 256) : Math.floor(r() * 0x3000));
    checkText(s, '2024-07-25');
  }
});

test('edge inputs', () => {
  for (const s of ['', ' ', 'عام', 'عام 2021', 'في', '2024', '15/9', '15/9/', '/9/2024', '31/2/2024', '0/0/0000', '29 فبراير 2023',
    'الساعة', 'الساعة 25:99', 'نحو', '1 محرم', '30 صفر 1446 هـ', '1 محرم 99999 هـ', 'كانون', 'تشرين الخامس', 'الربع الخامس من 2022',
    'قبل 99999 يوم', 'منذ 5000 عام', 'في 1000', 'هـ', '؟'.repeat(1000), 'أمس '.repeat(2000)]) {
    checkText(s, '2024-07-25');
  }
});

test('a long line is read without trouble', () => {
  const line = 'وفي 15 أيلول/سبتمبر 2024 قال الوزير إن المفاوضات ستستغرق نحو شهرين، ثم أمس الأول. '.repeat(4000);
  checkText(line, '2024-07-25');
});
