import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';
import { chapterEntries, TOPIC_ID, topicStructure, topicText, uiText } from './content-data';
import { expect, test } from './fixtures';
import { startPreviewServer, type RunningPreview } from '../../scripts/preview/start-preview-server';
import { lettersOnly, pdfImageCount, pdfPages, pdfText, pdfWords } from './support/pdf-text';
import { answerSettings } from './support/kiosk-settings';
import { projectRoot } from './support/second-kiosk';
import { readQrCode } from './support/qr-code';
import { SHOWN_TOPIC_SCREEN } from './pages/topic-page';
import { pauseClockNow } from './support/paused-clock';

// The printed handout, end to end: the preview server's printer prints the real handout page to
// PDF (scripts/preview/pdf-folder-printing.ts), as Electron prints it on paper.

test.describe.configure({ mode: 'serial' });

const port = Number(process.env.KIOSK_E2E_PORT || 4321) + 14;
const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-handout-'));
const printDir = path.join(folder, 'printed');
const settingsFile = path.join(folder, 'settings.json');
let kiosk: RunningPreview;

/** The clinic's QR-code addresses, from the IT config file as a kiosk reads it: Spanish's is refused (not https). */
const TOPIC_LINKS = {
  en: 'https://clinic.example.org/patient-education/muscle-atrophy',
  '*': 'https://clinic.example.org/topics/muscle-atrophy?lang=other',
  es: 'http://clinic.example.org/es/atrofia-muscular',
};

test.beforeAll(async () => {
  writeFileSync(settingsFile, JSON.stringify({ printingEnabled: true, paperSize: 'A4', clinicName: 'Hillside Family Clinic', clinicPhone: '555 0100' }));
  const itConfigFile = path.join(folder, 'config.json');
  writeFileSync(itConfigFile, JSON.stringify({ topicLinks: { 'muscle-atrophy': TOPIC_LINKS } }));
  kiosk = await startPreviewServer({
    port,
    env: { KIOSK_DIST_DIR: path.join(folder, 'dist'), KIOSK_SETTINGS_FILE: settingsFile, KIOSK_PRINT_DIR: printDir, KIOSK_INITIAL_PIN: STAFF_PIN, KIOSK_IT_CONFIG: itConfigFile },
  });
});
test.afterAll(() => kiosk?.stop());

const LANGUAGES = ['en', 'es', 'fr', 'ar', 'zh-Hans', 'vi'];
const STAFF_PIN = '2468';

/**
 * Every word of the PDF inside the page, at least `marginPt` from each edge (the handout's CSS
 * margins are 14 and 16 mm, about 40 pt): nothing is cut by a printer's unprintable border.
 */
function wordsOutsideMargins(file: string, marginPt: number): string[] {
  return pdfWords(file)
    .filter(({ xMin, yMin, xMax, yMax, page }) => xMin < marginPt || yMin < marginPt || xMax > page.width - marginPt || yMax > page.height - marginPt)
    .map((word) => word.text);
}

async function ipc(channel: string, args: unknown[]): Promise<unknown> {
  const response = await fetch(new URL(`__kiosk/ipc/${channel}`, kiosk.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: new URL(kiosk.origin).origin },
    body: JSON.stringify(args),
  });
  return response.json();
}

async function print(request: { language: string; chapters?: string[] }): Promise<{ result: unknown; pdf: string | null }> {
  const printed = () => (existsSync(printDir) ? readdirSync(printDir) : []);
  const before = new Set(printed());
  const result = await ipc('handout/print', [{ topicId: 'muscle-atrophy', language: request.language, chapters: request.chapters ?? [] }]);
  const added = printed().filter((name) => !before.has(name));
  return { result, pdf: added.length === 1 ? path.join(printDir, added[0]!) : null };
}

test('every language prints a one- or two-page handout in its own script, with its fonts embedded', async () => {
  test.setTimeout(120_000);
  for (const language of LANGUAGES) {
    const { result, pdf } = await print({ language });
    expect(result, language).toEqual({ ok: true });
    expect(pdf, `${language}: one PDF`).not.toBeNull();
    const pages = pdfPages(pdf!);
    expect(pages, language).toBeGreaterThanOrEqual(1);
    expect(pages, language).toBeLessThanOrEqual(2);
    const text = lettersOnly(pdfText(pdf!));
    expect(text, `${language}: the title`).toContain(lettersOnly(topicText(language, 'title')));
    expect(text, `${language}: the first key point`).toContain(lettersOnly(topicText(language, 'handout.points.meaning')));
    expect(text, `${language}: the when-to-tell list`).toContain(lettersOnly(topicText(language, 'screens.when-to-tell.title')));
    expect(text, `${language}: the care-team note`).toContain(lettersOnly(uiText(language, 'app.careTeamNote')));
    expect(text, `${language}: the clinic line`).toContain(lettersOnly('Hillside Family Clinic · 555 0100'));
    expect(wordsOutsideMargins(pdf!, 30), `${language}: nothing near the page edges`).toEqual([]);
    const fonts = execFileSync('pdffonts', [pdf!], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(fonts.length, `${language}: fonts`).toBeGreaterThan(0);
    for (const line of fonts) expect(line.split(/\s+/).at(-5), `${language}: ${line} is embedded`).toBe('yes');
  }
  expect(pdfText(path.join(printDir, 'handout-4.pdf'))).toMatch(/\p{Script=Arabic}{3}/u);
  expect(pdfText(path.join(printDir, 'handout-5.pdf'))).toMatch(/\p{Script=Han}{3}/u);
});

test("the diagram prints as sharp lines and text in greys, its words large enough to read at arm's length", async () => {
  const diagramId = topicStructure.handout!.diagram!;
  const labelsOf = (language: string): string[] => Object.values(JSON.parse(readFileSync(path.join(projectRoot, 'content', TOPIC_ID, `${language}.json`), 'utf8')).diagrams[diagramId].labels as Record<string, string>);
  for (const language of ['en', 'ar']) {
    const { pdf } = await print({ language });
    // Not a picture of the drawing (a CSS filter would make one): its words are text in the PDF.
    expect(pdfImageCount(pdf!), language).toBe(0);
    const text = lettersOnly(pdfText(pdf!));
    expect(labelsOf(language).length, language).toBeGreaterThan(3);
    for (const label of labelsOf(language)) expect(text, `${language}: ${label}`).toContain(lettersOnly(label));
  }
  // Every word of the English labels is at least 8 pt tall on paper.
  const { pdf } = await print({ language: 'en' });
  const labelWords = new Set(labelsOf('en').flatMap((label) => label.split(' ')));
  const heights = pdfWords(pdf!).filter((word) => labelWords.has(word.text)).map((word) => word.yMax - word.yMin);
  expect(heights.length).toBeGreaterThan(5);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(8);
});

test('chapters the patient ticks are printed in full after the key points', async () => {
  const { result, pdf } = await print({ language: 'es', chapters: ['treatments'] });
  expect(result).toEqual({ ok: true });
  const text = lettersOnly(pdfText(pdf!));
  expect(text).toContain(lettersOnly(uiText('es', 'handout.inDetail')));
  expect(text).toContain(lettersOnly(topicText('es', 'screens.treatment-fes.title')));
  expect(pdfPages(pdf!)).toBeLessThanOrEqual(3);
});

test('staff can choose Letter paper: the handout then prints on Letter, still within its margins', async () => {
  expect(await ipc('staff/unlock', [STAFF_PIN])).toMatchObject({ outcome: 'accepted' });
  expect(await ipc('settings/update', [{ paperSize: 'Letter' }])).toMatchObject({ ok: true });
  try {
    const { result, pdf } = await print({ language: 'vi' });
    expect(result).toEqual({ ok: true });
    expect(execFileSync('pdfinfo', [pdf!], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(pdfPages(pdf!)).toBeLessThanOrEqual(2);
    expect(wordsOutsideMargins(pdf!, 30)).toEqual([]);
  } finally {
    await ipc('settings/update', [{ paperSize: 'A4' }]);
    await ipc('staff/end-session', []);
  }
});

test('a request the kiosk cannot print is refused with a reason, and nothing is printed', async () => {
  // Not a request at all: refused before it reaches the printer.
  expect(await ipc('handout/print', [{ topicId: '../../etc', language: 'en', chapters: [] }])).toEqual({ ok: false, reason: 'invalid' });
  // A language the kiosk does not have: the handout page cannot be made, so the job fails (and is logged).
  const { result, pdf } = await print({ language: 'xx' });
  expect(result).toEqual({ ok: false, reason: 'failed' });
  expect(pdf).toBeNull();
});

test.describe('the Take this home sheet', () => {
  test.beforeEach(async ({ kioskGuard }) => kioskGuard.allowOrigin(kiosk.origin));

  const sheet = (page: Page) => page.getByRole('dialog', { name: uiText('en', 'takeHome.title') });

  async function openTopic(page: Page): Promise<void> {
    await page.goto(kiosk.origin);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('main').getByRole('button').first().click();
  }

  test('shows on every page of the topic; a ticked chapter prints in full, and the kiosk says the handout is printing', async ({ page }) => {
    await openTopic(page);
    const takeHome = page.getByRole('button', { name: uiText('en', 'takeHome.button') });
    await expect(takeHome).toBeVisible();
    await page.getByRole('navigation').getByRole('button').last().click();
    await expect(takeHome).toBeVisible();
    await takeHome.click();
    await expect(sheet(page)).toBeVisible();
    await expect(sheet(page)).toContainText(topicText('en', 'handout.points.meaning'));
    const chapter = sheet(page).getByRole('button', { name: topicText('en', 'chapters.treatments.title') });
    await chapter.click();
    await expect(chapter).toHaveAttribute('aria-pressed', 'true');
    const before = existsSync(printDir) ? readdirSync(printDir).length : 0;
    await sheet(page).getByRole('button', { name: uiText('en', 'takeHome.print') }).click();
    // A real print job (the handout page made into a PDF): on a loaded 2-core CI machine it took
    // over 5 s once; the kiosk itself waits up to PRINT_TIMEOUT_MS (30 s) for one.
    await expect(sheet(page).getByRole('status')).toHaveText(uiText('en', 'takeHome.printing'), { timeout: 25_000 });
    const files = readdirSync(printDir).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    expect(files.length).toBe(before + 1);
    const text = pdfText(path.join(printDir, files.at(-1)!));
    expect(lettersOnly(text)).toContain(lettersOnly(topicText('en', 'screens.treatment-fes.title')));
    await sheet(page).getByRole('button', { name: uiText('en', 'takeHome.close') }).click();
    await expect(sheet(page)).toBeHidden();
  });

  test('the sheet is made ahead, hidden; the tap only reveals it over a dimmed screen, and it becomes modal right after', async ({ page }) => {
    await page.clock.install();
    await openTopic(page);
    // Made in idle time once the topic shows: rendered, but unseen and out of reach.
    const madeAhead = page.locator(`${SHOWN_TOPIC_SCREEN} kx-take-home-sheet`);
    await expect(madeAhead.locator('.chapters button')).toHaveCount(chapterEntries.length);
    await expect(madeAhead.locator('dialog')).toBeHidden();
    await expect(sheet(page)).toHaveCount(0);
    // With the page's clock stopped, no frame callback or idle time comes: the tap's own frame is all there is.
    await pauseClockNow(page);
    const takeHome = page.getByRole('button', { name: uiText('en', 'takeHome.button') });
    await takeHome.click();
    await expect(sheet(page)).toBeVisible();
    await expect(madeAhead.locator('dialog[open]'), 'not modal yet').toHaveCount(0);
    // Before it is modal, a tap on the dimmed screen closes it, as one on the modal backdrop does.
    // (Beside the sheet, halfway down: the top corners are staff mode's.)
    await page.mouse.click(4, page.viewportSize()!.height / 2);
    await expect(sheet(page)).toBeHidden();
    await takeHome.click();
    await expect(sheet(page)).toBeVisible();
    await page.clock.runFor(500);
    await expect(madeAhead.locator('dialog[open]'), 'modal once the frame has gone').toHaveCount(1);
    await expect(sheet(page).getByRole('button', { name: uiText('en', 'takeHome.close') })).toBeFocused();
    // The page behind is out of reach: Tab goes round the sheet's own buttons only.
    for (let press = 0; press < 12; press += 1) await page.keyboard.press('Tab');
    const focusedHosts = await page.evaluate(() => {
      const hosts: string[] = [];
      for (let active = document.activeElement; active; active = active.shadowRoot?.activeElement ?? null) hosts.push(active.localName);
      return hosts;
    });
    expect(focusedHosts).toContain('kx-take-home-sheet');
    await page.keyboard.press('Escape');
    await expect(sheet(page)).toBeHidden();
  });

  test('the sheet made ahead follows a language switch on the topic page, even when opened at once', async ({ page, languages }) => {
    await page.clock.install();
    await openTopic(page);
    const madeAhead = page.locator(`${SHOWN_TOPIC_SCREEN} kx-take-home-sheet`);
    await expect(madeAhead.locator('.chapters button')).toHaveCount(chapterEntries.length);
    // Closed, it is rendered in the new language in idle time (or when what it offers changes, as
    // the address does here); with the clock stopped, idle time never comes before the tap.
    await pauseClockNow(page);
    await languages.choose('Español');
    await page.getByRole('button', { name: uiText('es', 'takeHome.button') }).click();
    const spanishSheet = page.getByRole('dialog', { name: uiText('es', 'takeHome.title') });
    await expect(spanishSheet).toBeVisible();
    await expect(spanishSheet).toContainText(topicText('es', 'handout.points.meaning'));
    await expect(spanishSheet.getByRole('button', { name: topicText('es', 'chapters.treatments.title') })).toBeVisible();
  });

  test('when printing fails the patient is sent to the front desk, in their language', async ({ page, languages }) => {
    await page.route('**/__kiosk/ipc/handout/print', (route) => route.fulfill({ json: { ok: false, reason: 'no-printer' } }));
    await page.goto(kiosk.origin);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await languages.choose('Español');
    await page.getByRole('main').getByRole('button').first().click();
    await page.getByRole('button', { name: uiText('es', 'takeHome.button') }).click();
    const spanishSheet = page.getByRole('dialog', { name: uiText('es', 'takeHome.title') });
    await spanishSheet.getByRole('button', { name: uiText('es', 'takeHome.print') }).click();
    await expect(spanishSheet.getByRole('status')).toHaveText(uiText('es', 'takeHome.askFrontDesk'));
  });

  test('the idle reset closes the sheet: the next patient never finds it open', async ({ page }) => {
    await page.clock.install();
    await openTopic(page);
    await page.getByRole('button', { name: uiText('en', 'takeHome.button') }).click();
    await expect(sheet(page)).toBeVisible();
    await page.clock.runFor(91_000);
    await page.clock.runFor(21_000);
    await expect(page.locator('kx-attract-screen')).toBeVisible();
    await expect(sheet(page)).toBeHidden();
  });

  test('a tap on Take this home while the sheet is still loading opens nothing once the page has turned', async ({ page }) => {
    // The sheet is a script of its own, loaded after the first screen; hold it back, as on a slow PC.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/take-home-sheet.js', async (route) => {
      await held;
      await route.continue();
    });
    await openTopic(page);
    const title = page.getByRole('heading', { level: 1 });
    const firstTitle = await title.textContent();
    await page.getByRole('button', { name: uiText('en', 'takeHome.button') }).click();
    await page.getByRole('navigation').getByRole('button').last().click();
    await expect(title).not.toHaveText(firstTitle ?? '');
    release();
    await page.waitForFunction(() => customElements.get('kx-take-home-sheet') !== undefined);
    // The tap was for the page before: its sheet does not pop up over this one.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(sheet(page)).toBeHidden();
    // A tap on this page opens it.
    await page.getByRole('button', { name: uiText('en', 'takeHome.button') }).click();
    await expect(sheet(page)).toBeVisible();
  });

  test.describe('the QR code', () => {
    const showLink = (page: Page, language = 'en') => page.getByRole('button', { name: uiText(language, 'takeHome.showLink') });

    test("shows the clinic's address for the patient's language, drawn offline: it decodes to that address, written under it", async ({ page, languages }) => {
      const requested: string[] = [];
      const countsSent: string[] = [];
      page.on('request', (request) => {
        requested.push(new URL(request.url()).pathname);
        if (request.url().endsWith('/usage/record')) countsSent.push(request.postData() ?? '');
      });
      await openTopic(page);
      expect(requested, 'the QR encoder is not loaded before a patient asks for a code').not.toContain('/qr-encoder.js');
      expect(requested, 'the sheet is its own script, loaded after the first screen').toContain('/take-home-sheet.js');
      await page.getByRole('button', { name: uiText('en', 'takeHome.button') }).click();
      await showLink(page).click();
      const code = sheet(page).getByRole('img', { name: uiText('en', 'takeHome.linkImage') });
      expect(await readQrCode(code)).toBe(TOPIC_LINKS.en);
      await expect(sheet(page).locator('.address')).toHaveText(TOPIC_LINKS.en);
      await expect(sheet(page).getByRole('button', { name: uiText('en', 'takeHome.print') })).toHaveCount(0);
      await expect(sheet(page).locator('.link-lead')).toBeFocused();
      // The sheet (a script of its own) counts through the app's one usage queue.
      await expect.poll(() => countsSent.filter((body) => body.includes('qr-code-shown')).length).toBe(1);

      // Back to the handout: Print is there again, and focus is on it.
      await sheet(page).getByRole('button', { name: uiText('en', 'takeHome.backToHandout') }).click();
      await expect(sheet(page).getByRole('button', { name: uiText('en', 'takeHome.print') })).toBeFocused();
      await page.keyboard.press('Escape');

      // Spanish's own address was refused (http): the one for every other language stands in.
      await page.goto(kiosk.origin);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await languages.choose('Español');
      await page.getByRole('main').getByRole('button').first().click();
      await page.getByRole('button', { name: uiText('es', 'takeHome.button') }).click();
      await showLink(page, 'es').click();
      const spanishSheet = page.getByRole('dialog', { name: uiText('es', 'takeHome.title') });
      expect(await readQrCode(spanishSheet.getByRole('img', { name: uiText('es', 'takeHome.linkImage') }))).toBe(TOPIC_LINKS['*']);
      expect(kiosk.errorOutput()).toContain('topicLinks.muscle-atrophy.es must start with https://');
    });

    test('a new opening starts afresh: on the handout, with nothing ticked', async ({ page }) => {
      await openTopic(page);
      const takeHome = page.getByRole('button', { name: uiText('en', 'takeHome.button') });
      await takeHome.click();
      const chapter = sheet(page).getByRole('button', { name: topicText('en', 'chapters.treatments.title') });
      await chapter.click();
      await expect(chapter).toHaveAttribute('aria-pressed', 'true');
      await showLink(page).click();
      await expect(sheet(page).locator('svg.qr')).toBeVisible();
      await sheet(page).getByRole('button', { name: uiText('en', 'takeHome.close') }).click();
      await takeHome.click();
      await expect(sheet(page).getByRole('button', { name: uiText('en', 'takeHome.print') })).toBeVisible();
      await expect(sheet(page).locator('svg.qr')).toHaveCount(0);
      await expect(chapter).toHaveAttribute('aria-pressed', 'false');
    });

    test('with printing off, an address alone opens the sheet on its code, with no Print; with neither, there is no Take this home', async ({ page }) => {
      const address = 'https://clinic.example.org/muscle-atrophy';
      await answerSettings(page, { printingEnabled: false, topicLinks: { 'muscle-atrophy': { en: address } } });
      await openTopic(page);
      await page.getByRole('button', { name: uiText('en', 'takeHome.button') }).click();
      expect(await readQrCode(sheet(page).locator('svg.qr'))).toBe(address);
      await expect(sheet(page).getByRole('button')).toHaveText([uiText('en', 'takeHome.close')]);

      await page.unrouteAll();
      await answerSettings(page, { printingEnabled: false, topicLinks: { 'muscle-atrophy': { fr: address } } });
      await openTopic(page);
      await expect(page.locator(SHOWN_TOPIC_SCREEN)).toBeVisible();
      await expect(page.getByRole('button', { name: uiText('en', 'takeHome.button') })).toHaveCount(0);
    });
  });
});

test('once the daily limit is reached, Print sends the patient to the front desk and the log says why', async ({ page, kioskGuard }) => {
  kioskGuard.allowOrigin(kiosk.origin);
  // Every earlier test printed at least one handout today: a limit of one is already used up.
  expect(await ipc('staff/unlock', [STAFF_PIN])).toMatchObject({ outcome: 'accepted' });
  expect(await ipc('settings/update', [{ dailyPrintLimit: 1 }])).toMatchObject({ ok: true });
  await ipc('staff/end-session', []);
  try {
    await page.goto(kiosk.origin);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('main').getByRole('button').first().click();
    await page.getByRole('button', { name: uiText('en', 'takeHome.button') }).click();
    const sheet = page.getByRole('dialog', { name: uiText('en', 'takeHome.title') });
    const printedBefore = readdirSync(printDir).length;
    await sheet.getByRole('button', { name: uiText('en', 'takeHome.print') }).click();
    await expect(sheet.getByRole('status')).toHaveText(uiText('en', 'takeHome.askFrontDesk'));
    expect(readdirSync(printDir)).toHaveLength(printedBefore);
    expect(kiosk.errorOutput()).toContain('the daily limit of 1 handouts is reached');
  } finally {
    await ipc('staff/unlock', [STAFF_PIN]);
    await ipc('settings/update', [{ dailyPrintLimit: 50 }]);
    await ipc('staff/end-session', []);
  }
});
