import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/chromium';

const projectRoot = path.resolve(import.meta.dirname, '../..');
/** A port of its own, so a developer's `npm run serve` on 4310 can keep running. */
export const E2E_PORT = Number(process.env.KIOSK_E2E_PORT || 4321);

export default defineConfig({
  testDir: '.',
  outputDir: path.join(projectRoot, 'test-results'),
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  // Most tests take 5-20 s; on a slow two-core CI machine, with two at once, some took over 30.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    // No trace: recording one for every test (as 'retain-on-failure' does, to keep the failures')
    // took a third of the suite's CPU on a two-core machine, which the suite keeps busy. To see a
    // failure step by step, run it again with --trace on.
    trace: 'off',
  },
  webServer: {
    // The real preview server: the same build, file resolver and IPC handlers as the kiosk.
    command: 'node --import tsx scripts/serve.ts',
    cwd: projectRoot,
    env: { KIOSK_PORT: String(E2E_PORT) },
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: false,
    // A first build on a fresh machine also synthesizes every read-aloud page (about a minute on two
    // cores; later builds take them from node_modules/.cache): allow for it.
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
