import { test } from 'node:test';
import assert from 'node:assert/strict';
import { delayFor } from '../../server/src/features/diagnostics';

test('diagnostics wait longer after edits in long documents, up to 1.5 s', () => {
  assert.equal(delayFor(5_000), 255, 'an article: about the base pause');
  assert.equal(delayFor(530_000), 780, 'a 1 MB document: their cost no longer lands between keystrokes');
  assert.equal(delayFor(10_000_000), 1500);
  assert.equal(delayFor(-1), 250);
  assert.ok(delayFor(200_000) > delayFor(100_000));
});
