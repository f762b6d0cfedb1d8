// Figures, properties: whatever the input (random soups of number words, units, digits with
// odd separators, punctuation, Latin, marks, lone surrogates), every figure is a well-formed span
// over whole tokens, sorted and disjoint, with finite values; and the pass is fast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findFiguresUnguarded } from '../../server/src/analysis/figures';
import { makeTextUnit } from '../../server/src/analysis/textUnit';
import { Figure } from '../../server/src/analysis/types';
import { rng } from '../support/random';

const KINDS = new Set(['number', 'quantity', 'percent', 'money', 'ordinal']);

const VOCAB = (
  'نحو حوالي حوالى قرابة زهاء ما يقارب يقرب من أكثر أقل لا يقل عن أزيد بين و إلى الى حتى تقريبا فأكثر ' +
  'واحد واحدة اثنان اثنين اثنتين أحد إحدى اثنا اثني ثلاث ثلاثة أربع خمسة ست ستة سبع ثماني تسعة عشر عشرة ' +
  'عشرون عشرين وعشرين وثلاثون خمسين مئة مائة مئتين ثلاثمئة خمسمائة ألف ألفا ألفين آلاف الآلاف مليون مليونين ملايين ' +
  'مليار مليارات تريليون عشرات العشرات مئات بضعة بضع نصف ونصف ربع ثلث ثلثي ثلثا الـ ال ' +
  'جندي جنود جنديا جنديين شهرين عامين يومين سنتين ساعتين مشكلتين دولار دولارا دولارات دينار عراقي ريال سعودي جنيه مصري ' +
  'يورو ليرة تركية درهم بالمئة بالمائة في المئة المائة عام العام سنة سبتمبر أيلول كانون الثاني تشرين الأول الأولى ' +
  'الحادي الحادية الثالث والعشرين الساعة صباحا هـ م بجروح وأصيب شخصا مدنيين الجولة بغداد واشنطن'
).split(' ');
const DIGITS = ['0', '7', '15', '900', '2500', '2,500', '2.5', '1,5', '1.000.000', '١٥', '٢٬٥٠٠', '٢٫٥', '2024', '1446',
  '99999999999999999999999999999', '0.0000001', '12.34.56', '1,2,3'];
const PUNCT = ['.', '،', ',', '%', '٪', '$', '€', '/', ':', '-', '–', '(', ')', '«', '»', '؟', '!', '\n', '\u200f', '\u0640'];
const ODD = ['G20', 'F-16', 'COVID-19', 'USD', 'km', '\ud83d\ude00', '\ud800', '\udc00', '\u0000', 'ً', 'ّ', 'e\u0301', 'ـ'];

function soup(r: () => number, words: number): string {
  let s = '';
  for (let k = 0; k < words; k++) {
    const x = r();
    let w: string;
    if (x < 0.55) w = VOCAB[Math.floor(r() * VOCAB.length)];
    else if (x < 0.75) w = DIGITS[Math.floor(r() * DIGITS.length)];
    else if (x < 0.9) w = PUNCT[Math.floor(r() * PUNCT.length)];
    else w = ODD[Math.floor(r() * ODD.length)];
    const glue = r();
    s += w + (glue < 0.75 ? ' ' : glue < 0.85 ? '' : glue < 0.95 ? '  ' : '\t');
  }
  return s;
}

function checkWellFormed(text: string, figs: Figure[]): void {
  const unit = makeTextUnit(text);
  const starts = new Set(unit.tokens.map((t) => t.start));
  const ends = new Set(unit.tokens.map((t) => t.end));
  let prevEnd = 0;
  for (const f of figs) {
    const where = JSON.stringify({ text, f });
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), where);
    assert.ok(f.start >= prevEnd && f.start < f.end && f.end <= text.length, `span order/bounds ${where}`);
    assert.ok(starts.has(f.start) && ends.has(f.end), `whole tokens ${where}`);
    assert.equal(f.text, text.slice(f.start, f.end), where);
    assert.ok(KINDS.has(f.kind), where);
    assert.ok(Number.isFinite(f.value), `finite value ${where}`);
    assert.ok(f.kind !== 'ordinal' || (Number.isInteger(f.value) && f.value >= 1), `ordinal value ${where}`);
    if (f.range) {
      assert.ok(f.range.length === 2 && Number.isFinite(f.range[0]) && Number.isFinite(f.range[1]) && f.range[0] <= f.range[1], `range ${where}`);
      assert.ok(f.value >= f.range[0] && f.value <= f.range[1], `value inside range ${where}`);
    }
    if (f.unit !== undefined) assert.ok(typeof f.unit === 'string' && f.unit.length > 0, where);
    if (f.unitText !== undefined) assert.ok(f.text.includes(f.unitText), `unitText inside the figure ${where}`);
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(f)), where);
    prevEnd = f.end;
  }
}

test('figures: random token soup gives well-formed figures (2000 soups)', () => {
  for (let seed = 1; seed <= 2000; seed++) {
    const r = rng(seed);
    const text = soup(r, 1 + Math.floor(r() * 40));
    let figs: Figure[] = [];
    assert.doesNotThrow(() => { figs = findFiguresUnguarded(makeTextUnit(text)); }, `seed ${seed}: ${text}`);
    checkWellFormed(text, figs);
  }
});

test('figures: degenerate inputs', () => {
  const inputs = ['', ' ', '\n\n', '%', '$', 'نحو', 'أكثر من', 'بين', 'بين 5 و', 'من 5 إلى', 'الـ', '2,', ',5', '٫',
    'ألف '.repeat(2000), 'و'.repeat(5000), '9'.repeat(400), ('1,' ).repeat(300) + '1', 'عشرات '.repeat(500),
    'مليون ونصف '.repeat(300), '\ud800'.repeat(50), 'الحادي عشر '.repeat(100)];
  for (const text of inputs) {
    const figs = findFiguresUnguarded(makeTextUnit(text));
    checkWellFormed(text, figs);
  }
});
