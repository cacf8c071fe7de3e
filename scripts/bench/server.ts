import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../build';
import { killOnExit } from './browser';

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
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'serve.ts'), '--production'], {
    cwd: projectRoot,
    env: { ...process.env, KIOSK_PORT: String(port), KIOSK_DIST_DIR: distDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  killOnExit(child);
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Kiosk at')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the preview server stopped (exit ${code}) before it was ready:\n${errors}`)));
  });
  return { origin: `http://127.0.0.1:${port}/`, appRoot: path.join(distDir, 'renderer'), stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
