import { FIRST_SCREEN_PAGE, pageScreen, screenTitle } from './content-data';
import { expect, test } from './fixtures';
import { swipe } from './support/touch';
import { SHOWN_PAGE } from './pages/topic-page';

/** A swipe that starts on something tappable turns the page and never taps it. */
test('a swipe that starts on a medical word or on a diagram turns the page without opening either', async ({ page, home, topic }) => {
  await home.open();
  await page.getByRole('main').getByRole('button').first().click();
  // The topic's first screen has both a medical word and a diagram.
  expect(pageScreen(FIRST_SCREEN_PAGE)?.diagram).toBeTruthy();
  for (let index = 0; index < FIRST_SCREEN_PAGE; index += 1) await topic.forward.click();
  await expect(topic.heading).toHaveText(screenTitle('en', FIRST_SCREEN_PAGE));

  const word = (await page.locator(`${SHOWN_PAGE} button.term`).first().boundingBox())!;
  const start = { x: word.x + word.width / 2, y: word.y + word.height / 2 };
  await swipe(page, start, { x: start.x - 400, y: start.y + 10 });
  await expect(topic.heading).toHaveText(screenTitle('en', FIRST_SCREEN_PAGE + 1));
  await expect(page.locator('kx-glossary-popup dialog[open]')).toHaveCount(0);

  await topic.button('Back').click();
  await expect(topic.heading).toHaveText(screenTitle('en', FIRST_SCREEN_PAGE));
  const picture = (await page.locator(`${SHOWN_PAGE} kx-diagram-figure .canvas`).boundingBox())!;
  const from = { x: picture.x + picture.width / 2, y: picture.y + picture.height / 2 };
  await swipe(page, from, { x: from.x - 400, y: from.y });
  await expect(topic.heading).toHaveText(screenTitle('en', FIRST_SCREEN_PAGE + 1));
  await expect(page.locator('kx-diagram-viewer dialog[open]')).toHaveCount(0);
});
