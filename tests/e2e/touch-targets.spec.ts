import { uiText } from './content-data';
import { expect, test } from './fixtures';

/**
 * A button shows it was touched the moment a finger is on it. (Its size, 48x48 CSS px at least, and
 * its distance from the next, 8 px at least, are measured on every screen in every-screen.spec.ts.)
 */
test('a button shows its pressed state the moment a finger is on it', async ({ page, home }) => {
  await home.open();
  const buttons = [
    page.getByRole('main').getByRole('button').first(),
    page.getByRole('banner').locator('button.language-button'),
    page.getByRole('button', { name: uiText('en', 'display.contrast') }),
  ];
  for (const button of buttons) {
    const look = () => button.evaluate((element) => {
      const style = getComputedStyle(element);
      return `${style.backgroundColor} ${style.transform} ${style.borderColor} ${style.boxShadow}`;
    });
    const before = await look();
    const box = (await button.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    // Read at once, without waiting: the pressed look has no transition in.
    const pressed = await look();
    await page.mouse.move(0, 0);
    await page.mouse.up();
    expect(pressed, await button.textContent() ?? '').not.toBe(before);
  }
});
