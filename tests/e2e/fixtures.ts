import { test as base, expect } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { LanguagePicker } from './pages/language-picker';
import { TopicPage } from './pages/topic-page';

interface KioskFixtures {
  home: HomePage;
  topic: TopicPage;
  languages: LanguagePicker;
  /** Watches every test: fails it on console errors, page errors, CSP violations or off-origin requests. */
  kioskGuard: {
    cspViolations: () => Promise<string[]>;
    clearCspViolations: () => Promise<void>;
    /** Lets one test provoke an expected console error (e.g. proving the CSP blocks eval). */
    allowConsoleError: (pattern: RegExp) => void;
    /** For a test that serves a second kiosk on another port. */
    allowOrigin: (origin: string) => void;
  };
}

declare global {
  interface Window {
    __kxCspViolations?: string[];
  }
}

export const test = base.extend<KioskFixtures>({
  kioskGuard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      const origins = new Set([new URL(baseURL ?? '').origin]);
      page.on('console', (message) => {
        if (message.type() === 'error' && !allowed.some((pattern) => pattern.test(message.text()))) problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!origins.has(url.origin) && url.protocol !== 'data:') problems.push(`request left the app: ${request.url()}`);
      });
      await page.addInitScript(() => {
        window.__kxCspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__kxCspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      const cspViolations = async () => (page.isClosed() ? [] : page.evaluate(() => window.__kxCspViolations ?? []));
      await use({
        cspViolations,
        clearCspViolations: () => page.evaluate(() => void (window.__kxCspViolations = [])),
        allowConsoleError: (pattern) => allowed.push(pattern),
        allowOrigin: (origin) => origins.add(new URL(origin).origin),
      });
      problems.push(...(await cspViolations()).map((violation) => `CSP violation: ${violation}`));
      expect(problems, 'the kiosk stayed clean').toEqual([]);
    },
    { auto: true },
  ],
  home: async ({ page }, use) => use(new HomePage(page)),
  topic: async ({ page }, use) => use(new TopicPage(page)),
  languages: async ({ page }, use) => use(new LanguagePicker(page)),
});

export { expect };
