import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** How long `npm start` waits for Electron's own download before giving up. */
export const DOWNLOAD_TIMEOUT_MS = 5 * 60 * 1000;

export const ELECTRON_UNAVAILABLE_MESSAGE = [
  'The kiosk could not start because the Electron runtime is not installed on this machine and could',
  'not be downloaded (Electron fetches its binary from the internet the first time it is used, and',
  'this machine cannot reach the download server). To run the same kiosk without Electron, use',
  '`npm run serve` and open the address it prints in Chromium; on a machine with internet access,',
  '`npm start` downloads Electron by itself.',
].join('\n');

export interface ElectronBinaryDeps {
  /** Path of the Electron executable, or null while it is not installed. */
  locate: () => string | null;
  /** Runs Electron's own installer; resolves true if it finished successfully. */
  download: () => Promise<boolean>;
}

/**
 * Finds the Electron executable, running Electron's installer once if it is missing (npm's
 * `allowScripts` in package.json skips it at install time so that `npm install` works offline).
 */
export async function ensureElectronBinary(deps: ElectronBinaryDeps): Promise<string | null> {
  const installed = deps.locate();
  if (installed !== null) return installed;
  if (!(await deps.download())) return null;
  return deps.locate();
}

const requireFromHere = createRequire(import.meta.url);

/** Real lookup: the `electron` package exports its executable's path, or throws if absent. */
export function locateElectron(): string | null {
  try {
    const executable: unknown = requireFromHere('electron');
    return typeof executable === 'string' && existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

/** Real download: Electron's install.js, quietly (its failure output is a stack trace). */
export function downloadElectron(): Promise<boolean> {
  let installer: string;
  try {
    installer = path.join(path.dirname(requireFromHere.resolve('electron/package.json')), 'install.js');
  } catch {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { stdio: 'ignore', timeout: DOWNLOAD_TIMEOUT_MS });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}
