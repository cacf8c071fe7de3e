/**
 * `npm run fleet:status -- <folder> [--json]`: one line per kiosk from the status files the kiosks
 * write to IT's status folder (main/status/; docs/deploying.md "Status files"), each flagged when
 * it needs a look. Exit code 0 when no kiosk is flagged, 1 when one is, 2 when the folder cannot be
 * read, so a monitoring tool can run it as a check. --json prints the rows for other tools.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fleetReport, fleetTable, type StatusFileReading } from '../main/status/fleet-report';

const args = process.argv.slice(2);
const json = args.includes('--json');
const folder = args.find((arg) => !arg.startsWith('--'));
if (folder === undefined) {
  console.error('Usage: npm run fleet:status -- <status folder> [--json]');
  process.exit(2);
}

let names: string[];
try {
  names = readdirSync(folder).filter((name) => /^status-.+\.json$/.test(name));
} catch (error) {
  console.error(`Cannot read the status folder ${folder}: ${(error as Error).message}`);
  process.exit(2);
}

const readings: StatusFileReading[] = names.map((file) => {
  try {
    return { file, text: readFileSync(path.join(folder, file), 'utf8') };
  } catch (error) {
    return { file, error: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
});
const rows = fleetReport(readings, new Date());
if (json) console.log(JSON.stringify(rows, null, 2));
else console.log(rows.length === 0 ? `No status files (status-<kioskId>.json) in ${folder}.` : fleetTable(rows));
process.exit(rows.some((row) => row.flags.length > 0) ? 1 : 0);
