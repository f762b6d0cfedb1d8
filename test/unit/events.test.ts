// Events: each dated clause, with its value, range, entities and source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEvents } from '../../server/src/analysis/events';
import { makeTextUnit } from '../../server/src/analysis/textUnit';
import { findTimes, resolveTimes } from '../../server/src/analysis/time';
import { Attribution, Mention } from '../../server/src/analysis/types';

function timesOf(text: string) {
  return resolveTimes(findTimes(makeTextUnit(text)), { value: '2024-07-25', origin: 'option', reason: '' });
}
function mention(text: string, word: string, entityId: string): Mention {
  const start = text.indexOf(word);
  return { start, end: start + word.length, text: word, type: 'LOC', entityId, kind: 'name' };
}

test('one date in a sentence: the sentence is the clause', () => {
  const text = 'قال الوزير أمس. وجرت الجولة الأولى في بغداد في كانون الثاني/يناير 2024 بحضور الوفد. ثم انتهى اللقاء.';
  const times = timesOf(text);
  const ms = [mention(text, 'بغداد', 'loc:baghdad')];
  const ev = buildEvents(text, times, ms, []);
  assert.equal(ev.length, 2);
  assert.equal(ev[1].value, '2024-01');
  assert.equal(ev[1].text, 'وجرت الجولة الأولى في بغداد في كانون الثاني/يناير 2024 بحضور الوفد.');
  assert.deepEqual(ev[1].entityIds, ['loc:baghdad']);
  assert.equal(text.slice(ev[1].start, ev[1].end), ev[1].text);
  assert.equal(times[ev[1].time!].value, '2024-01');
});

test('several dates in a sentence: one clause per date, cut at commas', () => {
  const text = 'تحاول بغداد إقناع واشنطن ببدء الانسحاب في سبتمبر المقبل، واستكماله في خريف عام 2025، ومع ذلك تصر واشنطن على البقاء.';
  const times = timesOf(text);
  const ev = buildEvents(text, times, [mention(text, 'بغداد', 'b'), mention(text, 'واشنطن', 'w')], []);
  assert.deepEqual(ev.map((e) => e.value), ['2024-09', '2025-FA']);
  assert.equal(ev[0].text, 'تحاول بغداد إقناع واشنطن ببدء الانسحاب في سبتمبر المقبل');
  assert.equal(ev[1].text, 'واستكماله في خريف عام 2025');
  assert.deepEqual(ev[0].entityIds, ['b', 'w']);
});

test('a date that opens its sentence takes the clause after it', () => {
  const text = 'وفي عام 2021، أعلنت الإدارة انتهاء المهمة، وفي عام 2022 بدأت مرحلة جديدة.';
  const ev = buildEvents(text, timesOf(text), [], []);
  assert.equal(ev[0].value, '2021');
  assert.equal(ev[0].text, 'وفي عام 2021، أعلنت الإدارة انتهاء المهمة');
  assert.equal(ev[1].value, '2022');
});

test('durations and past/future references are not events; now is', () => {
  const text = 'ستستغرق المفاوضات نحو شهرين. ويوجد حالياً 2500 جندي. وكانت العلاقات متوترة سابقاً.';
  const ev = buildEvents(text, timesOf(text), [], []);
  assert.deepEqual(ev.map((e) => e.value), ['PRESENT_REF']);
});

test('the attribution whose claim holds the date', () => {
  const text = 'وذكرت رويترز أن الانسحاب سيبدأ في سبتمبر المقبل.';
  const claimStart = text.indexOf('الانسحاب');
  const a: Attribution = {
    cue: { start: 0, end: 5, text: 'وذكرت' },
    source: { start: 6, end: 12, text: 'رويترز', entityId: 'org:reuters', kind: 'named' },
    claim: { start: claimStart, end: text.length - 1 },
  };
  const outer: Attribution = { ...a, claim: { start: 0, end: text.length } };
  const ev = buildEvents(text, timesOf(text), [], [outer, a]);
  assert.equal(ev[0].attribution, 1);
});

test('sorted by start; never throws on odd input', () => {
  const text = 'أمس. اليوم. غداً.';
  const ev = buildEvents(text, timesOf(text), [], []);
  assert.deepEqual(ev.map((e) => e.value), ['2024-07-24', '2024-07-25', '2024-07-26']);
  assert.deepEqual(buildEvents('', [], [], []), []);
  assert.doesNotThrow(() => buildEvents('abc', [{ start: 5, end: 2, text: '', type: 'DATE', value: '2024', reason: '' }], [], []));
});

test('2,500 and 2.5 do not cut clauses or sentences', () => {
  const text = 'ويوجد حالياً 2,500 جندي و2.5 مليار دولار في العراق.';
  const ev = buildEvents(text, timesOf(text), [], []);
  assert.equal(ev[0].text, text);
});

test('a date between commas after its verb takes the part before it when the next part is another date\'s', () => {
  const text = 'أعلن الدفاع المدني، الاثنين، انتشال جثث جديدة منذ بداية حزيران/يونيو الماضي.';
  const ev = buildEvents(text, timesOf(text), [], []);
  assert.equal(ev.length, 2);
  assert.equal(ev[0].text, 'أعلن الدفاع المدني، الاثنين');
  assert.match(ev[1].text, /انتشال جثث جديدة منذ بداية حزيران/);
});

test('a dateline opening the paragraph is left out of the event; a dash inside a sentence is not a dateline', () => {
  for (const [text, starts] of [
    ['بغداد (رويترز) - أعلنت الحكومة الأحد خطة جديدة.', 'أعلنت الحكومة'],
    ['عمّان - وقع البلدان اتفاقاً يوم الخميس.', 'وقع البلدان'],
    ['قرر المجلس البلدي - في خطوة مفاجئة - رفع الرسوم يوم الخميس.', 'قرر المجلس البلدي'],
  ]) {
    const ev = buildEvents(text, timesOf(text), [], []);
    assert.equal(ev.length, 1, text);
    assert.ok(ev[0].text.startsWith(starts), `${ev[0].text} should start with ${starts}`);
    assert.equal(text.slice(ev[0].start, ev[0].end), ev[0].text);
  }
});
