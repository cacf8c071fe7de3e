import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { topicText } from './content-data';
import { expect, test } from './fixtures';
import { projectRoot, startSecondKiosk, type SecondKiosk } from './support/second-kiosk';

// A second kiosk, built from content/ plus one extra topic folder, into its own dist folder.
const port = Number(process.env.KIOSK_E2E_PORT || 4321) + 10;
let kiosk: SecondKiosk;

test.beforeAll(async () => {
  const contentDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kiosk-drop-in-')), 'content');
  cpSync(path.join(projectRoot, 'content'), contentDir, { recursive: true });
  cpSync(path.join(projectRoot, 'tests/fixtures/drop-in-topic'), contentDir, { recursive: true });
  kiosk = await startSecondKiosk({ port, contentDir });
});

test.afterAll(() => kiosk?.stop());

test('a new topic folder appears on the home screen and opens, with no code change', async ({ page, home, topic, kioskGuard }) => {
  kioskGuard.allowOrigin(`http://127.0.0.1:${port}`);
  await page.goto(kiosk.url);
  await home.heading.waitFor();
  await expect(home.topic(new RegExp(topicText('en', 'title')))).toBeVisible();
  await home.topic(/Drop-in test topic/).click();
  // A topic without chapters opens on its first screen, with no contents page.
  await expect(topic.heading).toHaveText('A topic from a folder');
  await expect(topic.position('Page 1 of 2')).toBeVisible();
  await expect(page.locator('kx-topic-contents')).toHaveCount(0);
  await expect(page.getByText('Good to know')).toBeVisible();
  await topic.button('Next').click();
  await expect(topic.heading).toHaveText('Sources and review');
  await expect(page.getByText('Notes written for the automated tests')).toBeVisible();
  await expect(page.getByText('Reviewed by Test Reviewer on January 2, 2026.')).toBeVisible();
});
