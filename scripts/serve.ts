/**
 * `npm run serve`: builds the kiosk and serves it on 127.0.0.1 (port from KIOSK_PORT, default
 * 4310) so it runs in any Chromium without Electron. Prints exactly one line once it is ready:
 *   Kiosk at http://127.0.0.1:<port>/
 * Settings are read from and saved to KIOSK_SETTINGS_FILE when set (otherwise kept in memory,
 * starting from the defaults). KIOSK_INITIAL_PIN=2468 plays an IT config whose staffPinHash is that PIN's hash.
 * Log events go to the console; the preview has no user-data folder. KIOSK_PRINT_DIR=/some/folder
 * gives it a printer that writes each handout as a PDF there (scripts/preview/pdf-folder-printing.ts).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { ItConfig } from '../main/config/it-config';
import { createKioskServices } from '../main/kiosk-services';
import { hashPin, isValidPin } from '../main/staff/pin-hash';
import { buildFromCli, projectRoot, rendererOutDir } from './build';
import { pdfFolderPrinting } from './preview/pdf-folder-printing';
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

function itConfigFromEnvironment(): ItConfig {
  const pin = process.env.KIOSK_INITIAL_PIN;
  if (pin === undefined || pin === '') return {};
  if (!isValidPin(pin)) {
    console.error('KIOSK_INITIAL_PIN must be 4 to 8 digits.');
    process.exit(1);
  }
  return { staffPinHash: hashPin(pin) };
}

const port = portFromEnvironment();
const itConfig = itConfigFromEnvironment();
if (!(await buildFromCli(process.argv.slice(2)))) process.exit(1);

const { version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
const { handlers } = createKioskServices({
  settingsFile: process.env.KIOSK_SETTINGS_FILE || null,
  itConfig,
  appInfo: { version, shell: 'preview' },
  log: { write: (event, details) => console.warn(`[kiosk log] ${event}${details ? ` ${JSON.stringify(details)}` : ''}`) },
  // A browser tab cannot be closed from the server; the staff panel says so.
  exitApp: () => {},
  printing: pdfFolderPrinting({ folder: process.env.KIOSK_PRINT_DIR ? path.resolve(process.env.KIOSK_PRINT_DIR) : null, appOrigin: () => `http://127.0.0.1:${port}` }),
});
const server = createPreviewServer({ appRoot: rendererOutDir, handlers });
server.on('error', (error: NodeJS.ErrnoException) => {
  const reason = error.code === 'EADDRINUSE' ? `port ${port} is already in use (set KIOSK_PORT to another port)` : error.message;
  console.error(`The preview server could not start: ${reason}.`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Kiosk at http://127.0.0.1:${port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
