import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localDay, type UsageCounts } from '../../main/usage/usage-counts';
import { firstPageWithGlossaryWord, TOPIC_ID } from './content-data';
import { expect, test } from './fixtures';
import { startPreviewServer, type RunningPreview } from '../../scripts/preview/start-preview-server';

// Usage counts, end to end: what the pages report reaches the main process's counts and its file
// (main/usage/). A kiosk of its own, so other specs' patients do not count here.

test.describe.configure({ mode: 'serial' });

const port = Number(process.env.KIOSK_E2E_PORT || 4321) + 15;
const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-usage-'));
const usageFile = path.join(folder, 'usage.json');
let kiosk: RunningPreview;

test.beforeAll(async () => {
  kiosk = await startPreviewServer({ port, env: { KIOSK_DIST_DIR: path.join(folder, 'dist'), KIOSK_USAGE_FILE: usageFile } });
});
test.afterAll(() => kiosk?.stop());

test('a scripted patient (open the topic, read 5 pages, switch to Arabic, open a glossary word, walk away) is counted exactly, with nothing else', async ({ page, topic, languages, kioskGuard }) => {
  kioskGuard.allowOrigin(kiosk.origin);
  await page.clock.install();
  await page.goto(kiosk.origin);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Nobody has touched the screen: nothing counted, nothing written.
  expect(existsSync(usageFile)).toBe(false);

  await page.getByRole('main').getByRole('button').first().click();
  await languages.choose('العربية');
  const wordPage = firstPageWithGlossaryWord('ar', 1);
  expect(wordPage, 'a word to open within the first five pages').toBeLessThanOrEqual(4);
  for (let index = 1; index <= 4; index += 1) {
    await topic.forward.click();
    await expect(page.getByRole('navigation')).toHaveAttribute('data-page', String(index + 1));
    if (index === wordPage) {
      await page.getByRole('main').locator('button.term').first().click();
      await page.keyboard.press('Escape');
    }
  }

  // Walks away: the idle prompt, then the reset, which writes the counts at once.
  await page.clock.runFor(90_000 + 20_000 + 1_000);
  await expect(page.locator('kx-attract-screen')).toBeVisible();
  await expect.poll(() => existsSync(usageFile)).toBe(true);
  const counts = JSON.parse(readFileSync(usageFile, 'utf8')) as UsageCounts;
  const days = Object.keys(counts.days);
  expect(days).toEqual([localDay(new Date())]);
  const day = counts.days[days[0]!]!;
  const glossary = Object.keys(day.glossaryOpened);
  expect(glossary).toHaveLength(1);
  expect(glossary[0]).toMatch(new RegExp(`^${TOPIC_ID}/`));
  expect(day).toEqual({
    sessions: 1,
    sessionLengths: { 'under-1-min': 1, '1-3-min': 0, '3-10-min': 0, 'over-10-min': 0 },
    idleResets: 1,
    topics: { [TOPIC_ID]: { opened: 1, pagesReached: { 0: 1, 1: 1, 2: 1, 3: 1, 4: 1 }, chaptersOpened: {}, reachedEnd: 0 } },
    languagesChosen: { ar: 1 },
    languagesEnded: { ar: 1 },
    glossaryOpened: { [glossary[0]!]: 1 },
    diagramsEnlarged: 0,
    readAloudPlays: 0,
    handoutsPrinted: 0,
    qrCodesShown: 0,
    textSizeChanges: {},
    contrastChanges: {},
  });
});
