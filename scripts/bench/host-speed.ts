/**
 * How fast this host ran the same fixed work, so figures from different runs can be compared.
 *
 * The static baselines keep each run's ratios fair, but they do little script work: on 2026-12-04
 * the same build on the same Chromium took nearly twice the main-thread CPU for a language switch
 * as it had the day before, while the baselines moved by a tenth (bench/README.md, "Known noise").
 * Two fixed workloads, run in a blank page at the start and at the end of the run, show whether the
 * host itself was slower: one is script only (objects, sorting, strings, JSON, as a re-render
 * does), the other builds and lays out a block of text elements (as a page turn does).
 * Reported, never budgeted.
 */
import type { BenchBrowser } from './browser';
import { summarize, type Summary } from './stats';
import { pageScript } from './page-script';

export interface HostSpeed {
  /** The script workload's time, ms per round. */
  script: Summary;
  /** The DOM and layout workload's time, ms per round. */
  layout: Summary;
}

const WARM_UP_ROUNDS = 3;
const ROUNDS = 15;

export async function measureHostSpeed(browser: BenchBrowser): Promise<HostSpeed> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><html lang="en"><body></body></html>');
    const rounds = (await page.evaluate(FIXED_WORK_SCRIPT)) as { script: number[]; layout: number[] };
    return { script: summarize(rounds.script), layout: summarize(rounds.layout) };
  } finally {
    await context.close();
  }
}

/** Runs in the page: both workloads, warmed up, then timed round by round. */
function timeFixedWork(warmUp: number, rounds: number): { script: number[]; layout: number[] } {
  function scriptWork(): void {
    const items = Array.from({ length: 60_000 }, (_, index) => ({ id: index, label: `item ${index}`, weight: (index * 7919) % 1009 }));
    items.sort((a, b) => a.weight - b.weight || a.id - b.id);
    const text = items.map((item) => `${item.label}:${item.weight}`).join('|');
    const copy = JSON.parse(JSON.stringify(items.slice(0, 20_000))) as { label: string }[];
    if (text.replace(/item/g, 'x').length === 0 || copy.length !== 20_000) throw new Error('the host-speed workload went wrong');
  }
  function layoutWork(): void {
    const block = document.createElement('div');
    block.style.width = '800px';
    for (let index = 0; index < 1_500; index += 1) {
      const paragraph = document.createElement('p');
      paragraph.textContent = `Paragraph ${index}: plain words that wrap over a line or two, as a topic page does.`;
      block.append(paragraph);
    }
    document.body.append(block);
    if (block.offsetHeight === 0) throw new Error('the host-speed workload laid out nothing');
    block.remove();
  }
  function time(work: () => void): number {
    const start = performance.now();
    work();
    return performance.now() - start;
  }
  for (let index = 0; index < warmUp; index += 1) {
    scriptWork();
    layoutWork();
  }
  const script: number[] = [];
  const layout: number[] = [];
  for (let index = 0; index < rounds; index += 1) {
    script.push(time(scriptWork));
    layout.push(time(layoutWork));
  }
  return { script, layout };
}

const FIXED_WORK_SCRIPT = pageScript(timeFixedWork, WARM_UP_ROUNDS, ROUNDS);
