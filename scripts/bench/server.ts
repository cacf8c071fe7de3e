import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../build';
import { startPreviewServer } from '../preview/start-preview-server';

export interface BenchServer {
  /** `http://127.0.0.1:<port>/` */
  origin: string;
  /** The built app folder the server serves; the bench adds its baseline pages here. */
  appRoot: string;
  stop(): Promise<void>;
}

/**
 * Runs the real preview server (scripts/serve.ts) on a production build, as the installers ship
 * it (minified, no source maps). It builds into bench/tmp/dist, not dist/, so a bench never
 * pulls the files from under an end-to-end run or a developer's `npm run serve`.
 */
export async function startBenchServer(port: number): Promise<BenchServer> {
  const distDir = path.join(projectRoot, 'bench', 'tmp', 'dist');
  // Handouts on, as most clinics will have them: the topic screen shows its "Take this home" button.
  const itConfig = path.join(projectRoot, 'bench', 'tmp', 'bench-it-config.json');
  await mkdir(path.dirname(itConfig), { recursive: true });
  await writeFile(itConfig, JSON.stringify({ printingEnabled: true }));
  const server = await startPreviewServer({ port, args: ['--production'], env: { KIOSK_DIST_DIR: distDir, KIOSK_IT_CONFIG: itConfig } });
  return { ...server, appRoot: path.join(distDir, 'renderer') };
}
