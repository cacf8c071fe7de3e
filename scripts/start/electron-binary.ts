import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
 * Finds the Electron executable, running Electron's installer once if it is missing (the electron
 * package has no install script since Electron 42, so `npm install` works offline).
 */
export async function ensureElectronBinary(deps: ElectronBinaryDeps): Promise<string | null> {
  const installed = deps.locate();
  if (installed !== null) return installed;
  if (!(await deps.download())) return null;
  return deps.locate();
}

const requireFromHere = createRequire(import.meta.url);

/** The installed `electron` package's folder, or null when it is not installed at all. */
export function electronPackageDir(): string | null {
  try {
    return path.dirname(requireFromHere.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * Real lookup, without running the package: since Electron 42, `require('electron')` downloads
 * the binary itself when it is missing (no time limit, a stack trace on failure). The package
 * records the executable's path inside its dist/ folder in path.txt once a download finished;
 * ELECTRON_OVERRIDE_DIST_PATH points at a binary installed elsewhere, as Electron's own lookup allows.
 */
export function locateElectron(packageDir: string | null = electronPackageDir(), environment: NodeJS.ProcessEnv = process.env): string | null {
  if (packageDir === null) return null;
  let executableInDist: string;
  try {
    executableInDist = readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    executableInDist = '';
  }
  const overrideDir = environment.ELECTRON_OVERRIDE_DIST_PATH;
  if (overrideDir) {
    const executable = path.join(overrideDir, executableInDist || 'electron');
    return existsSync(executable) ? executable : null;
  }
  if (executableInDist === '') return null;
  const executable = path.join(packageDir, 'dist', executableInDist);
  return existsSync(executable) ? executable : null;
}

/** Real download: Electron's install.js, quietly (its failure output is a stack trace). */
export function downloadElectron(packageDir: string | null = electronPackageDir()): Promise<boolean> {
  if (packageDir === null) return Promise.resolve(false);
  const installer = path.join(packageDir, 'install.js');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { stdio: 'ignore', timeout: DOWNLOAD_TIMEOUT_MS });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}
