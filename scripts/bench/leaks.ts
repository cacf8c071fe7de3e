/**
 * Metric 5: leaks. The JS heap after forced garbage collection and the renderer's DOM node count,
 * before and after many loops of: open the topic, read its first page aloud, go on to its first
 * diagram and open it full screen and close it, step forward two screens (which stops the
 * reading), switch to the next language, go home. Both readings come from
 * CDP (HeapProfiler.collectGarbage, then Runtime.getHeapUsage and Memory.getDOMCounters).
 *
 * "Before" is read after one warm-up loop per language, so everything the kiosk keeps on purpose
 * (each language's text, each diagram file, fonts, compiled code) is already there: growth
 * after that is state that piles up per patient, which a kiosk running for months cannot afford.
 * The loops click in the page (element.click()) rather than tap, to run 300 of them quickly;
 * the code paths after the click are the same.
 */
import type { CDPSession } from '@playwright/test';
import type { BenchBrowser } from './browser';
import { APP_READY } from './navigation';
import { readPageCounts, type PageCounts } from './page-counts';
import { pageScript } from './page-script';

export type LeakReading = PageCounts;

export interface LeakResult {
  loops: number;
  before: LeakReading;
  after: LeakReading;
}

export async function measureLeaks(browser: BenchBrowser, origin: string, loops: number): Promise<LeakResult> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(origin);
    await page.locator(APP_READY).first().waitFor();
    const cdp = await context.newCDPSession(page);
    await page.evaluate(LOOP_SCRIPT);
    const languages = await page.evaluate(() => window.__kxLeakLoop!.languages());
    for (let index = 0; index < languages.length; index += 1) await page.evaluate(() => window.__kxLeakLoop!.run());
    const before = await read(cdp);
    for (let index = 0; index < loops; index += 1) await page.evaluate(() => window.__kxLeakLoop!.run());
    const after = await read(cdp);
    return { loops, before, after };
  } finally {
    await context.close();
  }
}

/**
 * Reads once the counts hold still. After the loop's last step the kiosk still has work queued for
 * idle time (home's Listen button makes its <audio>, the standby topic makes its pages): on a busy
 * host a fixed wait could read before it ran, and one full run's "after" was +218 nodes that a
 * rerun did not show (bench/README.md). Nothing runs the loop meanwhile, so waiting cannot hide a
 * leak that grows per patient.
 */
async function read(cdp: CDPSession): Promise<LeakReading> {
  let last = await readOnce(cdp);
  for (let attempt = 0; attempt < SETTLE_ATTEMPTS; attempt += 1) {
    const next = await readOnce(cdp);
    if (next.domNodes === last.domNodes && next.listeners === last.listeners) return next;
    last = next;
  }
  return last;
}

/** At most this many more readings, 0.5 s apart, for the counts to settle. */
const SETTLE_ATTEMPTS = 10;

async function readOnce(cdp: CDPSession): Promise<LeakReading> {
  await new Promise((resolve) => setTimeout(resolve, 500));
  return readPageCounts(cdp);
}

declare global {
  interface Window {
    __kxLeakLoop?: { languages(): string[]; run(): Promise<void> };
  }
}

/** Runs in the page: one loop of the patient's journey, waiting for each step to show. */
function installLeakLoop(): void {
  const shell = () => document.querySelector('kx-app')!.shadowRoot!;
  const topicRoot = () => shell().querySelector('kx-topic-screen:not([standby])')?.shadowRoot ?? null;
  const picker = () => shell().querySelector('kx-language-picker')!.shadowRoot!;
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const until = async (what: string, condition: () => unknown) => {
    for (let frames = 0; frames < 300; frames += 1) {
      if (condition()) return;
      await frame();
    }
    throw new Error(`leak loop: ${what} did not happen`);
  };
  const click = async (what: string, find: () => Element | null | undefined) => {
    await until(what, find);
    (find() as HTMLElement).click();
  };
  const languages = () => [...picker().querySelectorAll('button.language')].map((button) => button.getAttribute('lang') ?? '');
  let turn = 0;
  const run = async () => {
    // element.click() is not activity to the idle timer (renderer/controllers/idle-controller.ts),
    // so a run longer than the idle time (90 s) would meet the "Are you still there?" prompt and
    // the reset mid-loop. A patient's finger moves; each loop says so.
    window.dispatchEvent(new PointerEvent('pointermove'));
    await click('topic card', () => shell().querySelector('kx-home-screen')?.shadowRoot?.querySelector('button.topic'));
    await until('topic', () => topicRoot()?.querySelector('nav[data-page="1"]'));
    // Read the first page aloud for a moment (the page turns below stop it).
    await click('listen', () => topicRoot()?.querySelector('kx-listen-button')?.shadowRoot?.querySelector('button'));
    await until('audio playing', () => {
      const audio = document.querySelector<HTMLAudioElement>('audio[data-read-aloud]');
      return audio && !audio.paused && audio.currentTime > 0;
    });
    // On to the first page with a diagram (a topic with chapters opens on its contents page).
    const figure = () => topicRoot()?.querySelector('kx-diagram-figure')?.shadowRoot ?? null;
    let page = 1;
    while (!topicRoot()?.querySelector('kx-diagram-figure')) {
      page += 1;
      await click('next', () => topicRoot()?.querySelector('nav button.next'));
      const shown = page;
      await until(`page ${shown}`, () => topicRoot()?.querySelector(`nav[data-page="${shown}"]`));
      if (page > 50) throw new Error('leak loop: the topic has no diagram');
    }
    await until('diagram drawn', () => figure()?.querySelector('svg[role="img"]'));
    await click('enlarge', () => figure()?.querySelector('button.enlarge'));
    const viewer = () => topicRoot()?.querySelector('kx-diagram-viewer')?.shadowRoot ?? null;
    await until('viewer open', () => viewer()?.querySelector('dialog[open] .stage svg'));
    await click('viewer close', () => viewer()?.querySelector('dialog[open] button.close'));
    await until('viewer closed', () => !viewer()?.querySelector('dialog[open]'));
    for (let step = page + 1; step <= page + 2; step += 1) {
      await click('next', () => topicRoot()?.querySelector('nav button.next'));
      await until(`page ${step}`, () => topicRoot()?.querySelector(`nav[data-page="${step}"]`));
    }
    await until('reading stopped', () => !document.querySelector('audio[data-read-aloud]'));
    const codes = languages();
    turn += 1;
    const code = codes[turn % codes.length]!;
    await click('language button', () => shell().querySelector('button.language-button'));
    await click(`language ${code}`, () => picker().querySelector(`dialog[open] button.language[lang="${code}"]`));
    await until(`language ${code} shown`, () => document.documentElement.lang === code);
    await click('home', () => shell().querySelector('header button.home'));
    await until('home', () => shell().querySelector('kx-home-screen'));
    await frame();
  };
  window.__kxLeakLoop = { languages, run };
}

const LOOP_SCRIPT = pageScript(installLeakLoop);
