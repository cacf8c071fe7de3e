import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localDay, type UsageCounts } from '../../main/usage/usage-counts';
import { firstPageWithGlossaryWord, screenTitle, TOPIC_ID, topicText, uiText } from './content-data';
import { staffPanel, typePin } from './support/staff-controls';
import { expect, test } from './fixtures';
import { startPreviewServer, type RunningPreview } from '../../scripts/preview/start-preview-server';
import { SHOWN_PAGE } from './pages/topic-page';

// Usage counts, end to end: what the pages report reaches the main process's counts and its file
// (main/usage/). A kiosk of its own, so other specs' patients do not count here.

test.describe.configure({ mode: 'serial' });

const port = Number(process.env.KIOSK_E2E_PORT || 4321) + 15;
const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-usage-'));
const usageFile = path.join(folder, 'usage.json');
// Each folder in here plays a USB stick plugged into the kiosk (KIOSK_REMOVABLE_DRIVES_DIR).
const sticks = path.join(folder, 'sticks');
const PIN = '2468';
let kiosk: RunningPreview;
/** The glossary word the patient opened ("topic/term"), for the staff's checks. */
let openedWord = '';

test.beforeAll(async () => {
  mkdirSync(sticks);
  kiosk = await startPreviewServer({
    port,
    env: { KIOSK_DIST_DIR: path.join(folder, 'dist'), KIOSK_USAGE_FILE: usageFile, KIOSK_REMOVABLE_DRIVES_DIR: sticks, KIOSK_INITIAL_PIN: PIN },
  });
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
      await page.locator(`${SHOWN_PAGE} button.term`).first().click();
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
  openedWord = glossary[0]!;
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

test('staff see exactly those counts on the Usage page, save them to a USB stick as CSV, and delete them after a confirmation', async ({ page, kioskGuard }) => {
  kioskGuard.allowOrigin(kiosk.origin);
  expect(openedWord, 'the patient walk ran first').not.toBe('');
  const today = localDay(new Date());
  await page.goto(kiosk.origin);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.keyboard.press('Control+Alt+KeyS');
  await typePin(page, PIN);
  await staffPanel(page).getByRole('button', { name: uiText('en', 'staff.openUsage') }).click();
  const usagePage = page.getByRole('dialog', { name: uiText('en', 'usage.title') });

  // The figures: one session (staff's touches on the PIN pad and the panel are not a patient's),
  // read to page 5 of the topic, in Arabic, one word looked up.
  await expect(usagePage.getByText('1 session', { exact: true })).toBeVisible();
  const topicSection = usagePage.getByRole('region', { name: uiText('en', 'usage.topicsHeading') });
  await expect(topicSection.getByRole('heading', { level: 4 })).toHaveText(topicText('en', 'title'));
  await expect(topicSection.getByText('opened 1 · reached the end 0')).toBeVisible();
  const funnel = topicSection.getByRole('table', { name: uiText('en', 'usage.funnelCaption') });
  for (let index = 0; index < 7; index += 1) {
    const row = funnel.getByRole('row').nth(index + 1);
    await expect(row.getByRole('rowheader')).toHaveText(`${index + 1} ${screenTitle('en', index)}`);
    await expect(row.getByRole('cell')).toHaveText(index < 5 ? '1' : '0');
  }
  const languageRows = usagePage.getByRole('region', { name: uiText('en', 'usage.languagesHeading') }).getByRole('row');
  await expect(languageRows).toHaveCount(2);
  await expect(languageRows.nth(1)).toHaveText(/^\s*العربية\s*1\s*1\s*$/);
  const glossaryRows = usagePage.getByRole('region', { name: uiText('en', 'usage.glossaryHeading') }).getByRole('row');
  await expect(glossaryRows).toHaveCount(2);
  await expect(glossaryRows.nth(1).getByRole('rowheader')).toHaveText(topicText('en', `glossary.${openedWord.split('/')[1]}.term`));
  const features = usagePage.getByRole('region', { name: uiText('en', 'usage.featuresHeading') }).getByRole('cell');
  await expect(features).toHaveText(['0', '0', '0', '0']);
  // The chart's table for screen readers: 30 days, one session today.
  const chartTable = usagePage.getByRole('table', { name: uiText('en', 'usage.chartCaption') });
  await expect(chartTable.getByRole('row')).toHaveCount(31);
  await expect(chartTable.getByRole('row').last().getByRole('cell')).toHaveText('1');

  // No stick yet; one is plugged in and found with Look again.
  await expect(usagePage.getByText(uiText('en', 'usage.noDrives'))).toBeVisible();
  mkdirSync(path.join(sticks, 'FRONT DESK'));
  await usagePage.getByRole('button', { name: uiText('en', 'usage.lookAgain') }).click();
  // Names and file names are isolated (FSI ... PDI) so they keep their order in right-to-left text.
  await usagePage.getByRole('button', { name: 'Save to \u2068FRONT DESK\u2069' }).click();
  await expect(usagePage.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(`Saved \u2068usage-${today}.csv\u2069 on \u2068FRONT DESK\u2069. You can take the stick out now.`);
  expect(readdirSync(path.join(sticks, 'FRONT DESK'))).toEqual([`usage-${today}.csv`]);
  expect(readFileSync(path.join(sticks, 'FRONT DESK', `usage-${today}.csv`), 'utf8')).toBe(
    [
      '\uFEFFkiosk_id,date,measure,item,count',
      `,${today},sessions,,1`,
      `,${today},session_length,under-1-min,1`,
      `,${today},idle_resets,,1`,
      `,${today},topic_opened,${TOPIC_ID},1`,
      ...[1, 2, 3, 4, 5].map((pageNumber) => `,${today},page_reached,${TOPIC_ID}/${pageNumber},1`),
      `,${today},language_chosen,ar,1`,
      `,${today},language_at_end,ar,1`,
      `,${today},glossary_word_opened,${openedWord},1`,
      '',
    ].join('\r\n'),
  );

  // Delete: nothing happens until staff confirm; then every count is gone, on screen and on disk.
  await usagePage.getByRole('button', { name: uiText('en', 'usage.reset') }).click();
  await expect(usagePage.getByText(uiText('en', 'usage.resetConfirm'))).toBeVisible();
  // Focus follows the question: to Cancel, the safe answer, and back to Delete after it.
  await expect(usagePage.getByRole('button', { name: uiText('en', 'staff.cancel') })).toBeFocused();
  await usagePage.getByRole('button', { name: uiText('en', 'staff.cancel') }).click();
  await expect(usagePage.getByRole('button', { name: uiText('en', 'usage.reset') })).toBeFocused();
  await expect(usagePage.getByText('1 session', { exact: true })).toBeVisible();
  await usagePage.getByRole('button', { name: uiText('en', 'usage.reset') }).click();
  await usagePage.getByRole('button', { name: uiText('en', 'usage.resetYes') }).click();
  await expect(usagePage.getByRole('status').filter({ hasText: uiText('en', 'usage.resetDone') })).toBeVisible();
  await expect(usagePage.getByText('0 sessions', { exact: true })).toBeVisible();
  expect(JSON.parse(readFileSync(usageFile, 'utf8'))).toEqual({ version: 1, days: {} });
  await expect.poll(() => kiosk.errorOutput()).toContain('usage-reset');
  await expect.poll(() => kiosk.errorOutput()).toContain(`usage-exported {"drive":"FRONT DESK","file":"usage-${today}.csv"}`);

  await usagePage.getByRole('button', { name: uiText('en', 'usage.close') }).click();
  await expect(staffPanel(page).getByRole('button', { name: uiText('en', 'staff.openUsage') })).toBeFocused();
  await staffPanel(page).getByRole('button', { name: uiText('en', 'staff.done') }).click();
  await usagePage.waitFor({ state: 'detached' });
});
