import type { Locator, Page } from '@playwright/test';

/**
 * The topic screen on screen: not the one on standby behind the home screen, hidden, with the
 * first topic made ahead of the tap that opens it (renderer/components/app/app.ts standbyTopic).
 */
export const SHOWN_TOPIC_SCREEN = 'kx-topic-screen:not([standby])';

/**
 * The topic page on screen. The topic screen also holds the pages a patient is likely to turn to
 * next, made ahead and hidden in the same place (renderer/components/topic-screen/pages-ahead.ts);
 * CSS locators for a page's parts start here so they never find those.
 */
export const SHOWN_PAGE = `${SHOWN_TOPIC_SCREEN} article.current`;

/** One page of a topic, with its navigation bar. */
export class TopicPage {
  readonly heading: Locator;
  readonly navigation: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.navigation = page.getByRole('navigation');
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** The forward button, whatever the language (Next, or Home on the last page). */
  get forward(): Locator {
    return this.navigation.getByRole('button').last();
  }

  /** From the first page to the last (the Sources page), one tap at a time. */
  async goToLastPage(pageTotal: number): Promise<void> {
    for (let pageNumber = 1; pageNumber < pageTotal; pageNumber += 1) await this.forward.click();
  }

  /** The "Page 2 of 3" text. */
  position(text: string | RegExp): Locator {
    return this.navigation.getByText(text);
  }
}
