import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium';
import { stopChildProcess, stopOnExit } from '../preview/start-preview-server';

export interface ScreenSize {
  width: number;
  height: number;
}
export const SCREEN: ScreenSize = { width: 1920, height: 1080 };
/** A portrait floor-standing kiosk, measured too (reported, no budget of its own). */
export const PORTRAIT_SCREEN: ScreenSize = { width: 1080, height: 1920 };
/** Room for the headed window's own tab strip and toolbar above the tallest (portrait) page. */
const XVFB_HEIGHT = PORTRAIT_SCREEN.height + 120;

export interface BenchBrowser {
  browser: Browser;
  /** 'headed (Xvfb :N)', 'headed (DISPLAY=...)' or 'headless'. */
  mode: string;
  version: string;
  /** A fresh context: its own cache and storage, a touchscreen of that size (1920x1080 unless given). */
  newContext(screen?: ScreenSize): Promise<BrowserContext>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * DevTools' Network domain stays off, as on a kiosk, where no DevTools client is attached
   * (chromium-without-network-domain.mjs). With it on, as Playwright has it, the renderer copies
   * every response body and keeps a record of each request for DevTools: the soak measured those
   * records, and a tap on Listen paid for copying its MP3 (A/B at 4x, medians 152 / 135 ms with
   * it on, 115 / 124 ms off). Playwright then sees no requests or responses; the bench needs none.
   */
  withoutNetworkDomain?: boolean;
}

/**
 * Headed Chromium paints through a real window and compositor, closer to the kiosk than
 * headless, so the bench uses a display when there is one: the session's own DISPLAY, else an
 * Xvfb it starts, else headless. The page gets the kiosk's 1920x1080 viewport (or the portrait
 * kiosk's 1080x1920); the Xvfb screen is tall enough for either plus the window's tab strip and toolbar.
 */
export async function launchBenchBrowser(options: LaunchOptions = {}): Promise<BenchBrowser> {
  const display = await findDisplay();
  const headless = display === null;
  const env: NodeJS.ProcessEnv = display ? { ...process.env, DISPLAY: display.name } : { ...process.env };
  let executablePath = chromiumExecutable();
  if (options.withoutNetworkDomain) {
    env.BENCH_REAL_CHROMIUM = executablePath;
    executablePath = fileURLToPath(new URL('chromium-without-network-domain.mjs', import.meta.url));
  }
  const browser = await chromium.launch({
    executablePath,
    headless,
    args: [...CHROMIUM_ARGS, `--window-size=${SCREEN.width},${XVFB_HEIGHT}`, '--window-position=0,0'],
    env,
  });
  return {
    browser,
    mode: `${display ? `headed (${display.label})` : 'headless'}${options.withoutNetworkDomain ? ', DevTools Network domain off' : ''}`,
    version: browser.version(),
    newContext: (screen = SCREEN) =>
      browser.newContext({
        viewport: screen,
        screen,
        hasTouch: true,
        deviceScaleFactor: 1,
      }),
    async close() {
      await browser.close();
      await display?.stop();
    },
  };
}

interface Display {
  name: string;
  label: string;
  stop(): Promise<void>;
}

async function findDisplay(): Promise<Display | null> {
  if (process.env.BENCH_HEADLESS === '1') return null;
  if (process.env.DISPLAY) return { name: process.env.DISPLAY, label: `DISPLAY=${process.env.DISPLAY}`, stop: async () => {} };
  if (!existsSync('/usr/bin/Xvfb')) return null;
  // A display number nobody holds (X servers leave a lock file per display).
  let number = 146;
  while (existsSync(`/tmp/.X${number}-lock`) || existsSync(`/tmp/.X11-unix/X${number}`)) number += 1;
  const xvfb = spawn('/usr/bin/Xvfb', [`:${number}`, '-screen', '0', `${SCREEN.width}x${XVFB_HEIGHT}x24`, '-nolisten', 'tcp'], { stdio: 'ignore' });
  // A bench that breaks must not leave its X server behind.
  stopOnExit(xvfb);
  const ready = await waitFor(() => existsSync(`/tmp/.X11-unix/X${number}`), 5000);
  if (!ready) {
    xvfb.kill('SIGTERM');
    return null;
  }
  return { name: `:${number}`, label: `Xvfb :${number}`, stop: () => stopChildProcess(xvfb) };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}
