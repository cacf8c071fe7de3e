import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { KioskSettingsView } from '../../../main/ipc/contract';
import { FIRST_SCREEN_PAGE, pageScreen, pageTotal, uiText } from '../content-data';
import { SHOWN_PAGE, SHOWN_TOPIC_SCREEN } from '../pages/topic-page';
import { answerSettings } from './kiosk-settings';
import { answerStaffAsUnlocked } from './staff-answers';
import type { ScreenSize } from './screen-sizes';

/** One screen of a walk, at one screen size. */
export interface Visit {
  /** Which screen: "home", "page 3", "glossary pop-up" and so on. */
  where: string;
  size: ScreenSize;
  /**
   * The walk's first size, the one it moves through the screens at. Checks that do not depend on
   * the screen's size (accessibility, translation) run only there.
   */
  first: boolean;
}

/**
 * The settings a walk needs: printing on, a QR-code address for the topic, and the longest idle
 * time and countdown staff can set. The walk runs on Playwright's clock (startWalk), which moves on
 * in real time as well, so the idle prompt and the attract screen come only when the walk moves the
 * clock on: a slow check on one screen (an accessibility audit on a busy CI machine takes seconds)
 * never lets the prompt in early, and a walk does not wait in real time for the idle screens.
 */
export const WALK_SETTINGS = {
  idleTimeoutSeconds: 600,
  idleCountdownSeconds: 120,
  printingEnabled: true,
  topicLinks: { 'muscle-atrophy': { '*': 'https://clinic.example.org/patient-education/muscle-atrophy?from=kiosk' } },
} satisfies Partial<KioskSettingsView>;

/**
 * Starts the kiosk for a walk at `size`, as a clinic configured it with `settings` (over
 * WALK_SETTINGS): staff answered as unlocked (any PIN opens the panel), the clock Playwright's.
 */
export async function startWalk(page: Page, size: ScreenSize, settings: Partial<KioskSettingsView>): Promise<void> {
  await page.setViewportSize(size);
  await answerSettings(page, { ...WALK_SETTINGS, ...settings });
  await answerStaffAsUnlocked(page);
  await page.clock.install();
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/**
 * Resolves after the page has laid itself out and rendered again (a resize observer's first
 * report comes in the next rendering step, after layout and after the kiosk's own observers).
 * Not a frame callback: those run on Playwright's clock in a walk.
 */
export const afterRendering = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const observer = new ResizeObserver(() => {
          observer.disconnect();
          resolve();
        });
        observer.observe(document.documentElement);
      }),
  );

/**
 * Walks every screen a patient or staff member can reach, in one language, and calls `visit` on
 * each while it shows, at each of `sizes` (the window is resized on every screen, and set back to
 * the first size before the walk moves on): home, language picker, the display controls' dialog
 * (at the sizes where they are folded into one button), PIN pad, staff panel, every topic page
 * (with the first page's glossary pop-up, diagram viewer and "Take this home" sheet in both its
 * views), the idle prompt and the attract screen. The staff panel's on-screen keyboard is visited
 * in its letter and Arabic layouts and as a phone pad, and its Usage page with a busy month.
 * The page must have been started with startWalk at the first size.
 */
export async function walkEveryScreen(page: Page, language: string, visit: (visit: Visit) => Promise<void>, sizes: readonly ScreenSize[]): Promise<void> {
  const [firstSize] = sizes;
  if (!firstSize) throw new Error('A walk needs at least one screen size.');
  const visitAtEverySize = async (where: string, only: readonly ScreenSize[] = sizes) => {
    for (const size of only) {
      if (size !== firstSize) {
        await page.setViewportSize(size);
        await afterRendering(page);
      }
      await visit({ where, size, first: size === firstSize });
    }
    if (only.at(-1) !== firstSize) {
      await page.setViewportSize(firstSize);
      await afterRendering(page);
    }
  };

  await visitAtEverySize('home');
  await page.getByRole('banner').locator('button.language-button').click();
  await page.getByRole('dialog').waitFor();
  await visitAtEverySize('language picker');
  await page.keyboard.press('Escape');
  // Where the header is too narrow for the display controls, they fold into one button.
  const displayButton = page.getByRole('banner').locator('button.open-display');
  for (const size of sizes) {
    await page.setViewportSize(size);
    await afterRendering(page);
    if (!(await displayButton.isVisible())) continue;
    await displayButton.click();
    await page.locator('kx-display-controls dialog[open]').waitFor();
    await visit({ where: 'display controls', size, first: size === firstSize });
    await page.keyboard.press('Escape');
    await page.locator('kx-display-controls dialog[open]').waitFor({ state: 'detached' });
  }
  await page.setViewportSize(firstSize);
  await afterRendering(page);

  await page.keyboard.press('Control+Alt+KeyS');
  await page.locator('kx-pin-pad dialog[open]').waitFor();
  await visitAtEverySize('PIN pad');
  for (const digit of '1234') await page.locator('kx-pin-pad').getByRole('button', { name: digit, exact: true }).click();
  await page.locator('kx-pin-pad').getByRole('button', { name: uiText(language, 'staff.enter') }).click();
  const panel = page.getByRole('dialog', { name: uiText(language, 'staff.panelTitle') });
  await panel.waitFor();
  // Topics and languages at its fullest: a pack on a stick, refused as older, and the question whether to install it anyway.
  await panel.locator('button.find-packs').click();
  await panel.locator('button.install-pack').click();
  await panel.locator('button.install-older').waitFor();
  await visitAtEverySize('staff panel');
  // The on-screen keyboard for the clinic's name (letters; Arabic too), and its phone pad.
  await panel.locator('button.edit-clinicName').click();
  const keyboard = page.locator('kx-text-keyboard dialog[open]');
  await keyboard.waitFor();
  await visitAtEverySize('on-screen keyboard');
  await keyboard.locator('button.layout-arabic').click();
  await visitAtEverySize('on-screen keyboard: Arabic letters');
  await page.keyboard.press('Escape');
  await panel.locator('button.edit-clinicPhone').click();
  await keyboard.locator('.rows.phone').waitFor();
  await visitAtEverySize('on-screen phone pad');
  await page.keyboard.press('Escape');
  await keyboard.waitFor({ state: 'detached' });
  // The Usage page, with a busy month and the reset's confirmation showing.
  await panel.locator('button.open-usage').click();
  const usage = page.locator('kx-usage-page dialog[open]');
  await usage.locator('table.funnel').waitFor();
  await usage.locator('button.export').waitFor();
  await usage.locator('button.reset').click();
  await visitAtEverySize('usage page');
  await page.keyboard.press('Escape');
  await usage.waitFor({ state: 'detached' });
  await panel.getByRole('button', { name: uiText(language, 'staff.done') }).click();

  await page.getByRole('main').getByRole('button').first().click();
  for (let index = 0; index < pageTotal; index += 1) {
    await expect(page.getByRole('navigation')).toHaveAttribute('data-page', String(index + 1));
    const diagram = pageScreen(index)?.diagram;
    if (diagram) await page.locator(`${SHOWN_PAGE} kx-diagram-figure .canvas[data-diagram="${diagram.id}"] > svg`).waitFor();
    await visitAtEverySize(`page ${index + 1}`);
    if (index === FIRST_SCREEN_PAGE) {
      await page.locator(`${SHOWN_PAGE} button.term`).first().click();
      await page.locator('kx-glossary-popup dialog[open]').waitFor();
      await visitAtEverySize('glossary pop-up');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: uiText(language, 'diagram.enlarge') }).click();
      await page.locator('kx-diagram-viewer dialog[open] svg.diagram').waitFor();
      await visitAtEverySize('diagram viewer');
      await page.keyboard.press('Escape');
      await page.locator(`${SHOWN_TOPIC_SCREEN} button.take-home`).click();
      await page.locator('kx-take-home-sheet dialog[open] .chapters').waitFor();
      await visitAtEverySize('take-home sheet');
      await page.locator('kx-take-home-sheet button.show-link').click();
      await page.locator('kx-take-home-sheet dialog[open] svg.qr').waitFor();
      await visitAtEverySize('take-home sheet: QR code');
      await page.keyboard.press('Escape');
    }
    if (index < pageTotal - 1) await page.getByRole('navigation').getByRole('button').last().click();
  }

  // No touch for the idle time, then none for the countdown (on Playwright's clock).
  await page.clock.runFor(WALK_SETTINGS.idleTimeoutSeconds * 1000 + 1000);
  await page.locator('kx-idle-prompt dialog[open]').waitFor();
  await visitAtEverySize('idle prompt');
  await page.clock.runFor(WALK_SETTINGS.idleCountdownSeconds * 1000 + 1000);
  await page.locator('kx-attract-screen[active]').waitFor();
  await visitAtEverySize('attract screen');
}
