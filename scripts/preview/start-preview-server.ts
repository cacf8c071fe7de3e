import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const projectRoot = path.resolve(import.meta.dirname, '../..');

export interface RunningPreview {
  /** `http://127.0.0.1:<port>/` */
  origin: string;
  /** Stops the server and resolves once it has exited. */
  stop(): Promise<void>;
  /** What the server has written to stderr so far: its warnings and log lines. */
  errorOutput(): string;
}

/**
 * Starts `scripts/serve.ts` (build, then serve) as a child process, for the tools and tests that
 * need a running kiosk: the screenshots, the benchmark, the e2e tests' second kiosk. Resolves
 * when the server says it is listening; rejects with its error output if it stops first. The
 * server is also stopped when this process exits, so a failed run leaves nothing behind.
 */
export async function startPreviewServer(options: { port: number; env?: NodeJS.ProcessEnv; args?: string[] }): Promise<RunningPreview> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'serve.ts'), ...(options.args ?? [])], {
    cwd: projectRoot,
    env: { ...process.env, ...options.env, KIOSK_PORT: String(options.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  stopOnExit(child);
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('Kiosk at') && resolve());
    child.on('exit', (code) => reject(new Error(`the preview server stopped (exit ${code}) before it was ready:\n${errors}`)));
  });
  return { origin: `http://127.0.0.1:${options.port}/`, stop: () => stopChildProcess(child), errorOutput: () => errors };
}

/** Sends SIGTERM when this process exits. */
export function stopOnExit(child: ChildProcess): void {
  process.once('exit', () => child.kill('SIGTERM'));
}

/** Sends SIGTERM and resolves once the child has exited (at once if it already has). */
export function stopChildProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
