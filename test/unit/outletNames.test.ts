// Outlets named in quotation marks after لـ or a media noun are one organization, whatever their
// words could be on their own. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeTextUnit } from '../../server/src/analysis/textUnit';
import { findMentions } from '../../server/src/analysis/entities';

const mentions = (text: string) => findMentions(makeTextUnit(text)).map((m) => [m.text, m.type]);

test('a quoted outlet after لـ or a media noun is an organization, not the place its words name', () => {
  assert.deepEqual(mentions('وقال مسؤول لـ"ليبيا الأحرار" إن الطريق مغلق.').filter(([, t]) => t !== 'PER'), [['ليبيا الأحرار', 'ORG']]);
  assert.deepEqual(mentions('ونشرت صحيفة «الشرق الأوسط» تقريراً مطولاً.'), [['الشرق الأوسط', 'ORG']]);
  assert.deepEqual(mentions('وذكرت قناة "العربية" أن الوفد وصل.').map(([, t]) => t), ['ORG']);
});

test('quotes that do not follow لـ or a media noun are left to the other rules', () => {
  const found = mentions('وقال الوزير إن "مصر" لن تتراجع.');
  assert.deepEqual(found.find(([text]) => text === 'مصر'), ['مصر', 'LOC']);
});
