import type { Page } from '@playwright/test';
import { firstPageWithGlossaryWord, screenTitle, uiText } from './content-data';
import { expect, test } from './fixtures';
import { answerSettings } from './support/kiosk-settings';
import { pauseClockNow } from './support/paused-clock';
import { SHOWN_PAGE, type TopicPage } from './pages/topic-page';

// The idle cycle runs on Playwright's clock, so 90 s pass in an instant.
test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

const attract = (page: Page) => page.locator('kx-attract-screen');

/**
 * Opens the first topic with Playwright's clock stopped, so only runFor() moves the idle time from
 * that touch. The tap shows the topic once its screen's script has loaded
 * (renderer/components/lazy-screens.ts); on a busy CI machine that took seconds of real time, and
 * until then the kiosk is on its untouched home screen, which idle time resets without a prompt.
 */
async function openFirstTopicWithClockStopped(page: Page, topic: TopicPage): Promise<void> {
  await pauseClockNow(page);
  await page.getByRole('main').getByRole('button').first().click();
  await topic.navigation.waitFor();
}

test('after the idle time "Are you still there?" counts down, and "I\'m still here" keeps the patient in place', async ({ page, home, topic }) => {
  await home.open();
  await page.getByRole('main').getByRole('button').first().click();
  // The clock stops before the last touch, so the time the test's own steps take (seconds, on a
  // busy machine) does not count: only runFor() moves it.
  await pauseClockNow(page);
  await topic.button('Next').click();
  await page.clock.runFor(89_000);
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.clock.runFor(2_000);
  const prompt = page.getByRole('dialog', { name: uiText('en', 'idle.title') });
  await expect(prompt).toBeVisible();
  // The kiosk checks once a second: allow one second.
  await expect(prompt).toContainText(/The screen will go back to the start in (20|19) seconds\./);
  await page.clock.runFor(5_000);
  await expect(prompt).toContainText(/in 1[45] seconds/);
  await prompt.getByRole('button', { name: uiText('en', 'idle.stay') }).click();
  await expect(prompt).toBeHidden();
  await expect(topic.heading).toHaveText(screenTitle('en', 1));
  // The timer started again from that touch.
  await page.clock.runFor(60_000);
  await expect(prompt).toBeHidden();
});

test('any touch restarts the idle time', async ({ page, home, topic }) => {
  await home.open();
  await openFirstTopicWithClockStopped(page, topic);
  for (let minute = 0; minute < 4; minute += 1) {
    await page.clock.runFor(60_000);
    await page.mouse.click(300, 700); // an empty spot below the text (the diagram is on the right)
  }
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(attract(page)).toBeHidden();
});

test('with no answer the kiosk resets: attract screen, then the default language, home and nothing open', async ({ page, home, topic, languages }) => {
  await answerSettings(page, { defaultLanguage: 'fr' });
  await home.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await languages.choose('Español');
  await page.getByRole('main').getByRole('button').first().click();
  // Somewhere past the first page, on a page with a medical word to open.
  const pageWithWord = firstPageWithGlossaryWord('es', 2);
  for (let index = 0; index < pageWithWord; index += 1) await topic.forward.click();
  await page.locator(`${SHOWN_PAGE} button.term`).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();

  await page.clock.runFor(90_000 + 20_000 + 1_000);
  await expect(attract(page)).toBeVisible();
  await expect(attract(page)).toHaveAttribute('role', 'button');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await attract(page).click();
  await expect(attract(page)).toBeHidden();
  await expect(home.heading).toHaveText(uiText('fr', 'home.title'));
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the attract screen invites a touch in each enabled language in turn', async ({ page, home }) => {
  await answerSettings(page, { enabledLanguages: ['en', 'ar', 'zh-Hans'] });
  await home.open();
  await page.clock.runFor(91_000 + 1_000); // untouched home screen: straight to attract, no prompt
  const invitation = attract(page).locator('.invite');
  await expect(invitation).toHaveText(uiText('en', 'attract.invite'));
  await page.clock.runFor(4_000);
  await expect(invitation).toHaveText(uiText('ar', 'attract.invite'));
  await expect(attract(page).locator('.invitation')).toHaveAttribute('dir', 'rtl');
  await page.clock.runFor(4_000);
  await expect(invitation).toHaveText(uiText('zh-Hans', 'attract.invite'));
});

test('the first touch only wakes the kiosk: it never presses what lies beneath', async ({ page, home }) => {
  await home.open();
  const card = page.getByRole('main').getByRole('button').first();
  const box = (await card.boundingBox())!;
  await page.clock.runFor(92_000);
  await expect(attract(page)).toBeVisible();
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await expect(attract(page)).toBeHidden();
  await page.clock.runFor(1_000);
  await expect(home.heading).toHaveText(uiText('en', 'home.title'));
  // The next touch works normally.
  await card.click();
  await expect(page.getByRole('navigation')).toBeVisible();
});

test('the idle time follows the staff setting', async ({ page, home, topic }) => {
  await answerSettings(page, { idleTimeoutSeconds: 30, idleCountdownSeconds: 10 });
  // As on a busy CI machine, where this test once saw no prompt: the topic's script comes late.
  await page.route('**/topic-screens.js*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.continue();
  });
  await home.open();
  await openFirstTopicWithClockStopped(page, topic);
  await page.clock.runFor(31_000);
  await expect(page.getByRole('dialog', { name: uiText('en', 'idle.title') })).toContainText(/in (10|9) seconds/);
});
