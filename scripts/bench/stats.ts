/**
 * The bench's statistics. Percentiles use the nearest-rank method: the p-th percentile is a value
 * that was really measured (never an interpolation between two samples), so "p95 = 48 ms" means
 * at least 95 % of the taps took 48 ms or less.
 */

export interface Summary {
  /** How many samples the figures come from. */
  count: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

function sorted(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new Error('no samples to summarise');
  if (samples.some((value) => !Number.isFinite(value))) throw new Error('a sample is not a finite number');
  return [...samples].sort((a, b) => a - b);
}

/** The middle sample; with an even count, the mean of the two middle ones. */
export function median(samples: readonly number[]): number {
  const values = sorted(samples);
  const middle = Math.floor(values.length / 2);
  return values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}

/** Nearest-rank percentile: the smallest sample with at least `p` % of the samples at or below it. */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new Error(`percentile must be in (0, 100], not ${p}`);
  const values = sorted(samples);
  const rank = Math.ceil((p / 100) * values.length);
  return values[rank - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const values = sorted(samples);
  return { count: values.length, median: median(values), p95: percentile(values, 95), min: values[0]!, max: values[values.length - 1]! };
}

/**
 * How many times slower the app is than its baseline: the ratio of the two medians. Medians,
 * because one stalled sample (another process took the CPU) must not move the ratio.
 */
export function ratio(app: readonly number[], baseline: readonly number[]): number {
  const base = median(baseline);
  if (base <= 0) throw new Error('the baseline median must be above zero');
  return median(app) / base;
}
