import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { median, percentile, ratio, summarize } from '../../../scripts/bench/stats';

test('the median is the middle sample, or the mean of the two middle ones', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([7]), 7);
});

test('p95 is a measured sample: the nearest rank, never an interpolation', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, index) => index + 1);
  assert.equal(percentile(oneToHundred, 95), 95);
  assert.equal(percentile(oneToHundred, 100), 100);
  // 30 samples: rank ceil(28.5) = 29, so the second-largest sample.
  const thirty = Array.from({ length: 30 }, (_, index) => index * 10);
  assert.equal(percentile(thirty, 95), 280);
  // With few samples p95 is the largest one.
  assert.equal(percentile([3, 1, 2], 95), 3);
});

test('the input order does not matter and the input is not changed', () => {
  const samples = [9, 2, 7, 4];
  assert.deepEqual(summarize(samples), { count: 4, median: 5.5, p95: 9, min: 2, max: 9 });
  assert.deepEqual(samples, [9, 2, 7, 4]);
});

test('percentiles and the median lie between the smallest and the largest sample', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 200 }), (samples) => {
      const summary = summarize(samples);
      assert.ok(summary.min <= summary.median && summary.median <= summary.p95 && summary.p95 <= summary.max);
      assert.ok(samples.includes(summary.p95));
    }),
  );
});

test('the ratio compares medians, so one stalled sample does not move it', () => {
  assert.equal(ratio([20, 22, 24], [10, 11, 12]), 2);
  assert.equal(ratio([20, 22, 24, 22, 5000], [10, 11, 12, 11, 11]), 2);
});

test('empty, non-finite or zero-baseline input is refused rather than giving a figure', () => {
  assert.throws(() => median([]), /no samples/);
  assert.throws(() => percentile([1, Number.NaN], 95), /finite/);
  assert.throws(() => percentile([1], 0), /percentile/);
  assert.throws(() => ratio([1], [0]), /baseline/);
});
