import type { Locator, Page } from '@playwright/test';

/** The header's language button and the dialog it opens. */
export class LanguagePicker {
  readonly openButton: Locator;
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    // The header's language control (its name changes with the language, so found by its class).
    this.openButton = page.getByRole('banner').locator('button.language-button');
    this.dialog = page.getByRole('dialog');
  }

  async choose(nativeName: string): Promise<void> {
    await this.openButton.click();
    await this.dialog.getByRole('button', { name: new RegExp(nativeName) }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
