import { expect, test } from './fixtures';

test('pages are served with a Content-Security-Policy that blocks inline script', async ({ page, home, kioskGuard }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await home.heading.waitFor();
  kioskGuard.allowConsoleError(/violates the following Content Security Policy/);
  // A script injected into the DOM (as an attacker's content would be) must not run.
  const inlineRan = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan === true;
  });
  expect(inlineRan).toBe(false);
  expect(await kioskGuard.cspViolations()).toEqual([expect.stringContaining('script-src')]);
  await kioskGuard.clearCspViolations();
});

test('a path outside the app folder is a 404', async ({ request }) => {
  for (const path of ['/%2e%2e/package.json', '/..%2fpackage.json', '/content/%2e%2e/%2e%2e/package.json']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('every screen loads only from the app itself, with no console error', async ({ page, home, topic, languages }) => {
  // The guard fixture fails this test on any off-origin request, console error or CSP violation.
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await home.open();
  for (const language of ['English', 'Español']) {
    if (language !== 'English') await languages.choose(language);
    await home.topic(/./).first().click();
    while (await topic.forward.getAttribute('data-last') === null) {
      await topic.forward.click();
    }
    await topic.forward.click();
    await expect(home.heading).toBeVisible();
  }
  expect(requested.length).toBeGreaterThan(5);
  expect(requested.every((url) => url.startsWith('http://127.0.0.1:'))).toBe(true);
});
