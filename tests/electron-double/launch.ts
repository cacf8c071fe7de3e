import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/chromium';
import type { BrowserWindowDouble } from './browser-window';
import { ElectronDouble } from './electron-double';
import { runMainBundle } from './load-main-bundle';
import type { DoublePrinter } from './web-contents';

const projectRoot = path.resolve(import.meta.dirname, '../..');

export interface LaunchOptions {
  /** The built app (its main/ and renderer/ folders); default dist/, as `npm run build` makes it. */
  distDir?: string;
  /** Shared by launches that stand for the same installation (single-instance lock, settings). */
  userDataDir?: string;
  /** A packaged app has no devtools and stricter keys; default true, as clinics run it. */
  isPackaged?: boolean;
  screen?: { width: number; height: number };
  argv?: string[];
  /** The machine's printers; their jobs are written as PDFs to `printedDir`. */
  printers?: DoublePrinter[];
  printedDir?: string;
}

/** One line of the kiosk's log (main/log/rotating-log.ts writes JSON lines). */
export interface LogLine {
  time: string;
  event: string;
  [detail: string]: unknown;
}

/**
 * One start of the kiosk as a clinic PC would do it: the built main process runs with the double
 * as its 'electron', then the double starts Chromium and emits 'ready'.
 */
export class KioskLaunch {
  private constructor(
    readonly double: ElectronDouble,
    readonly userDataDir: string,
  ) {}

  static async start(options: LaunchOptions = {}): Promise<KioskLaunch> {
    const distDir = options.distDir ?? path.join(projectRoot, 'dist');
    const userDataDir = options.userDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'kiosk-double-'));
    const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    const double = new ElectronDouble({
      userDataDir,
      appVersion: packageJson.version,
      isPackaged: options.isPackaged ?? true,
      screen: options.screen ?? { width: 1920, height: 1080 },
      chromium: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
      argv: options.argv ?? ['clinic-kiosk'],
      printers: options.printers ?? [],
      printedDir: options.printedDir ?? null,
    });
    runMainBundle(path.join(distDir, 'main', 'index.cjs'), double.mainModule);
    await double.app.start();
    return new KioskLaunch(double, userDataDir);
  }

  private readonly expectedPageErrors: RegExp[] = [];

  /** A console error this test provokes on purpose (a refused call, a blocked request). */
  expectPageError(pattern: RegExp): void {
    this.expectedPageErrors.push(pattern);
  }

  unexpectedPageErrors(): string[] {
    return this.double.pageErrors.filter((message) => !this.expectedPageErrors.some((pattern) => pattern.test(message)));
  }

  /** The kiosk window, once the main process has made it. */
  async window(timeoutMs = 10_000): Promise<BrowserWindowDouble> {
    const deadline = Date.now() + timeoutMs;
    while (this.double.windows.length === 0) {
      if (Date.now() > deadline) throw new Error('The main process made no window.');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.double.windows[0]!;
  }

  /** The page the window shows now (a new one after a renderer crash). */
  async page(): Promise<Page> {
    return (await this.window()).webContents.currentPage();
  }

  get exited(): Promise<number> {
    return this.double.app.exited;
  }

  logLines(): LogLine[] {
    const folder = path.join(this.userDataDir, 'logs');
    let files: string[];
    try {
      files = readdirSync(folder).filter((name) => name.endsWith('.log'));
    } catch {
      return [];
    }
    // Oldest first: kiosk.2.log, kiosk.1.log, then kiosk.log.
    const age = (name: string) => Number(/\.(\d+)\.log$/.exec(name)?.[1] ?? 0);
    return files
      .sort((a, b) => age(b) - age(a))
      .flatMap((name) => readFileSync(path.join(folder, name), 'utf8').split('\n'))
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as LogLine);
  }

  /**
   * Ends the launch as a power cut would: no events, the browser closed. A page still loading is
   * given a few seconds first: Playwright reports responses of a browser closed under it as errors
   * of the test, which would be noise about the harness, not findings about the kiosk.
   */
  async kill(): Promise<void> {
    const window = this.double.windows[0];
    if (!this.double.app.hasExited && window !== undefined) {
      const page = await window.webContents.currentPage().catch(() => null);
      await Promise.race([page?.waitForLoadState('load'), new Promise((resolve) => setTimeout(resolve, 5_000))]).catch(() => {});
    }
    if (!this.double.app.hasExited) this.double.app.exit(137);
    await this.exited;
    await this.double.browserClosed;
  }
}
