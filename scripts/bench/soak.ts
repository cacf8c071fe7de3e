/**
 * `npm run bench -- --soak [--sessions N]`: a week of patients (issue 25), not run in CI. N
 * simulated patient sessions (2,000 unless given), each in the next language in turn: wake the
 * attract screen, choose the language, open the topic, jump to a chapter from its contents page,
 * read on, open a glossary word, open a diagram full screen, listen to a page read aloud, open
 * the "Take this home" sheet, and walk away (the idle prompt and reset, on Playwright's clock).
 *
 * Every 100 sessions it reads, after three forced garbage collections: the JS heap
 * (Runtime.getHeapUsage), DOM nodes and JS event listeners (Memory.getDOMCounters), and the
 * memory of Chromium's renderer processes (their PSS from /proc, found with
 * SystemInfo.getProcessInfo). Budget, against the reading after the first 100 sessions (by then
 * every language, text, diagram and code path the kiosk keeps on purpose is loaded): heap growth
 * under 1 MB, DOM nodes and listeners back to where they were, renderer memory growth under 10 MB.
 * Chromium runs with DevTools' Network domain off (run.ts, chromium-without-network-domain.mjs):
 * Playwright would turn it on, and the renderer would then keep a record of every request.
 * Writes bench/soak/results.json, results.md (the table) and chart.svg.
 */
import type { CDPSession, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { BenchBrowser } from './browser';
import { APP_READY } from './navigation';
import { readPageCounts } from './page-counts';
import { pageScript } from './page-script';

export const SOAK_READING_EVERY = 100;
/**
 * Steps to leave out (SOAK_SKIP=listen,diagram,...: language, chapter, glossary, listen, diagram,
 * sheet), to find which one a growth comes from. A soak for the record skips none.
 */
const SKIP = (process.env.SOAK_SKIP ?? '').split(',').filter(Boolean);
/** The idle time and the "Are you still there?" prompt, plus a second: the reset has happened. */
const WALK_AWAY_MS = 90_000 + 20_000 + 1_000;
/**
 * Before a reading, the kiosk is left alone a little longer: the work the reset started in idle
 * time (the home screen's Listen sound fetched ahead, pages made ahead) waits on Playwright's
 * clock, and its fetches on the real one. Read before it settles, the same kiosk counted 1 to 3
 * nodes more or fewer from one reading to the next (bench/README.md).
 */
const SETTLE_FAKE_MS = 6_000;
const SETTLE_REAL_MS = 500;

export interface SoakReading {
  sessions: number;
  /** Since the soak started. */
  elapsedSeconds: number;
  heapBytes: number;
  domNodes: number;
  listeners: number;
  /** Sum of the renderer processes' PSS; null where /proc cannot tell (not Linux). */
  rendererBytes: number | null;
}

export interface SoakBudget {
  name: string;
  value: number | null;
  limit: string;
  pass: boolean | null;
}

export interface SoakResult {
  sessions: number;
  /** Sessions that reached a diagram and opened it full screen (the others ran out of pages first). */
  diagramsOpened: number;
  /** Steps left out (SOAK_SKIP); empty for a soak for the record. */
  skipped: string[];
  seconds: number;
  readings: SoakReading[];
  budgets: SoakBudget[];
}

export async function runSoak(browser: BenchBrowser, origin: string, sessions: number, progress: (message: string) => void): Promise<SoakResult> {
  const context = await browser.newContext();
  const browserCdp = await browser.browser.newBrowserCDPSession();
  try {
    const page = await context.newPage();
    // The idle reset is real (the app's own timers), only sooner: Playwright's clock skips the wait.
    await page.clock.install();
    await page.goto(origin);
    await page.locator(APP_READY).first().waitFor();
    const cdp = await context.newCDPSession(page);
    await page.evaluate(SESSION_SCRIPT);
    const languages = await page.evaluate(() => window.__kxSoak!.languages());
    const started = Date.now();
    const readings: SoakReading[] = [];
    let diagramsOpened = 0;
    for (let session = 1; session <= sessions; session += 1) {
      const done = await page.evaluate(([code, skip]) => window.__kxSoak!.session(code, skip), [languages[(session - 1) % languages.length]!, SKIP] as const);
      if (done.diagramOpened) diagramsOpened += 1;
      await walkAway(page);
      if (session % SOAK_READING_EVERY === 0 || session === sessions) {
        await settle(page);
        const reading = { sessions: session, elapsedSeconds: Math.round((Date.now() - started) / 1000), ...(await read(cdp, browserCdp)) };
        readings.push(reading);
        progress(`${session} sessions, ${reading.elapsedSeconds} s: heap ${(reading.heapBytes / 1024 / 1024).toFixed(2)} MB, ${reading.domNodes} nodes, ${reading.listeners} listeners, renderers ${reading.rendererBytes === null ? '?' : `${(reading.rendererBytes / 1024 / 1024).toFixed(1)} MB`}`);
      }
    }
    return { sessions, diagramsOpened, skipped: SKIP, seconds: Math.round((Date.now() - started) / 1000), readings, budgets: soakBudgets(readings) };
  } finally {
    await browserCdp.detach().catch(() => {});
    await context.close();
  }
}

/** The budgets, against the reading after the first SOAK_READING_EVERY sessions. */
export function soakBudgets(readings: readonly SoakReading[]): SoakBudget[] {
  const start = readings.find((reading) => reading.sessions === SOAK_READING_EVERY);
  const end = readings.at(-1);
  if (start === undefined || end === undefined || end === start) {
    return [{ name: `soak: needs more than ${SOAK_READING_EVERY} sessions`, value: null, limit: '', pass: null }];
  }
  const growth = (pick: (reading: SoakReading) => number | null) => {
    const [from, to] = [pick(start), pick(end)];
    return from === null || to === null ? null : to - from;
  };
  const heap = growth((reading) => reading.heapBytes);
  const nodes = growth((reading) => reading.domNodes);
  const listeners = growth((reading) => reading.listeners);
  const renderer = growth((reading) => reading.rendererBytes);
  const span = `sessions ${start.sessions} to ${end.sessions}`;
  return [
    { name: `JS heap growth, ${span}`, value: heap, limit: '< 1 MB', pass: heap === null ? null : heap < 1024 * 1024 },
    { name: `DOM node growth, ${span}`, value: nodes, limit: '<= 0 (back to the start)', pass: nodes === null ? null : nodes <= 0 },
    { name: `Event listener growth, ${span}`, value: listeners, limit: '<= 0 (back to the start)', pass: listeners === null ? null : listeners <= 0 },
    { name: `Renderer memory growth, ${span}`, value: renderer, limit: '< 10 MB', pass: renderer === null ? null : renderer < 10 * 1024 * 1024 },
  ];
}

/** The patient leaves: no touch for the idle time, the prompt's time, and the kiosk resets to its attract screen. */
async function walkAway(page: Page): Promise<void> {
  await page.clock.runFor(WALK_AWAY_MS);
  await page.waitForFunction(() => window.__kxSoak!.attractShowing(), undefined, { polling: 'raf', timeout: 10_000 });
}

/** Lets the idle-time work the reset started finish: on the page's clock, then its fetches on the real one. */
async function settle(page: Page): Promise<void> {
  await page.clock.runFor(SETTLE_FAKE_MS);
  await page.waitForTimeout(SETTLE_REAL_MS);
  await page.clock.runFor(SETTLE_FAKE_MS);
  if (!(await page.evaluate(() => window.__kxSoak!.attractShowing()))) throw new Error('the kiosk left its attract screen while it was left alone before a reading');
}

async function read(cdp: CDPSession, browserCdp: CDPSession): Promise<Omit<SoakReading, 'sessions' | 'elapsedSeconds'>> {
  return { ...(await readPageCounts(cdp)), rendererBytes: await rendererMemory(browserCdp) };
}

/** The renderer processes' proportional set size, summed (Linux /proc; null elsewhere). */
async function rendererMemory(browserCdp: CDPSession): Promise<number | null> {
  const info = (await browserCdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
  let total = 0;
  for (const process of info.processInfo.filter((entry) => entry.type === 'renderer')) {
    try {
      const pss = /^Pss:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${process.id}/smaps_rollup`, 'utf8'));
      if (pss === null) return null;
      total += Number(pss[1]) * 1024;
    } catch {
      return null;
    }
  }
  return total;
}

declare global {
  interface Window {
    __kxSoak?: { languages(): string[]; session(language: string, skip: string[]): Promise<{ diagramOpened: boolean }>; attractShowing(): boolean };
  }
}

/** Runs in the page: one patient, from waking the kiosk to the last tap before walking away. */
function installSoakSession(): void {
  const shell = () => document.querySelector('kx-app')!.shadowRoot!;
  const topicRoot = () => shell().querySelector('kx-topic-screen:not([standby])')?.shadowRoot ?? null;
  // The topic page on screen, not one made ahead of the next tap (hidden beside it).
  const shownPage = () => topicRoot()?.querySelector('article.current') ?? null;
  const picker = () => shell().querySelector('kx-language-picker')!.shadowRoot!;
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  /** The first element matching `selector` in `root` or any shadow root inside it. */
  const deep = (root: ParentNode | null | undefined, selector: string): HTMLElement | null => {
    if (!root) return null;
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
    for (const element of root.querySelectorAll('*')) {
      const inner = element.shadowRoot ? deep(element.shadowRoot, selector) : null;
      if (inner) return inner;
    }
    return null;
  };
  const until = async (what: string, condition: () => unknown) => {
    for (let frames = 0; frames < 600; frames += 1) {
      if (condition()) return;
      await frame();
    }
    throw new Error(`soak: ${what} did not happen`);
  };
  const click = async (what: string, find: () => Element | null | undefined) => {
    await until(what, find);
    const element = find() as HTMLElement;
    // The app counts a session from the first pointerdown, as a finger would send it.
    element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    element.click();
  };
  const pageShown = () => Number(topicRoot()?.querySelector('nav')?.getAttribute('data-page') ?? 0);
  const next = async () => {
    const from = pageShown();
    await click('next', () => topicRoot()?.querySelector('nav button.next:not([data-last])'));
    await until(`page ${from + 1}`, () => pageShown() === from + 1);
  };
  const attract = () => shell().querySelector('kx-attract-screen');
  const attractShowing = () => attract()?.hasAttribute('active') === true;
  const languages = () => [...picker().querySelectorAll('button.language')].map((button) => button.getAttribute('lang') ?? '');

  const session = async (language: string, skip: string[]) => {
    const doing = (step: string) => !skip.includes(step);
    // The kiosk starts on its home screen; after each reset, on the attract screen.
    if (attractShowing()) {
      await click('attract screen', attract);
      await until('home', () => shell().querySelector('kx-home-screen') && !attractShowing());
    }
    if (doing('language')) {
      await click('language button', () => shell().querySelector('button.language-button'));
      await click(`language ${language}`, () => picker().querySelector(`dialog[open] button.language[lang="${language}"]`));
      await until(`language ${language} shown`, () => document.documentElement.lang === language);
    }
    await click('topic card', () => shell().querySelector('kx-home-screen')?.shadowRoot?.querySelector('button.topic'));
    // The contents page: jump to the second chapter (or go on page by page).
    if (doing('chapter')) {
      await click('chapter', () => deep(shownPage(), 'kx-topic-contents')?.shadowRoot?.querySelectorAll('button[data-chapter]')[1]);
      await until('chapter page', () => pageShown() > 1);
    } else await next();
    // Read on until a page has a glossary word, and open it.
    for (let step = 0; !deep(shownPage(), 'button.term'); step += 1) {
      if (step > 30) throw new Error('soak: no glossary word in the topic');
      await next();
    }
    if (doing('glossary')) {
      await click('glossary word', () => deep(shownPage(), 'button.term'));
      const glossary = () => topicRoot()?.querySelector('kx-glossary-popup')?.shadowRoot ?? null;
      await click('glossary close', () => glossary()?.querySelector('dialog[open] button.close'));
      await until('glossary closed', () => !glossary()?.querySelector('dialog[open]'));
    }
    // Listen to this page for a moment.
    if (doing('listen')) {
      await click('listen', () => topicRoot()?.querySelector('kx-listen-button')?.shadowRoot?.querySelector('button'));
      await until('audio playing', () => {
        const audio = document.querySelector<HTMLAudioElement>('audio[data-read-aloud]');
        return audio && !audio.paused && audio.currentTime > 0;
      });
    }
    // On to a page with a diagram (the page turn stops the reading), full screen and back.
    const figure = () => shownPage()?.querySelector('kx-diagram-figure')?.shadowRoot ?? null;
    await next();
    for (let step = 0; !shownPage()?.querySelector('kx-diagram-figure'); step += 1) {
      if (step > 30) {
        // Past the last diagram: back to the contents and its first chapter, which has one.
        await click('first chapter', () => deep(shownPage(), 'kx-topic-contents')?.shadowRoot?.querySelector('button[data-chapter]'));
        break;
      }
      if (!topicRoot()?.querySelector('nav button.next:not([data-last])')) break;
      await next();
    }
    await until('reading stopped', () => !document.querySelector('audio[data-read-aloud]'));
    const diagramOpened = doing('diagram') && Boolean(shownPage()?.querySelector('kx-diagram-figure'));
    if (diagramOpened) {
      await until('diagram drawn', () => figure()?.querySelector('svg[role="img"]'));
      await click('enlarge', () => figure()?.querySelector('button.enlarge'));
      const viewer = () => topicRoot()?.querySelector('kx-diagram-viewer')?.shadowRoot ?? null;
      await until('viewer open', () => viewer()?.querySelector('dialog[open] .stage svg'));
      await click('viewer close', () => viewer()?.querySelector('dialog[open] button.close'));
      await until('viewer closed', () => !viewer()?.querySelector('dialog[open]'));
    }
    // The "Take this home" sheet, opened and closed.
    if (doing('sheet')) {
      await click('take this home', () => topicRoot()?.querySelector('button.take-home'));
      const sheet = () => topicRoot()?.querySelector('kx-take-home-sheet')?.shadowRoot ?? null;
      await click('sheet close', () => sheet()?.querySelector('dialog[open] button.close'));
      await until('sheet closed', () => !sheet()?.querySelector('dialog[open]'));
    }
    await frame();
    return { diagramOpened };
  };
  window.__kxSoak = { languages, session, attractShowing };
}

const SESSION_SCRIPT = pageScript(installSoakSession);
