import type { Locator, Page } from '@playwright/test';
import { uiText } from '../content-data';

/** The staff PIN pad's dialog. */
export const pinPad = (page: Page): Locator => page.locator('kx-pin-pad').getByRole('dialog');

/** The staff panel (English UI). */
export const staffPanel = (page: Page): Locator => page.getByRole('dialog', { name: uiText('en', 'staff.panelTitle') });

/** Types a PIN on the pad by touch and presses Enter. */
export async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await pinPad(page).getByRole('button', { name: digit, exact: true }).click();
  await pinPad(page).getByRole('button', { name: uiText('en', 'staff.enter') }).click();
}
