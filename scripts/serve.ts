/**
 * `npm run serve`: builds the kiosk and serves it on 127.0.0.1 (port from KIOSK_PORT, default
 * 4310) so it runs in any Chromium without Electron. Prints exactly one line once it is ready:
 *   Kiosk at http://127.0.0.1:<port>/
 * Settings are read from KIOSK_SETTINGS_FILE when set (otherwise built-in defaults).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createIpcHandlers } from '../main/ipc/handlers';
import { createSettingsStore } from '../main/settings/settings-store';
import { buildFromCli, projectRoot, rendererOutDir } from './build';
import { createPreviewServer } from './preview/preview-server';

const DEFAULT_PORT = 4310;

function portFromEnvironment(): number {
  const raw = process.env.KIOSK_PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`KIOSK_PORT must be a port number from 1 to 65535, not "${raw}".`);
    process.exit(1);
  }
  return port;
}

const port = portFromEnvironment();
if (!(await buildFromCli(process.argv.slice(2)))) process.exit(1);

const { version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
const settings = createSettingsStore({
  filePath: process.env.KIOSK_SETTINGS_FILE || null,
  warn: (message) => console.warn(message),
});
const server = createPreviewServer({
  appRoot: rendererOutDir,
  handlers: createIpcHandlers({ settings, appInfo: { version, shell: 'preview' } }),
});
server.on('error', (error: NodeJS.ErrnoException) => {
  const reason = error.code === 'EADDRINUSE' ? `port ${port} is already in use (set KIOSK_PORT to another port)` : error.message;
  console.error(`The preview server could not start: ${reason}.`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Kiosk at http://127.0.0.1:${port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
