/**
 * `npm run serve`: builds the kiosk and serves it on 127.0.0.1 (port from KIOSK_PORT, default
 * 4310) so it runs in any Chromium without Electron. Prints exactly one line once it is ready:
 *   Kiosk at http://127.0.0.1:<port>/
 * Settings are read from and saved to KIOSK_SETTINGS_FILE when set (otherwise kept in memory,
 * starting from the defaults). KIOSK_IT_CONFIG=/path/config.json reads an IT config file as the kiosk
 * reads /etc/clinic-kiosk/config.json (docs/deploying.md), so IT can try one before rolling it out;
 * KIOSK_INITIAL_PIN=2468 plays an IT config whose staffPinHash is that PIN's hash (it wins over the file's).
 * KIOSK_USAGE_FILE keeps the usage counts in a file (otherwise in memory). KIOSK_REMOVABLE_DRIVES_DIR=/some/folder
 * makes each folder inside it a "USB stick" on the Usage page's export list (otherwise the machine's own).
 * KIOSK_CONTENT_PACKS_DIR=/some/folder keeps installed content packs there (otherwise the preview takes none);
 * KIOSK_CONTENT_CHECK_SECONDS=N looks at the IT config's contentUpdateUrl every N seconds instead of daily (tests).
 * Log events go to the console; the preview has no user-data folder. KIOSK_PRINT_DIR=/some/folder
 * gives it a printer that writes each handout as a PDF there (scripts/preview/pdf-folder-printing.ts).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { readItConfig, type ItConfig } from '../main/config/it-config';
import { readLanguageCodes } from '../main/config/language-codes';
import { createKioskServices } from '../main/kiosk-services';
import type { LogEntry } from '../main/log/read-log';
import { hashPin, isValidPin } from '../main/staff/pin-hash';
import { folderDriveLister, systemDriveLister } from '../main/usage/removable-drives';
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

/** Read after the build: the file's language codes are checked against the built registry. */
function itConfigFromEnvironment(): ItConfig {
  const configFile = process.env.KIOSK_IT_CONFIG;
  const config: ItConfig = configFile
    ? readItConfig(path.resolve(configFile), {
        warn: (message) => console.warn(`[kiosk log] warning ${message}`),
        knownLanguages: readLanguageCodes(path.join(rendererOutDir, 'locales', 'languages.json')),
      })
    : {};
  const pin = process.env.KIOSK_INITIAL_PIN;
  return pin ? { ...config, staffPinHash: hashPin(pin) } : config;
}

const port = portFromEnvironment();
// Checked before the build, so a typo is reported at once rather than after a minute of building.
if (process.env.KIOSK_INITIAL_PIN && !isValidPin(process.env.KIOSK_INITIAL_PIN)) {
  console.error('KIOSK_INITIAL_PIN must be 4 to 8 digits.');
  process.exit(1);
}
if (!(await buildFromCli(process.argv.slice(2)))) process.exit(1);
const itConfig = itConfigFromEnvironment();

// The preview's log is the console; the status file (IT config's statusFolder) counts from this copy.
const logEntries: LogEntry[] = [];
const { version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
const { handlers, contentPacks, entryPageRequested } = createKioskServices({
  settingsFile: process.env.KIOSK_SETTINGS_FILE || null,
  usageFile: process.env.KIOSK_USAGE_FILE || null,
  contentPacksFolder: process.env.KIOSK_CONTENT_PACKS_DIR ? path.resolve(process.env.KIOSK_CONTENT_PACKS_DIR) : null,
  // Tests look at the content server (IT config contentUpdateUrl) every few seconds, not daily.
  contentUpdateEveryMs: Number(process.env.KIOSK_CONTENT_CHECK_SECONDS) > 0 ? Number(process.env.KIOSK_CONTENT_CHECK_SECONDS) * 1000 : undefined,
  removableDrives: process.env.KIOSK_REMOVABLE_DRIVES_DIR ? folderDriveLister(path.resolve(process.env.KIOSK_REMOVABLE_DRIVES_DIR)) : systemDriveLister(),
  itConfig,
  appInfo: { version, shell: 'preview' },
  log: {
    write: (event, details) => {
      console.warn(`[kiosk log] ${event}${details ? ` ${JSON.stringify(details)}` : ''}`);
      logEntries.push({ time: new Date().toISOString(), event, ...details });
      if (logEntries.length > 10_000) logEntries.shift();
    },
  },
  statusSource: { readLog: () => logEntries, electronVersion: null, diskFolder: process.cwd(), startedAt: new Date() },
  // A browser tab cannot be closed from the server; the staff panel says so.
  exitApp: () => {},
  printing: pdfFolderPrinting({ folder: process.env.KIOSK_PRINT_DIR ? path.resolve(process.env.KIOSK_PRINT_DIR) : null, appOrigin: () => `http://127.0.0.1:${port}` }),
});
const server = createPreviewServer({ appRoot: rendererOutDir, handlers, packFolder: () => contentPacks?.servedFolder() ?? null, entryPageRequested });
server.on('error', (error: NodeJS.ErrnoException) => {
  const reason = error.code === 'EADDRINUSE' ? `port ${port} is already in use (set KIOSK_PORT to another port)` : error.message;
  console.error(`The preview server could not start: ${reason}.`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Kiosk at http://127.0.0.1:${port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
