import { pageTotal, positionText, screenTitle, topicStructure, topicText, uiText } from './content-data';
import { answerSettings } from './support/kiosk-settings';
import { expect, test } from './fixtures';

test('switching to Spanish and back changes the text and <html lang> without a reload', async ({ page, home, topic, languages }) => {
  await home.open();
  await home.topic(new RegExp(topicText('en', 'title'))).click();
  await topic.button('Next').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  await languages.choose('Español');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // Still on the same page of the topic, now in Spanish.
  await expect(topic.heading).toHaveText(screenTitle('es', 1));
  await expect(topic.position(positionText('es', 1))).toBeVisible();
  await expect(topic.button('Siguiente')).toBeVisible();

  await languages.choose('English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(topic.heading).toHaveText(screenTitle('en', 1));
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test('the picker names each language in its own language and marks the current one', async ({ home, languages }) => {
  await home.open();
  await languages.openButton.click();
  await expect(languages.dialog).toBeVisible();
  const spanish = languages.dialog.getByRole('button', { name: /Español/ });
  await expect(spanish).toHaveAttribute('lang', 'es');
  await expect(languages.dialog.getByRole('button', { name: /English/ }).first()).toHaveAttribute('aria-current', 'true');
  await expect(spanish).toHaveAttribute('aria-current', 'false');
});

test('Escape and the close button close the picker without changing the language', async ({ page, home, languages }) => {
  await home.open();
  await languages.openButton.click();
  await page.keyboard.press('Escape');
  await expect(languages.dialog).toBeHidden();
  await languages.openButton.click();
  await languages.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(languages.dialog).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the home screen is translated too, including plurals', async ({ page, home, languages }) => {
  await home.open();
  await languages.choose('Español');
  await expect(home.heading).toHaveText('Aprenda sobre su salud');
  await expect(home.topic(new RegExp(topicText('es', 'title')))).toContainText(`${pageTotal} páginas`);
  await expect(page.getByRole('banner')).toContainText('Información de salud');
});

test('only the languages the staff enabled are offered, in their order', async ({ page, home, languages }) => {
  await answerSettings(page, { defaultLanguage: 'zh-Hans', enabledLanguages: ['zh-Hans', 'ar', 'en'] });
  await home.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await languages.openButton.click();
  await expect(languages.dialog.getByRole('button', { name: /./ }).filter({ has: page.locator('.native') })).toHaveText([/中文/, /العربية/, /English/]);
});

test('an unknown default language falls back to English with a logged warning, never a blank screen', async ({ page, home }) => {
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await answerSettings(page, { defaultLanguage: 'de' });
  await home.open();
  await expect(home.heading).toHaveText(uiText('en', 'home.title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(warnings.join('\n')).toMatch(/Default language "de" is not available; using "en"/);
});

test('a default language the staff disabled falls back too', async ({ page, home, languages }) => {
  await answerSettings(page, { defaultLanguage: 'fr', enabledLanguages: ['vi', 'es'] });
  await home.open();
  // English is not enabled either, so the first enabled language is used.
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(home.heading).toHaveText(uiText('vi', 'home.title'));
  await languages.openButton.click();
  await expect(languages.dialog.getByRole('button', { name: /Français/ })).toHaveCount(0);
});

test('Arabic sets <html dir="rtl"> and switching back restores left-to-right', async ({ page, home, languages }) => {
  await home.open();
  await languages.choose('العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(home.heading).toHaveText(uiText('ar', 'home.title'));
  await languages.choose('English');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

for (const language of ['zh-Hans', 'ar', 'fr']) {
  test(`the Sources page in ${language} gives the date in that language's own format and says the translation is a draft`, async ({ page, home, topic }) => {
    await answerSettings(page, { defaultLanguage: language });
    await home.open();
    await page.getByRole('main').getByRole('button').first().click();
    await topic.goToLastPage(pageTotal);
    await expect(topic.heading).toHaveText(uiText(language, 'sources.title'));
    const [year, month, day] = topicStructure.lastEdited.split('-').map(Number) as [number, number, number];
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
    await expect(page.getByText(uiText(language, 'sources.lastEdited').replace('{{date}}', date))).toBeVisible();
    await expect(page.getByText(uiText(language, 'sources.translationDraft'))).toBeVisible();
  });
}

test('English, the source language, has no translation status', async ({ page, home, topic }) => {
  await home.open();
  await page.getByRole('main').getByRole('button').first().click();
  await topic.goToLastPage(pageTotal);
  await expect(page.getByText(uiText('en', 'sources.notReviewed'))).toBeVisible();
  await expect(page.getByText(uiText('en', 'sources.translationHeading'))).toHaveCount(0);
});
