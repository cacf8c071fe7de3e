import type { Locator, Page } from '@playwright/test';

/** The start screen, found the way a screen reader would find it. */
export class HomePage {
  readonly heading: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await this.heading.waitFor();
  }

  topic(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('button', { name });
  }
}
