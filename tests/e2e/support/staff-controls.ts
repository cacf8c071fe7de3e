import type { Locator, Page } from '@playwright/test';
import { uiText } from '../content-data';

/** The staff PIN pad's dialog. */
export const pinPad = (page: Page): Locator => page.locator('kx-pin-pad').getByRole('dialog');

/** The staff panel (English UI). */
export const staffPanel = (page: Page): Locator => page.getByRole('dialog', { name: uiText('en', 'staff.panelTitle') });

/** The staff panel's own status line at its top ("Saved."); its sections have live regions of their own. */
export const panelStatus = (page: Page): Locator => staffPanel(page).locator('header').getByRole('status');

/** Types a PIN on the pad by touch and presses Enter. */
export async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await pinPad(page).getByRole('button', { name: digit, exact: true }).click();
  await pinPad(page).getByRole('button', { name: uiText('en', 'staff.enter') }).click();
}
