import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { FIRST_SCREEN_PAGE, pageScreen, pageTotal, uiText } from '../content-data';
import { SHOWN_PAGE } from '../pages/topic-page';

/**
 * Walks every screen a patient or staff member can reach, in one language, and calls `visit` on
 * each while it shows: home, language picker, the display controls' dialog (where they are folded
 * into one button), PIN pad, staff panel, every topic page (with the
 * first page's glossary pop-up, diagram viewer and "Take this home" sheet in both its views), the
 * idle prompt and the attract screen. The staff panel's on-screen keyboard is visited in its letter
 * and Arabic layouts and as a phone pad, and its Usage page with a busy month. The page must have been started with WALK_SETTINGS (see
 * answerSettings) and with answerStaffAsUnlocked, so the idle screens come in real time, the
 * sheet offers a handout and a QR code, and any PIN opens the panel.
 */
export async function walkEveryScreen(page: Page, language: string, visit: (where: string) => Promise<void>): Promise<void> {
  await visit('home');
  await page.getByRole('banner').locator('button.language-button').click();
  await page.getByRole('dialog').waitFor();
  await visit('language picker');
  await page.keyboard.press('Escape');
  // Where the header is too narrow for the display controls, they fold into one button.
  const displayButton = page.getByRole('banner').locator('button.open-display');
  if (await displayButton.isVisible()) {
    await displayButton.click();
    await page.locator('kx-display-controls dialog[open]').waitFor();
    await visit('display controls');
    await page.keyboard.press('Escape');
  }

  await page.keyboard.press('Control+Alt+KeyS');
  await page.locator('kx-pin-pad dialog[open]').waitFor();
  await visit('PIN pad');
  for (const digit of '1234') await page.locator('kx-pin-pad').getByRole('button', { name: digit, exact: true }).click();
  await page.locator('kx-pin-pad').getByRole('button', { name: uiText(language, 'staff.enter') }).click();
  const panel = page.getByRole('dialog', { name: uiText(language, 'staff.panelTitle') });
  await panel.waitFor();
  // Topics and languages at its fullest: a pack on a stick, refused as older, and the question whether to install it anyway.
  await panel.locator('button.find-packs').click();
  await panel.locator('button.install-pack').click();
  await panel.locator('button.install-older').waitFor();
  await visit('staff panel');
  // The on-screen keyboard for the clinic's name (letters; Arabic too), and its phone pad.
  await panel.locator('button.edit-clinicName').click();
  const keyboard = page.locator('kx-text-keyboard dialog[open]');
  await keyboard.waitFor();
  await visit('on-screen keyboard');
  await keyboard.locator('button.layout-arabic').click();
  await visit('on-screen keyboard: Arabic letters');
  await page.keyboard.press('Escape');
  await panel.locator('button.edit-clinicPhone').click();
  await keyboard.locator('.rows.phone').waitFor();
  await visit('on-screen phone pad');
  await page.keyboard.press('Escape');
  await keyboard.waitFor({ state: 'detached' });
  // The Usage page, with a busy month and the reset's confirmation showing.
  await panel.locator('button.open-usage').click();
  const usage = page.locator('kx-usage-page dialog[open]');
  await usage.locator('table.funnel').waitFor();
  await usage.locator('button.export').waitFor();
  await usage.locator('button.reset').click();
  await visit('usage page');
  await page.keyboard.press('Escape');
  await usage.waitFor({ state: 'detached' });
  await panel.getByRole('button', { name: uiText(language, 'staff.done') }).click();

  await page.getByRole('main').getByRole('button').first().click();
  for (let index = 0; index < pageTotal; index += 1) {
    await expect(page.getByRole('navigation')).toHaveAttribute('data-page', String(index + 1));
    const diagram = pageScreen(index)?.diagram;
    if (diagram) await page.locator(`${SHOWN_PAGE} kx-diagram-figure .canvas[data-diagram="${diagram.id}"] > svg`).waitFor();
    await visit(`page ${index + 1}`);
    if (index === FIRST_SCREEN_PAGE) {
      await page.locator(`${SHOWN_PAGE} button.term`).first().click();
      await page.locator('kx-glossary-popup dialog[open]').waitFor();
      await visit('glossary pop-up');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: uiText(language, 'diagram.enlarge') }).click();
      await page.locator('kx-diagram-viewer dialog[open] svg.diagram').waitFor();
      await visit('diagram viewer');
      await page.keyboard.press('Escape');
      await page.locator('kx-topic-screen button.take-home').click();
      await page.locator('kx-take-home-sheet dialog[open] .chapters').waitFor();
      await visit('take-home sheet');
      await page.locator('kx-take-home-sheet button.show-link').click();
      await page.locator('kx-take-home-sheet dialog[open] svg.qr').waitFor();
      await visit('take-home sheet: QR code');
      await page.keyboard.press('Escape');
    }
    if (index < pageTotal - 1) await page.getByRole('navigation').getByRole('button').last().click();
  }

  await page.locator('kx-idle-prompt dialog[open]').waitFor();
  await visit('idle prompt');
  await page.locator('kx-attract-screen[active]').waitFor({ timeout: 15_000 });
  await visit('attract screen');
}

/** Idle times that bring the idle prompt and the attract screen quickly at the end of a walk. */
// 10 s between touches leaves room for a slow check on one screen before the idle prompt: with
// 6 s, a CI machine under load once took longer over the home screen (the page's start, then an
// axe audit in Chinese), the prompt came first, and the walk's next tap waited behind it for good.
export const WALK_IDLE_TIMES = { idleTimeoutSeconds: 10, idleCountdownSeconds: 6 } as const;

/** An address long enough to wrap on a narrow sheet, so the walk sees the longest layout. */
export const WALK_TOPIC_LINK = 'https://clinic.example.org/patient-education/muscle-atrophy?from=kiosk';

/** The settings a walk needs: its idle times, printing on, and a QR-code address for the topic. */
export const WALK_SETTINGS = { ...WALK_IDLE_TIMES, printingEnabled: true, topicLinks: { 'muscle-atrophy': { '*': WALK_TOPIC_LINK } } };
