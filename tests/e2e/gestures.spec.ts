import { screenTitle } from './content-data';
import { expect, test } from './fixtures';
import { swipe } from './support/touch';

/** A swipe that starts on something tappable turns the page and never taps it. */
test('a swipe that starts on a medical word or on a diagram turns the page without opening either', async ({ page, home, topic }) => {
  await home.open();
  await page.getByRole('main').getByRole('button').first().click();
  await expect(topic.heading).toHaveText(screenTitle('en', 0));

  const word = (await page.locator('kx-topic-screen button.term').first().boundingBox())!;
  const start = { x: word.x + word.width / 2, y: word.y + word.height / 2 };
  await swipe(page, start, { x: start.x - 400, y: start.y + 10 });
  await expect(topic.heading).toHaveText(screenTitle('en', 1));
  await expect(page.locator('kx-glossary-popup dialog[open]')).toHaveCount(0);

  const picture = (await page.locator('kx-diagram-figure .canvas').boundingBox())!;
  const from = { x: picture.x + picture.width / 2, y: picture.y + picture.height / 2 };
  await swipe(page, from, { x: from.x + 400, y: from.y });
  await expect(topic.heading).toHaveText(screenTitle('en', 0));
  await expect(page.locator('kx-diagram-viewer dialog[open]')).toHaveCount(0);
});
