/**
 * `npm start`: builds the kiosk and launches it in Electron, full screen. Where Electron's binary
 * is missing and cannot be downloaded, it stops within seconds with one clear paragraph that
 * points to `npm run serve` — never a stack trace, never a hang.
 */
import { spawn } from 'node:child_process';
import { buildFromCli, projectRoot } from './build';
import { downloadElectron, ELECTRON_UNAVAILABLE_MESSAGE, ensureElectronBinary, locateElectron } from './start/electron-binary';

const electron = await ensureElectronBinary({ locate: locateElectron, download: downloadElectron });
if (electron === null) {
  console.error(ELECTRON_UNAVAILABLE_MESSAGE);
  process.exit(1);
}
if (!(await buildFromCli(process.argv.slice(2)))) process.exit(1);

const environment = { ...process.env };
delete environment.ELECTRON_RUN_AS_NODE; // would make Electron behave as plain Node
const child = spawn(electron, [projectRoot], { stdio: 'inherit', env: environment });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
