// Attribution in common wire forms, written for these tests: a statement with its issuer (بيان صادر
// عن X), the outlet a speaker talks to (لوكالة …، لصحيفة …), the counterpart told (أبلغ X نظيره …).
// Each marker is a phrase inside a claim: the claim covering it must have a source containing the
// expected text (and, with `entity`, linked to an entity whose mention is that text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { SentenceCase, judge } from '../support/attributionCases';

/** issuer: the source is linked to this mention's entity; not: the source text leaves this out. */
type WireCase = SentenceCase & { issuer?: string; not?: string };

const SENTENCES: WireCase[] = [
  // A statement, report, document or letter issued by X: X is who stands behind the claim.
  { text: 'وأفاد بيان صادر عن وزارة الداخلية بأن الشرطة اعتقلت عشرة أشخاص في العاصمة.',
    expect: [{ marker: 'الشرطة اعتقلت', source: 'وزارة الداخلية' }], issuer: 'وزارة الداخلية' },
  { text: 'وذكر بيان صادر عن الجيش اللبناني أن دورية تعرضت لإطلاق نار قرب الحدود.',
    expect: [{ marker: 'دورية تعرضت', source: 'الجيش اللبناني' }], issuer: 'الجيش اللبناني' },
  { text: 'وأكد تقرير صادر عن البنك الدولي أن النمو سيتباطأ في المنطقة.',
    expect: [{ marker: 'النمو سيتباطأ', source: 'البنك الدولي' }], issuer: 'البنك الدولي' },
  { text: 'وكشفت وثيقة صادرة عن وزارة المالية أن العجز تجاوز التوقعات.',
    expect: [{ marker: 'العجز تجاوز', source: 'وزارة المالية' }], issuer: 'وزارة المالية' },
  { text: 'وأشارت رسالة صادرة عن الأمين العام إلى أن المفاوضات متعثرة.',
    expect: [{ marker: 'المفاوضات متعثرة', source: 'الأمين العام' }] },
  { text: 'وقال بيان رسمي صادر عن الحكومة الأردنية إن الحدود ستبقى مغلقة.',
    expect: [{ marker: 'الحدود ستبقى', source: 'الحكومة الأردنية' }] },
  { text: 'وأوضح تقرير أصدرته منظمة هيومن رايتس ووتش أن السلطات عذبت المعتقلين.',
    expect: [{ marker: 'السلطات عذبت', source: 'هيومن رايتس ووتش' }] },
  // The outlet spoken to is not the speaker, even when it is a known name.
  { text: 'وصرح وزير الاقتصاد لصحيفة الشرق الأوسط بأن الحكومة ستخفض الضرائب.',
    expect: [{ marker: 'ستخفض الضرائب', source: 'وزير الاقتصاد' }], not: 'الشرق الأوسط' },
  { text: 'وقال شهود عيان لوكالة فرانس برس إن الانفجار هز المدينة.',
    expect: [{ marker: 'الانفجار هز', source: 'شهود عيان', kind: 'generic' }], not: 'فرانس برس' },
  { text: 'وقال المتحدث باسم الجيش لرويترز إن القوات انسحبت من البلدة.',
    expect: [{ marker: 'القوات انسحبت', source: 'المتحدث باسم الجيش' }], not: 'رويترز' },
  // The counterpart told is the other party.
  { text: 'وأبلغ وزير الخارجية نظيره الأمريكي بأن بلاده متمسكة بالحل السلمي.',
    expect: [{ marker: 'متمسكة بالحل', source: 'وزير الخارجية' }], not: 'نظيره' },
  { text: 'وأكدت الرئيسة في اتصال مع نظيرها الفرنسي أن التعاون سيتواصل.',
    expect: [{ marker: 'التعاون سيتواصل', source: 'الرئيسة' }] },
  // Data, figures and surveys that show something: whoever issued them stands behind it.
  { text: 'وأظهرت بيانات وزارة التخطيط أن معدل البطالة انخفض خلال العام الماضي.',
    expect: [{ marker: 'معدل البطالة', source: 'وزارة التخطيط' }] },
  { text: 'وأظهر مسح أجرته منظمة العمل الدولية أن الفقر اتسع في الأرياف.',
    expect: [{ marker: 'الفقر اتسع', source: 'منظمة العمل الدولية' }] },
  // Other wire forms, as they were already read.
  { text: 'ونقلت وكالة رويترز عن مسؤول أمني أن الهجوم أسفر عن مقتل ثلاثة جنود.',
    expect: [{ marker: 'الهجوم أسفر', source: 'رويترز', via: 'مسؤول أمني' }] },
  { text: 'وأوضح المتحدث باسم الخارجية في مؤتمر صحفي أن بلاده ترفض التدخل.',
    expect: [{ marker: 'ترفض التدخل', source: 'المتحدث باسم الخارجية' }] },
  { text: 'وكشف مصدر حكومي أن المفاوضات ستستأنف قريبا.',
    expect: [{ marker: 'المفاوضات ستستأنف', source: 'مصدر حكومي', kind: 'anonymous' }] },
  { text: 'ورجّح محللون أن يرفع البنك المركزي أسعار الفائدة.',
    expect: [{ marker: 'يرفع البنك', source: 'محللون', kind: 'generic' }] },
  { text: 'واعتبرت الخارجية الإيرانية أن العقوبات غير قانونية.',
    expect: [{ marker: 'العقوبات غير', source: 'الخارجية الإيرانية' }] },
  { text: 'ولفتت الوزيرة إلى أن الحكومة خصصت 200 مليون دولار للمشروع.',
    expect: [{ marker: 'الحكومة خصصت', source: 'الوزيرة' }] },
  { text: 'ونقلت صحيفة الأهرام عن مصادر مطلعة قولها إن الحكومة تدرس رفع الأسعار.',
    expect: [{ marker: 'تدرس رفع', source: 'الأهرام' }] },
  { text: 'ووفقا لتقرير صادر عن منظمة العفو الدولية، فإن السلطات احتجزت مئات الناشطين.',
    expect: [{ marker: 'احتجزت مئات', source: 'منظمة العفو الدولية' }] },
];

for (const c of SENTENCES) {
  test(`wire attribution: ${c.text.slice(0, 60)}`, () => {
    const a = analyze(c.text, { documentDate: '2024-07-25' });
    const misses = c.expect.map((e) => [e.marker, judge(c.text, a.attributions, e)]).filter(([, why]) => why !== null);
    assert.deepEqual(misses, []);
    const at0 = c.text.indexOf(c.expect[0].marker);
    const covering = a.attributions.find((x) => x.claim.start <= at0 && at0 < x.claim.end);
    if (c.not) assert.ok(!covering?.source.text.includes(c.not), `source "${covering?.source.text}"`);
    if (c.issuer) {
      // The source is linked to the issuer's entity, not left on the statement noun.
      const at = c.text.indexOf(c.expect[0].marker);
      const att = a.attributions.find((x) => x.claim.start <= at && at < x.claim.end);
      const issuer = a.mentions.find((m) => c.text.slice(m.start, m.end) === c.issuer);
      assert.ok(issuer, `no mention ${c.issuer}`);
      assert.equal(att?.source.entityId, issuer.entityId);
    }
  });
}

test('showing without a that-clause, or appearing (تظهر), reports nothing', () => {
  for (const text of ['وأظهر اللاعب مهارة كبيرة في المباراة الأخيرة أمام جماهير غفيرة.',
    'وتظهر الفنانة في الفيلم الجديد بدور أم تكتشف أن ابنها مفقود.']) {
    assert.equal(analyze(text).attributions.length, 0, text);
  }
});
