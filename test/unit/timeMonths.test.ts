// Every month name of every regional system, in the shapes the press writes dates in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeTextUnit } from '../../server/src/analysis/textUnit';
import { findTimes, resolveTimes } from '../../server/src/analysis/time';

function timesOf(text: string, dct = '2024-07-25') {
  return resolveTimes(findTimes(makeTextUnit(text)), { value: dct, origin: 'option', reason: 'test' });
}
const mm = (m: number) => String(m).padStart(2, '0');

const SYSTEMS: Record<string, string[]> = {
  gregorian: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  levantine: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
  algerian: ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  moroccan: ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر'],
};
const VARIANTS: Array<[string, number]> = [
  ['إبريل', 4], ['ابريل', 4], ['اغسطس', 8], ['يونيه', 6], ['يوليه', 7], ['ايلول', 9], ['اكتوبر', 10], ['تشرين أول', 10],
  ['كانون ثاني', 1], ['افريل', 4], ['جويليه', 7], ['اوت', 8], ['فبرایر', 2],
];

for (const [system, names] of Object.entries(SYSTEMS)) {
  names.forEach((name, i) => {
    const m = i + 1;
    test(`${system} ${name}: day month year`, () => {
      const t = timesOf(`وأعلنت الحكومة في 9 ${name} 2023 عن الخطة.`);
      assert.equal(t[0]?.text, `9 ${name} 2023`);
      assert.equal(t[0].value, `2023-${mm(m)}-09`);
    });
    test(`${system} ${name}: month year with a clitic`, () => {
      const t = timesOf(`وتراجعت الصادرات ب${name} 2022 مقارنة بالعام السابق.`);
      assert.equal(t[0]?.value, `2022-${mm(m)}`);
    });
    test(`${system} ${name}: + المقبل is the next one after the DCT`, () => {
      const t = timesOf(`وسيعقد المؤتمر في ${name} المقبل.`);
      assert.equal(t[0]?.value, `${m > 7 ? 2024 : 2025}-${mm(m)}`, t[0]?.reason);
    });
    test(`${system} ${name}: + الماضي is the last one before the DCT`, () => {
      const t = timesOf(`وكان المؤتمر قد عقد في ${name} الماضي.`);
      assert.equal(t[0]?.value, `${m < 7 ? 2024 : 2023}-${mm(m)}`, t[0]?.reason);
    });
    test(`${system} ${name}: ordinal day`, () => {
      const t = timesOf(`وجرت الانتخابات في الحادي والعشرين من ${name} 2021.`);
      assert.equal(t[0]?.value, `2021-${mm(m)}-21`);
    });
  });
}

// Paired names, both orders and both separators.
for (let i = 0; i < 12; i++) {
  const g = SYSTEMS.gregorian[i], l = SYSTEMS.levantine[i];
  for (const pair of [`${l}/${g}`, `${g}/${l}`, `${l} (${g})`, `${g} / ${l}`]) {
    test(`paired ${pair}`, () => {
      const t = timesOf(`ووقع الهجوم في ${pair} 2020 في بغداد.`);
      assert.equal(t.length, 1, t.map((x) => x.text).join(' | '));
      assert.equal(t[0].text, `${pair} 2020`);
      assert.equal(t[0].value, `2020-${mm(i + 1)}`);
    });
  }
}

for (const [name, m] of VARIANTS) {
  test(`spelling variant ${name}`, () => {
    const t = timesOf(`وفي ${name} 2019 وقعت الاتفاقية.`);
    assert.equal(t[0]?.value, `2019-${mm(m)}`);
  });
}

test('diacritics, tatweel and Eastern digits do not matter', () => {
  assert.equal(timesOf('في ١٥ أَيْلُول ٢٠٢٤')[0]?.value, '2024-09-15');
  assert.equal(timesOf('في 15 سبتـــمبر 2024')[0]?.value, '2024-09-15');
  assert.equal(timesOf('في ۱۵ سپتمبر ۲۰۲۴').length >= 0, true);
  assert.equal(timesOf('بتاريخ ١٥/٩/٢٠٢٤')[0]?.value, '2024-09-15');
});
