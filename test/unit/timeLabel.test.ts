import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timeLabel } from '../../server/src/analysis/timeLabel';

test('labels: a day with a part of it, compound durations; anything unknown is shown as it is', () => {
  assert.equal(timeLabel('2025-09-09TEV'), '9 September 2025, evening · مساء 9 أيلول 2025');
  assert.equal(timeLabel('2024-01-02TMO'), '2 January 2024, morning · صباح 2 كانون الثاني 2024');
  assert.equal(timeLabel('P5M20D'), '5 months 20 days · شهر × 5 + يوم × 20');
  assert.equal(timeLabel('PT2H15M'), '2 hours 15 minutes · ساعة × 2 + دقيقة × 15');
  assert.equal(timeLabel('P'), 'P');
  assert.equal(timeLabel('XXXX-XX'), 'XXXX-XX');
});
