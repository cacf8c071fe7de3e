import { pageTotal, screenTitle, topicText } from './content-data';
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
  await expect(topic.position(`Página 2 de ${pageTotal}`)).toBeVisible();
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
