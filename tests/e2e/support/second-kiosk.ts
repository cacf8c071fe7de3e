import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPreviewServer } from '../../../scripts/preview/start-preview-server';

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
  stop(): Promise<void>;
}

/**
 * Builds and serves another copy of the kiosk (its own dist folder) from other content, locale or
 * settings files, exactly as a clinic would try them with `npm run serve`.
 */
export async function startSecondKiosk(options: SecondKioskOptions): Promise<SecondKiosk> {
  const distDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kiosk-second-')), 'dist');
  const env: NodeJS.ProcessEnv = { KIOSK_DIST_DIR: distDir };
  if (options.contentDir) env.KIOSK_CONTENT_DIR = options.contentDir;
  if (options.localesDir) env.KIOSK_LOCALES_DIR = options.localesDir;
  if (options.settingsFile) env.KIOSK_SETTINGS_FILE = options.settingsFile;
  const server = await startPreviewServer({ port: options.port, env });
  // Each build holds the read-aloud audio too (about 15 MB): leave nothing behind in /tmp.
  return { url: server.origin, stop: async () => {
    await server.stop();
    rmSync(path.dirname(distDir), { recursive: true, force: true });
  } };
}

export { projectRoot };
