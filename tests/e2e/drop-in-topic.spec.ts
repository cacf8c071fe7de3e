import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { topicText } from './content-data';
import { expect, test } from './fixtures';

// A second kiosk, built from content/ plus one extra topic folder, into its own dist folder.
const projectRoot = path.resolve(import.meta.dirname, '../..');
const port = Number(process.env.KIOSK_E2E_PORT || 4321) + 10;
let server: ChildProcess;

test.beforeAll(async () => {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-drop-in-'));
  const contentDir = path.join(workDir, 'content');
  cpSync(path.join(projectRoot, 'content'), contentDir, { recursive: true });
  cpSync(path.join(projectRoot, 'tests/fixtures/drop-in-topic'), contentDir, { recursive: true });
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    cwd: projectRoot,
    env: { ...process.env, KIOSK_PORT: String(port), KIOSK_CONTENT_DIR: contentDir, KIOSK_DIST_DIR: path.join(workDir, 'dist') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('Kiosk at') && resolve());
    server.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
});

test.afterAll(() => {
  server?.kill();
});

test('a new topic folder appears on the home screen and opens, with no code change', async ({ page, home, topic, kioskGuard }) => {
  kioskGuard.allowOrigin(`http://127.0.0.1:${port}`);
  await page.goto(`http://127.0.0.1:${port}/`);
  await home.heading.waitFor();
  await expect(home.topic(new RegExp(topicText('en', 'title')))).toBeVisible();
  await home.topic(/Drop-in test topic/).click();
  await expect(topic.heading).toHaveText('A topic from a folder');
  await expect(page.getByText('Good to know')).toBeVisible();
  await topic.button('Next').click();
  await expect(topic.heading).toHaveText('Sources and review');
  await expect(page.getByText('Notes written for the automated tests')).toBeVisible();
  await expect(page.getByText('Reviewed by Test Reviewer on January 2, 2026.')).toBeVisible();
});
