import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { topicText } from './content-data';
import { expect, test } from './fixtures';
import { pseudoText, pseudoTranslate } from './support/pseudo-locale';
import { projectRoot, startSecondKiosk, type SecondKiosk } from './support/second-kiosk';

// A second kiosk with one more language, added the way a translator would: a registry entry,
// locales/<code>/ui.json and content/<topic>/<code>.json — and no code. Its text is a
// pseudo-translation of English, made here from the real files.
// One kiosk for both tests: they run one after the other in one worker.
test.describe.configure({ mode: 'serial' });

const port = Number(process.env.KIOSK_E2E_PORT || 4321) + 11;
const code = 'en-XA';
const nativeName = 'Ƥšéûðö Éñĝļîšĥ';
const FONT_FAMILY = 'Pseudo Script Sans';
let kiosk: SecondKiosk;

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const writeJson = (file: string, value: unknown) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 2));
};

test.beforeAll(async () => {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-language-'));
  const localesDir = path.join(workDir, 'locales');
  const contentDir = path.join(workDir, 'content');
  cpSync(path.join(projectRoot, 'locales'), localesDir, { recursive: true });
  cpSync(path.join(projectRoot, 'content'), contentDir, { recursive: true });

  const registry = readJson(path.join(localesDir, 'languages.json')) as { languages: unknown[] };
  // It brings its own font files (locales/fonts/), as a language in a script the app has no font for would.
  // Here they are Noto Sans under another name, so the test can tell they were loaded from there.
  mkdirSync(path.join(localesDir, 'fonts'), { recursive: true });
  for (const weight of [400, 700]) {
    cpSync(path.join(projectRoot, 'node_modules', '@fontsource', 'noto-sans', 'files', `noto-sans-latin-${weight}-normal.woff2`), path.join(localesDir, 'fonts', `pseudo-script-${weight}.woff2`));
  }
  registry.languages.push({
    code,
    nativeName,
    englishName: 'Pseudo English',
    dir: 'ltr',
    font: `"${FONT_FAMILY}", "Noto Sans", sans-serif`,
    fontFiles: [400, 700].map((weight) => ({ family: FONT_FAMILY, weight, file: `pseudo-script-${weight}.woff2` })),
  });
  writeJson(path.join(localesDir, 'languages.json'), registry);
  writeJson(path.join(localesDir, code, 'ui.json'), pseudoTranslate(readJson(path.join(localesDir, 'en', 'ui.json'))));
  for (const topicId of readdirSync(contentDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
    writeJson(path.join(contentDir, topicId, `${code}.json`), pseudoTranslate(readJson(path.join(contentDir, topicId, 'en.json'))));
  }
  kiosk = await startSecondKiosk({ port, localesDir, contentDir });
});

test.afterAll(() => kiosk?.stop());

test('a language added as files appears in the picker and works, with no code change', async ({ page, home, topic, languages, kioskGuard }) => {
  kioskGuard.allowOrigin(kiosk.url);
  await page.goto(kiosk.url);
  await home.heading.waitFor();
  await languages.openButton.click();
  const added = languages.dialog.getByRole('button', { name: new RegExp(nativeName) });
  await expect(added).toBeVisible();
  await expect(added).toHaveAttribute('lang', code);
  await added.click();

  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await expect(home.heading).toHaveText(pseudoText('Learn about your health'));
  await home.topic(new RegExp(pseudoText(topicText('en', 'title')))).click();
  // The topic opens on its contents page, whose chapter titles come from the new language's file too.
  await expect(topic.heading).toHaveText(pseudoText(topicText('en', 'title')));
  await expect(page.getByRole('main').getByRole('button', { name: new RegExp(pseudoText(topicText('en', 'chapters.signs.title'))) })).toBeVisible();
  await topic.forward.click();
  await expect(topic.heading).toHaveText(pseudoText(topicText('en', 'screens.what-it-is.title')));
});

test('the font files a language brings are loaded from locales/fonts and draw its text', async ({ page, home, languages, kioskGuard }) => {
  kioskGuard.allowOrigin(kiosk.url);
  const fontRequests: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/locales/fonts/')) fontRequests.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  await page.goto(kiosk.url);
  await home.heading.waitFor();
  await languages.openButton.click();
  await languages.dialog.getByRole('button', { name: new RegExp(nativeName) }).click();
  await expect(home.heading).toHaveText(pseudoText('Learn about your health'));
  expect(await home.heading.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(new RegExp(`^"?${FONT_FAMILY}"?,`));
  // The heading is bold and the text regular: both faces are fetched and in use.
  await expect
    .poll(() => page.evaluate((family) => [...document.fonts].filter((face) => face.family.replace(/"/g, '') === family).map((face) => `${face.weight} ${face.status}`).sort(), FONT_FAMILY))
    .toEqual(['400 loaded', '700 loaded']);
  expect(fontRequests.sort()).toEqual(['200 /locales/fonts/pseudo-script-400.woff2', '200 /locales/fonts/pseudo-script-700.woff2']);
});
