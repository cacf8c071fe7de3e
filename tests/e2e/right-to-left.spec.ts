import { pageTotal, screenTitle, uiText } from './content-data';
import { expect, test } from './fixtures';
import { answerSettings } from './support/kiosk-settings';
import { swipe } from './support/touch';

test('in Arabic the whole topic page mirrors: Next on the left, arrows turned, progress from the right', async ({ page, home, topic }) => {
  await answerSettings(page, { defaultLanguage: 'ar' });
  await home.open();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('main').getByRole('button').first().click();
  await topic.button(uiText('ar', 'nav.next')).click();
  await expect(topic.heading).toHaveText(screenTitle('ar', 1));

  const back = await topic.button(uiText('ar', 'nav.back')).boundingBox();
  const next = await topic.button(uiText('ar', 'nav.next')).boundingBox();
  expect(next!.x).toBeLessThan(back!.x);
  // The forward arrow points left: its icon is mirrored.
  const nextIconTransform = await topic.button(uiText('ar', 'nav.next')).locator('svg').evaluate((icon) => getComputedStyle(icon).transform);
  expect(nextIconTransform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  // The progress bar fills from the right: the current (second) segment is right of the third.
  const segments = topic.navigation.locator('.segment');
  await expect(segments).toHaveCount(pageTotal);
  expect((await segments.nth(1).boundingBox())!.x).toBeGreaterThan((await segments.nth(2).boundingBox())!.x);
  // Headings and text start at the right edge.
  const heading = (await topic.heading.boundingBox())!;
  expect(heading.x + heading.width).toBeGreaterThan(1920 - 200);
});

test('swiping turns pages like a book, mirrored in right-to-left languages', async ({ page, home, topic, languages }) => {
  const middle = { y: 500 };
  await home.open();
  await page.getByRole('main').getByRole('button').first().click();
  await expect(topic.heading).toHaveText(screenTitle('en', 0)); // a person swipes what they see
  await swipe(page, { x: 1400, ...middle }, { x: 700, ...middle }); // finger moves left
  await expect(topic.heading).toHaveText(screenTitle('en', 1));
  await swipe(page, { x: 700, ...middle }, { x: 1400, ...middle }); // finger moves right
  await expect(topic.heading).toHaveText(screenTitle('en', 0));
  // A mostly vertical drag is a scroll, not a page turn.
  await swipe(page, { x: 1000, y: 700 }, { x: 900, y: 300 });
  await expect(topic.heading).toHaveText(screenTitle('en', 0));

  await languages.choose('العربية');
  await swipe(page, { x: 700, ...middle }, { x: 1400, ...middle }); // finger moves right: next in Arabic
  await expect(topic.heading).toHaveText(screenTitle('ar', 1));
  await swipe(page, { x: 1400, ...middle }, { x: 700, ...middle });
  await expect(topic.heading).toHaveText(screenTitle('ar', 0));
});
