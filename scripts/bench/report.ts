import { cpus } from 'node:os';
import { summarize, ratio, type Summary } from './stats';
import type { HostSpeed } from './host-speed';

/** One limit on one figure of a metric. */
export interface BudgetCheck {
  figure: 'median' | 'p95' | 'ratio' | 'value';
  max: number;
}

/** What a metric must stay within: every check must hold. */
export interface Budget {
  checks: BudgetCheck[];
  /** As the table prints it, e.g. "p95 <= 40 ms, <= 1.15x". */
  text: string;
}

export interface MetricResult {
  id: string;
  name: string;
  unit: 'ms' | 'bytes' | 'nodes' | 'x';
  /** Timings: the app's samples summarised; a single reading has only `value`. */
  summary?: Summary;
  value?: number;
  /** The baseline measured in the same run, interleaved with the app's samples. */
  baseline?: Summary & { what: string };
  /** median(app) / median(baseline). */
  ratio?: number;
  /** Renderer main-thread CPU time per sample (CDP ThreadTime), for the app and its baseline. */
  cpu?: { app: Summary; baseline: Summary };
  budget: Budget | null;
  pass: boolean | null;
  /** Anything the reader needs to trust or interpret the figure. */
  notes?: string[];
}

/** A timing metric from the app's samples and (optionally) its interleaved baseline's. */
export function timingMetric(
  base: { id: string; name: string; notes?: string[] },
  app: number[],
  budget: Budget | null,
  baseline?: { samples: number[]; what: string },
): MetricResult {
  const summary = summarize(app);
  const result: MetricResult = { ...base, unit: 'ms', summary, budget, pass: null };
  if (baseline) {
    result.baseline = { ...summarize(baseline.samples), what: baseline.what };
    result.ratio = ratio(app, baseline.samples);
  }
  result.pass = budget ? checkBudget(result, budget) : null;
  return result;
}

export function checkBudget(result: MetricResult, budget: Budget): boolean {
  return budget.checks.every((check) => {
    const figure = check.figure === 'ratio' ? result.ratio : check.figure === 'value' ? result.value : result.summary?.[check.figure];
    if (figure === undefined) throw new Error(`${result.id}: no ${check.figure} figure to check against its budget`);
    return figure <= check.max;
  });
}

export interface BenchReport {
  date: string;
  chromium: string;
  browserMode: string;
  cpu: { model: string; cores: number };
  node: string;
  smoke: boolean;
  /** Samples per timing metric. */
  samples: number;
  /** The same fixed work timed at the start and the end of the run (host-speed.ts); absent before 2026-12-04. */
  hostSpeed?: { atStart: HostSpeed; atEnd: HostSpeed };
  metrics: MetricResult[];
}

/** One line for the end of the bench's output and the README: compare it between runs before their figures. */
export function formatHostSpeed(hostSpeed: NonNullable<BenchReport['hostSpeed']>): string {
  const pair = (key: keyof HostSpeed) => `${hostSpeed.atStart[key].median.toFixed(1)} / ${hostSpeed.atEnd[key].median.toFixed(1)} ms`;
  return `Host speed, fixed work at the start / end of the run (medians): script ${pair('script')}, DOM and layout ${pair('layout')}`;
}

export function newReport(fields: { chromium: string; browserMode: string; smoke: boolean; samples: number }): BenchReport {
  const cores = cpus();
  return { date: new Date().toISOString(), ...fields, cpu: { model: cores[0]?.model ?? 'unknown', cores: cores.length }, node: process.version, metrics: [] };
}

function format(value: number | undefined, unit: MetricResult['unit']): string {
  if (value === undefined) return '';
  if (unit === 'bytes') return `${(value / 1000).toFixed(1)} kB`;
  if (unit === 'ms') return `${value.toFixed(1)} ms`;
  if (unit === 'x') return `${value.toFixed(2)}x`;
  return String(Math.round(value));
}

/** The Markdown table the bench prints and the README shows. */
export function formatTable(report: BenchReport): string {
  const rows = [
    ['metric', 'median', 'p95', 'baseline median', 'ratio', 'main-thread CPU median (app / baseline)', 'budget', 'pass'],
    ['---', '---:', '---:', '---:', '---:', '---:', '---', '---'],
  ];
  for (const metric of report.metrics) {
    rows.push([
      metric.name,
      metric.summary ? format(metric.summary.median, metric.unit) : format(metric.value, metric.unit),
      metric.summary ? format(metric.summary.p95, metric.unit) : '',
      metric.baseline ? format(metric.baseline.median, metric.unit) : '',
      metric.ratio === undefined ? '' : `${metric.ratio.toFixed(2)}x`,
      metric.cpu ? `${format(metric.cpu.app.median, 'ms')} / ${format(metric.cpu.baseline.median, 'ms')}` : '',
      metric.budget?.text ?? '(reported)',
      metric.pass === null ? '' : metric.pass ? 'pass' : '**FAIL**',
    ]);
  }
  return rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
