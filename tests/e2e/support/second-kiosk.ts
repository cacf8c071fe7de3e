import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const projectRoot = path.resolve(import.meta.dirname, '../../..');

export interface SecondKioskOptions {
  /** A port no other spec uses (the main test server is on KIOSK_E2E_PORT, default 4321). */
  port: number;
  /** Folders or files that replace the project's own, as `npm run serve` reads them from the environment. */
  contentDir?: string;
  localesDir?: string;
  settingsFile?: string;
}

export interface SecondKiosk {
  url: string;
  stop(): void;
}

/**
 * Builds and serves another copy of the kiosk (its own dist folder) from other content, locale or
 * settings files, exactly as a clinic would try them with `npm run serve`.
 */
export async function startSecondKiosk(options: SecondKioskOptions): Promise<SecondKiosk> {
  const distDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kiosk-second-')), 'dist');
  const env: NodeJS.ProcessEnv = { ...process.env, KIOSK_PORT: String(options.port), KIOSK_DIST_DIR: distDir };
  if (options.contentDir) env.KIOSK_CONTENT_DIR = options.contentDir;
  if (options.localesDir) env.KIOSK_LOCALES_DIR = options.localesDir;
  if (options.settingsFile) env.KIOSK_SETTINGS_FILE = options.settingsFile;
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  server.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('Kiosk at') && resolve());
    server.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${errors}`)));
  });
  return { url: `http://127.0.0.1:${options.port}/`, stop: () => server.kill() };
}

export { projectRoot };
