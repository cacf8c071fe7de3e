import type { Locator, Page } from '@playwright/test';

/**
 * Has every component (kx-*) in `root` note, in `<body data-rendered-again>`, that it rendered:
 * `root` itself, the elements inside it and those in its shadow root. For checking that a part
 * taken off the page (a page made ahead, the topic screen on standby) never renders again.
 * Returns how many components it watches.
 */
export function watchRendersAgain(root: Locator): Promise<number> {
  return root.evaluate((element) => {
    const inside = [element, ...element.querySelectorAll('*'), ...(element.shadowRoot?.querySelectorAll('*') ?? [])];
    const components = inside.filter((candidate) => candidate.tagName.startsWith('KX-'));
    for (const component of components) {
      const watched = component as HTMLElement & { update(changed: unknown): void };
      const update = watched.update.bind(watched);
      watched.update = (changed) => {
        document.body.dataset.renderedAgain = watched.tagName;
        update(changed);
      };
    }
    return components.length;
  });
}

/** The tag of the last watched component that rendered, or null if none did. */
export function renderedAgain(page: Page): Promise<string | null> {
  return page.evaluate(() => document.body.dataset.renderedAgain ?? null);
}
