/**
 * `npm run test:unit`: runs every tests/unit/**\/*.test.ts with node:test (TypeScript through
 * tsx). It lists the files itself, so the test run does not depend on the Node version's --test globbing.
 * Two files at a time: Node's default on a two-core machine is one, and many files wait on child
 * processes, builds or servers (the run took 3.7 min one at a time, 1.6-1.9 two at a time). Each
 * file runs in its own process, with its own temporary folders and ports.
 * A test that hangs (a promise never settled, a server never answering) fails after two minutes
 * with its name, instead of holding the whole run: the slowest test takes ~16 s here, and the few
 * that need longer say so with their own `timeout`.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './build';

const unitDir = path.join(projectRoot, 'tests', 'unit');
const files = (readdirSync(unitDir, { recursive: true }) as string[])
  .filter((name) => name.endsWith('.test.ts'))
  .sort()
  .map((name) => path.join(unitDir, name));
if (files.length === 0) {
  console.error('No unit tests found under tests/unit/.');
  process.exit(1);
}
const TEST_TIMEOUT_MS = 120_000;
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', `--test-timeout=${TEST_TIMEOUT_MS}`, '--test-reporter=spec', ...files], { stdio: 'inherit', cwd: projectRoot });
child.on('exit', (code) => process.exit(code ?? 1));
