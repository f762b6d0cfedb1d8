// Seeded random documents for fuzz and property tests: Arabic with tashkeel and tatweel, bidi
// controls, Eastern digits, emoji and surrogate pairs, lone surrogates, NUL, CRLF, long lines,
// repeated cue words, unbalanced quotes, markdown and HTML.

/** mulberry32: small, fast, reproducible (the one NER training uses). */
export { mulberry32 as rng } from '../../server/src/analysis/random';

const WORDS = [
  'بغداد', 'وبغداد', 'لبغداد', 'وللعراق', 'العراق', 'العراقية', 'الأمريكيين', 'واشنطن', 'رويترز', 'بحسب', 'وبحسب',
  'قال', 'وأضاف', 'أن', 'إن', 'مصادر', 'نقلاً', 'عن', 'وفقاً', 'لوزير', 'الدفاع', 'الرئيس', 'محمد', 'السوداني',
  'أيلول/سبتمبر', 'المقبل', 'الماضي', 'كانون', 'الثاني/يناير', 'عام', '2024', '٢٠٢٥', '2500', '٢٬٥٠٠', '3.5', 'مليار',
  'دولار', 'نحو', 'شهرين', 'حوالي', 'جندي', 'بالمئة', '%', '٪', 'خريف', 'أمس', 'غداً', 'حالياً', 'منذ', 'الأولى',
  'بَغْدَادُ', 'بغــــداد', 'عَامَ', '“', '”', '«', '»', '"', '،', '؛', '؟', '.', ':', '(', ')', '-', '/',
  '**bold**', '# عنوان', '[رابط](command:workbench.action.quit)', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  '`code`', '&amp;', 'Reuters', 'Baghdad', 'the', '😀', '👩‍👩‍👧', '𝔸', '\u200f', '\u200e', '\u061c', '\u202b', '\u2067',
  '\u0000', '\ud800', '\udc00', '\ufeff', '\t', 'ــــ', 'ً', 'ّ',
  // Words the institution, outlet, club, duration and season rules start from.
  'مجلس', 'النواب', 'المحكمة', 'الدستورية', 'التونسي', 'للشغل', 'لحقوق', 'جامعة', 'صندوق', 'للتنمية', 'نادي', 'الأهلي',
  'لـ', 'صحيفة', 'أما', 'فأكد', 'والي', 'أفاد', 'به', 'ما', 'فإن', 'وعشرين', 'يوماً', 'فصل', 'الصيف', 'الساعات', 'الأربع', 'والعشرين',
];

export function randomDocument(next: () => number, maxWords = 300): string {
  const n = Math.floor(next() * maxWords);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = next();
    if (r < 0.04) parts.push(next() < 0.5 ? '\n' : '\r\n');
    else if (r < 0.045) parts.push('ب'.repeat(1 + Math.floor(next() * 5000))); // a long run without spaces
    else parts.push(WORDS[Math.floor(next() * WORDS.length)]);
    parts.push(next() < 0.15 ? '' : ' ');
  }
  return parts.join('');
}

/** A random edit: replace a random range with a random snippet. */
export function randomEdit(next: () => number, text: string): { start: number; end: number; insert: string } {
  const start = Math.floor(next() * (text.length + 1));
  const end = Math.min(text.length, start + Math.floor(next() * 20));
  const insert = next() < 0.3 ? '' : randomDocument(next, 6);
  return { start, end, insert };
}
