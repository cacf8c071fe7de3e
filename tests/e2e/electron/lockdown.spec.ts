import { foreignChromiumOrigin } from '../../electron-double/scheme-origin';
import { expect, test } from './fixtures';

// The lockdown main/index.ts wires, run through the Electron test double (tests/electron-double/).

test('a request for any other origin is cancelled by the registered onBeforeRequest, even with the page’s CSP out of the way', async ({ launchKiosk }) => {
  const kiosk = await launchKiosk();
  const page = await kiosk.page();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  kiosk.expectPageError(/ERR_BLOCKED_BY_CLIENT/);

  // The CSP alone already stops page requests; switch it off to show the second line holds.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setBypassCSP', { enabled: true });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const otherAppHost = 'https://other.app.electron-double.invalid/secret.json'; // app://other/secret.json
  const outcomes = await page.evaluate(
    (urls) => Promise.all(urls.map((url) => fetch(url).then(() => 'loaded', () => 'failed'))),
    ['https://example.org/tracker.json', otherAppHost],
  );
  expect(outcomes).toEqual(['failed', 'failed']);
  const cancelled = kiosk.double.requests.filter((request) => request.outcome === 'cancelled by onBeforeRequest').map((request) => request.url);
  expect(cancelled).toEqual(expect.arrayContaining(['https://example.org/tracker.json', 'app://other/secret.json']));

  // The main process's own loads go through the same listener.
  const kioskWindow = await kiosk.window();
  await expect(kioskWindow.loadURL('https://example.org/')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
});

test('the page cannot navigate away: location changes and link clicks to other origins are refused by will-navigate', async ({ launchKiosk }) => {
  const kiosk = await launchKiosk();
  const page = await kiosk.page();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const kioskUrl = page.url();

  const prevented = () => kiosk.double.requests.filter((request) => request.outcome === 'navigation prevented').map((request) => request.url);
  await page.evaluate(() => {
    window.location.href = 'https://example.org/elsewhere';
  });
  // One at a time: a second navigation started at once would cancel the first before it is asked.
  await expect.poll(prevented).toEqual(['https://example.org/elsewhere']);
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'https://example.org/linked';
    link.textContent = 'away';
    document.body.append(link);
    link.click();
  });
  await expect.poll(prevented).toEqual(['https://example.org/elsewhere', 'https://example.org/linked']);
  expect(page.url()).toBe(kioskUrl);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Refused navigations never reached onBeforeRequest or the network.
  expect(kiosk.double.requests.filter((request) => request.url.startsWith('https://example.org/') && request.outcome !== 'navigation prevented')).toEqual([]);
});

test('window.open and target=_blank links are refused by the window open handler: no second window ever loads', async ({ launchKiosk }) => {
  const kiosk = await launchKiosk();
  const page = await kiosk.page();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    window.open('https://example.org/popup');
    const link = document.createElement('a');
    link.href = 'https://example.org/new-tab';
    link.target = '_blank';
    link.textContent = 'new tab';
    document.body.append(link);
    link.click();
  });
  await expect.poll(() => [...kiosk.double.refusedWindows].sort()).toEqual(['https://example.org/new-tab', 'https://example.org/popup']);
  await expect.poll(() => page.context().pages().length).toBe(1);
  // Nothing of the refused windows was fetched.
  expect(kiosk.double.requests.filter((request) => request.url.startsWith('https://example.org/')).every((request) => request.outcome === 'from a refused window')).toBe(true);
});

test('blocked keys never reach the page; other keys, and the staff shortcut, do', async ({ launchKiosk }) => {
  const kiosk = await launchKiosk({ isPackaged: true });
  const kioskWindow = await kiosk.window();
  const page = await kiosk.page();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenKeys: string[] }).seenKeys = seen;
    window.addEventListener('keydown', (event) => seen.push(event.key), true);
  });
  const seenKeys = () => page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys.filter((key) => !['Control', 'Shift', 'Alt', 'Meta'].includes(key)));

  for (const combination of ['Control+KeyR', 'F5', 'Control+Shift+KeyI', 'F12', 'Alt+ArrowLeft', 'Control+Equal', 'Control+KeyP', 'Control+KeyW']) {
    const { prevented } = await kioskWindow.webContents.pressKeys(combination);
    expect(prevented.length, combination).toBeGreaterThan(0);
  }
  expect(await seenKeys()).toEqual([]);
  // The page is still the same document: nothing reloaded it.
  expect(await page.evaluate(() => Array.isArray((window as unknown as { seenKeys?: string[] }).seenKeys))).toBe(true);

  await kioskWindow.webContents.pressKeys('KeyA');
  expect(await seenKeys()).toEqual(['a']);
  await kioskWindow.webContents.pressKeys('Control+Alt+KeyS');
  await expect(page.locator('kx-pin-pad').getByRole('dialog')).toBeVisible();
});

test('a development build keeps devtools keys; a packaged one does not', async ({ launchKiosk }) => {
  const development = await launchKiosk({ isPackaged: false });
  const developmentWindow = await development.window();
  await (await development.page()).getByRole('heading', { level: 1 }).waitFor();
  expect((await developmentWindow.webContents.pressKeys('F12')).prevented).toEqual([]);
  expect((await developmentWindow.webContents.pressKeys('Control+KeyR')).delivered).not.toContain('keyDown r');
});

test('permission requests and checks are refused for the kiosk page', async ({ launchKiosk }) => {
  const kiosk = await launchKiosk();
  const contents = (await kiosk.window()).webContents as unknown as Electron.WebContents;
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read'] as const) {
    expect(await kiosk.double.session.requestPermission(contents, permission, 'app://kiosk/index.html'), permission).toBe(false);
  }
  expect(kiosk.double.session.checkPermission(contents, 'media', 'app://kiosk')).toBe(false);
});

test('IPC from a document of another origin is refused by the main process, though the preload runs there', async ({ launchKiosk }) => {
  const kiosk = await launchKiosk();
  const kioskWindow = await kiosk.window();
  const page = await kiosk.page();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // From the kiosk's own page the bridge answers.
  expect(await page.evaluate(() => window.kiosk!.getAppInfo())).toMatchObject({ shell: 'electron' });

  // A document that got past the guards (the double's test hook; every real way is blocked above).
  await kioskWindow.webContents.loadForeignDocument(`${foreignChromiumOrigin('attacker')}/`, '<!doctype html><title>elsewhere</title><p>elsewhere</p>');
  const answer = await page.evaluate(() => window.kiosk!.getSettings().then(() => 'answered', (error: Error) => error.message));
  expect(answer).toMatch(/Refused IPC 'settings\/get' from an untrusted frame/);
});
