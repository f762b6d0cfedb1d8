// Institutions named by their description (مجلس النواب، المحكمة الدستورية): found in words the
// knowledge base and the tagger left free, typed ORG, with their clitic left out of the name.
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeTextUnit } from '../../server/src/analysis/textUnit';
import { findMentions } from '../../server/src/analysis/entities';

const orgs = (text: string) => findMentions(makeTextUnit(text)).filter((m) => m.type === 'ORG').map((m) => m.name?.ar ?? m.text);

test('institutions: a definite head with adjectives, a construct head, complements and coordination', () => {
  const found = orgs('وصادق مجلس الشيوخ على القانون بعد أن أحالته المحكمة الإدارية العليا إلى لجنة الشؤون الاقتصادية والاجتماعية، '
    + 'فيما طعنت فيه الهيئة الوطنية المستقلة للرقابة المالية.');
  for (const name of ['مجلس الشيوخ', 'المحكمة الإدارية العليا', 'لجنة الشؤون الاقتصادية والاجتماعية', 'الهيئة الوطنية المستقلة للرقابة المالية']) {
    assert.ok(found.includes(name), `${name} in ${JSON.stringify(found)}`);
  }
});

test('institutions: the clitic the head was read through is not part of the name', () => {
  assert.ok(orgs('وأعلنت والمفوضية العليا للانتخابات أمس النتائج.').includes('المفوضية العليا للانتخابات'));
  assert.ok(orgs('ووجه النائب سؤالا لنقابة المهندسين حول الأسعار.').some((n) => n.endsWith('نقابة المهندسين')));
});

test('institutions: adjectives of time or order, demonstratives, activity nouns and disagreeing adjectives name nothing', () => {
  for (const text of [
    'وقالت الحكومة الحالية إنها لن ترفع الأسعار.',
    'وعقدت هذه اللجنة الفنية اجتماعها أمس.',
    'وتراجعت الحركة الاقتصادية في المدينة.',
    'وتحدث التقرير عن قدرات الحزب العسكرية.',
    'واجتمع أعضاء الجهاز الفني مع اللاعبين.',
  ]) {
    assert.deepEqual(orgs(text).filter((n) => /الحكومة الحالية|اللجنة الفنية|الحركة|الحزب العسكرية|الجهاز الفني/.test(n)), [], text);
  }
});

test('institutions: a head construct with a place is a body, and the place is part of its name', () => {
  const text = 'وأعلنت جامعة دمشق وبورصة عمان وصندوق الكويت للتنمية نتائجها.';
  const found = findMentions(makeTextUnit(text)).map((m) => [m.name?.ar ?? m.text, m.type]);
  for (const name of ['جامعة دمشق', 'بورصة عمان', 'صندوق الكويت للتنمية']) {
    assert.ok(found.some(([n, t]) => n === name && t === 'ORG'), `${name} in ${JSON.stringify(found)}`);
  }
  assert.ok(!found.some(([, t]) => t === 'LOC'), 'the places inside are not mentions of their own');
  // Heads that name the place itself are left alone.
  assert.ok(findMentions(makeTextUnit('وسقطت قذائف على محافظة درعا.')).some((m) => m.type === 'LOC'));
});

test('institutions: a gentilic and a لـ complement are part of the name', () => {
  const found = orgs('ودعا الاتحاد العام التونسي للشغل إلى إضراب، وأيدته اللجنة الوطنية لحقوق الإنسان والاتحاد المصري لكرة القدم.');
  for (const name of ['الاتحاد العام التونسي للشغل', 'اللجنة الوطنية لحقوق الإنسان']) assert.ok(found.includes(name), `${name} in ${JSON.stringify(found)}`);
  const loc = findMentions(makeTextUnit('ودعا الاتحاد العام التونسي للشغل إلى إضراب.')).filter((m) => m.type === 'LOC');
  assert.deepEqual(loc, [], 'the gentilic inside the name is not a mention of its own');
});

test('institutions: a head with the verbal noun of its task and that task\'s object (هيئة مكافحة الفساد)', () => {
  const found = orgs('وأحالت هيئة مكافحة الفساد الملف إلى وحدة مكافحة الجرائم الإلكترونية، بعد شكوى تقدمت بها لجنة حماية المستهلك.');
  for (const name of ['هيئة مكافحة الفساد', 'وحدة مكافحة الجرائم الإلكترونية', 'لجنة حماية المستهلك']) {
    assert.ok(found.includes(name), `${name} in ${JSON.stringify(found)}`);
  }
  // a centre of a town is a place, and a caretaker government is not a name
  assert.deepEqual(orgs('وتجمع المحتجون في مركز المدينة.'), []);
  assert.deepEqual(orgs('وقالت حكومة تصريف الأعمال إنها ستدفع الرواتب.'), []);
});

test('a title whose complement is a body named by its description still introduces the name after it', () => {
  const ms = findMentions(makeTextUnit('وقال محافظ البنك المركزي خليل المرزوقي إن الاحتياطيات كافية، فيما أكد مدير وحدة مكافحة الإرهاب سامر الحلبي أن الخلية فككت.'));
  const per = ms.filter((m) => m.type === 'PER').map((m) => m.text);
  assert.deepEqual(per, ['خليل المرزوقي', 'سامر الحلبي']);
  assert.ok(ms.some((m) => m.type === 'ORG' && m.text === 'وحدة مكافحة الإرهاب'));
});

test('the noun that starts a reporting verb\'s object is not a name after a title (نفى الوزير وجود …)', () => {
  const ms = findMentions(makeTextUnit('ونفى الوزير وجود أي خلاف داخل الحكومة، وأعلن المدير بدء التسجيل.'));
  assert.deepEqual(ms.filter((m) => m.type === 'PER' && m.kind === 'name').map((m) => m.text), []);
});

test('institutions found by pattern get an English name built from their words; one unknown word and there is none', () => {
  const en = (text: string) => findMentions(makeTextUnit(text)).filter((m) => m.type === 'ORG').map((m) => m.name?.en ?? null);
  assert.deepEqual(en('وطعن المحامون في قرار المحكمة الإدارية العليا أمام لجنة الشؤون الاقتصادية.'),
    ['Supreme Administrative Court', 'Committee of Economic Affairs']);
  assert.deepEqual(en('وأصدرت هيئة مكافحة الفساد تقريرا مع المعهد الوطني للإحصاء.'),
    ['Authority for Combating Corruption', 'National Statistics Institute']);
  assert.deepEqual(en('واحتجت جمعية الزيتونيين الأحرار.'), [null]);
});

test('institutions: a body found by its description is not hidden by a tagger span that stops at its head', () => {
  // With the statistical tagger on: it reads جامعة alone as an organization and والاتحاد as a place.
  const found = orgs('وشاركت في المؤتمر جامعة القاهرة والاتحاد العام للغرف التجارية.');
  assert.ok(found.includes('جامعة القاهرة'), JSON.stringify(found));
  assert.ok(found.includes('الاتحاد العام للغرف التجارية'), JSON.stringify(found));
});

test('institutions: a coordinated head begins a second body instead of joining the first', () => {
  const found = orgs('وقال مجلس النواب والاتحاد العام للشغل في بيان مشترك إن الاتفاق قريب.');
  assert.ok(found.includes('مجلس النواب'), JSON.stringify(found));
  assert.ok(!found.some((n) => n.includes('النواب والاتحاد')), JSON.stringify(found));
  assert.ok(orgs('وصادقت لجنة المال والموازنة على المشروع.').includes('لجنة المال والموازنة'));
});

test('institutions: "official" describes a body, it is not part of its name', () => {
  const found = orgs('ونقلت الوكالة الوطنية للأنباء الرسمية عن الوزير قوله إن الاتفاق قريب.');
  assert.ok(found.includes('الوكالة الوطنية للأنباء'), JSON.stringify(found));
});

test('institutions: a head, a place and an adjective agreeing with the head make one name', () => {
  const found = orgs('وقال كبير الاقتصاديين في بنك الكويت التجاري إن الفائدة ستنخفض.');
  assert.ok(found.includes('بنك الكويت التجاري'), JSON.stringify(found));
  // An adjective agreeing with something else is not part of it.
  assert.ok(orgs('وأعلنت جامعة القاهرة الجديدة نتائجها.').includes('جامعة القاهرة'));
});
