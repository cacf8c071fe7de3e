import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stepLimit } from '../../../../renderer/components/staff-panel/printing-section';

test('the daily limit steps in whole tens and stays between 1 and 500', () => {
  assert.equal(stepLimit(50, 1), 60);
  assert.equal(stepLimit(50, -1), 40);
  assert.equal(stepLimit(1, 1), 10);
  assert.equal(stepLimit(10, -1), 1);
  assert.equal(stepLimit(1, -1), 1);
  assert.equal(stepLimit(37, 1), 40, 'a value set by IT snaps to the next ten');
  assert.equal(stepLimit(37, -1), 30);
  assert.equal(stepLimit(495, 1), 500);
  assert.equal(stepLimit(500, 1), 500);
});
