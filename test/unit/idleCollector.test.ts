import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdleCollector } from '../../server/src/idleCollector';

const quiet = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('idle collector: one full collection after quiet, none while work goes on, none again until the heap grows', async () => {
  const runs: Array<[number, number]> = [];
  const c = new IdleCollector(200, 0, (before, after) => runs.push([before, after]));
  for (let i = 0; i < 5; i++) {
    c.activity();
    await quiet(10); // busy: each activity pushes the collection back
  }
  assert.equal(runs.length, 0, 'nothing while activity keeps coming');
  await quiet(400);
  assert.equal(runs.length, 1, 'one collection once quiet');
  c.activity();
  await quiet(400);
  assert.equal(runs.length, 1, 'the heap has not grown by half since: left alone');
  c.dispose();
});

test('idle collector: a heap under the threshold is never collected', async () => {
  let runs = 0;
  const c = new IdleCollector(10, Number.MAX_SAFE_INTEGER, () => runs++);
  c.activity();
  await quiet(50);
  assert.equal(runs, 0);
  c.dispose();
});
