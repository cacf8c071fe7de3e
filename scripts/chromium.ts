import { existsSync } from 'node:fs';

/**
 * Debian's Chromium (apt-get install chromium); CHROMIUM_PATH overrides it. Playwright's own
 * browser download is not reachable from our machines, so every browser run goes through here.
 */
export function chromiumExecutable(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium was not found at ${path}. Install it with "apt-get install chromium" or set CHROMIUM_PATH.`);
  }
  return path;
}

/** Flags that let Chromium run here: no sandbox as root, no GPU, and no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
