import { CONTENT_SECURITY_POLICY } from '../../../main/security/content-security-policy';
import { expect, test } from './fixtures';

// The real main process (dist/main/index.cjs) and preload over the Electron test double: what it
// proves and what it cannot is written in tests/electron-double/README.md.

test('the kiosk window opens hidden, is shown on ready-to-show, and renders the home screen from app://kiosk/', async ({ launchKiosk }) => {
  const kiosk = await launchKiosk();
  const kioskWindow = await kiosk.window();
  // ready-to-show waits for the page's first paint: on a busy two-core CI machine that took over 5 s.
  await expect.poll(() => kioskWindow.history, { timeout: 20_000 }).toEqual(['created hidden', 'ready-to-show', 'show']);
  expect(kioskWindow.isVisible()).toBe(true);
  expect(kioskWindow.isKiosk()).toBe(true);

  const page = await kiosk.page();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The page came from the protocol handler main/index.ts registered, through the scheme mapping.
  const served = kiosk.double.requests.filter((request) => request.outcome === 'served').map((request) => request.url);
  expect(served).toContain('app://kiosk/index.html');
  expect(served.every((url) => url.startsWith('app://kiosk/'))).toBe(true);
  // The preload's bridge is what the renderer uses: no HTTP fallback call was made.
  expect(await page.evaluate(() => typeof window.kiosk?.getSettings)).toBe('function');
  expect(kiosk.double.requests.some((request) => request.url.includes('/__kiosk/ipc/'))).toBe(false);
});

test('the app:// responses carry the app’s headers: the CSP on HTML, nosniff on everything', async ({ launchKiosk }) => {
  const kiosk = await launchKiosk();
  const page = await kiosk.page();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const index = kiosk.double.requests.find((request) => request.url === 'app://kiosk/index.html');
  expect(index?.headers?.['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  for (const request of kiosk.double.requests.filter((entry) => entry.outcome === 'served')) {
    expect(request.headers?.['x-content-type-options'], request.url).toBe('nosniff');
  }
  // Chromium enforces that CSP: an inline script is refused.
  const ranInline = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ranInline).toBe(false);
  kiosk.expectPageError(/Content Security Policy/);
});

test('start-up: no menu, the display kept awake, pinch and swipe-back switches, zoom limits, and a log line', async ({ launchKiosk }) => {
  const kiosk = await launchKiosk();
  const kioskWindow = await kiosk.window();
  expect(kiosk.double.menu.removed).toBe(true);
  expect(kiosk.double.powerSaveBlocker.activeTypes).toEqual(['prevent-display-sleep']);
  expect(kiosk.double.app.commandLine.switches).toEqual(['--overscroll-history-navigation=0', '--disable-pinch']);
  expect(kioskWindow.webContents.visualZoomLimits).toEqual({ minimum: 1, maximum: 1 });
  expect(kiosk.double.ipcMain.channels.length).toBeGreaterThan(0);
  expect(kiosk.logLines().find((line) => line.event === 'start')).toMatchObject({ version: kiosk.double.app.getVersion() });
});
