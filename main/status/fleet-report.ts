import { z } from 'zod';
import type { KioskStatus } from './kiosk-status';

/**
 * `npm run fleet:status -- <folder>`: one line per kiosk from the status files in IT's folder,
 * each flagged when it needs a look: not heard from in 15 minutes, an older app version than the
 * newest in the folder, trouble in the last day, or little disk left. Pure: scripts/fleet-status.ts
 * reads the files and prints.
 */

/** A kiosk writes every 5 minutes; three missed writes means it is down or cut off. */
export const SILENT_AFTER_MS = 15 * 60_000;
/** Below this the kiosk's logs and counts may soon fail to be written. */
export const LOW_DISK_BYTES = 1024 ** 3;

const count = z.number().int().nonnegative();
const statusSchema = z.object({
  statusVersion: z.literal(1),
  kioskId: z.string(),
  writtenAt: z.string().datetime(),
  appVersion: z.string(),
  electronVersion: z.string().nullable(),
  contentVersion: z.string(),
  startedAt: z.string().datetime(),
  uptimeSeconds: count,
  last24Hours: z.object({ unexpectedRestarts: count, rendererCrashes: count, rendererHangs: count, rendererSilent: count, rendererReloads: count, fallbackShown: count }),
  lastUpdateCheck: z.object({ at: z.string(), result: z.string() }).nullable(),
  // Not in files written before content updates existed.
  lastContentCheck: z.object({ at: z.string(), result: z.string() }).nullable().optional(),
  freeDiskBytes: z.number().nonnegative().nullable(),
});

export type StatusFileReading = { file: string; text: string } | { file: string; error: string };

export const FLAG_ORDER = ['unreadable', 'not-heard-from', 'older-app', 'trouble', 'low-disk'] as const;
export type FleetFlag = (typeof FLAG_ORDER)[number];

export interface FleetRow {
  kioskId: string;
  file: string;
  /** Null for a file that could not be read. */
  status: KioskStatus | null;
  minutesSinceHeard: number | null;
  trouble: string;
  flags: FleetFlag[];
  problem?: string;
}

export function parseStatusFile(text: string): { ok: true; status: KioskStatus } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not valid JSON (cut short?)' };
  }
  const parsed = statusSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `not a status file this tool reads (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})` };
  }
  return { ok: true, status: parsed.data as KioskStatus };
}

/** Compares dotted version numbers ("1.10.0" after "1.9.2"); a pre-release tag sorts before its release. */
export function compareVersions(a: string, b: string): number {
  const split = (version: string) => {
    const [core = '', pre] = version.split('-', 2);
    return { parts: core.split('.').map((part) => Number.parseInt(part, 10) || 0), pre };
  };
  const left = split(a);
  const right = split(b);
  for (let index = 0; index < Math.max(left.parts.length, right.parts.length); index += 1) {
    const difference = (left.parts[index] ?? 0) - (right.parts[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  if (left.pre === right.pre) return 0;
  if (left.pre === undefined) return 1;
  if (right.pre === undefined) return -1;
  return left.pre < right.pre ? -1 : 1;
}

function troubleText(status: KioskStatus): string {
  const trouble = status.last24Hours;
  const parts = [
    [trouble.unexpectedRestarts, 'unexpected restart', 'unexpected restarts'],
    [trouble.rendererCrashes, 'screen crash', 'screen crashes'],
    [trouble.rendererHangs, 'screen hang', 'screen hangs'],
    [trouble.rendererSilent, 'silent screen', 'silent screens'],
    [trouble.fallbackShown, '"back shortly" page', '"back shortly" pages'],
  ] as const;
  const said = parts.filter(([value]) => value > 0).map(([value, one, many]) => `${value} ${value === 1 ? one : many}`);
  return said.length === 0 ? 'none' : said.join(', ');
}

export function fleetReport(readings: readonly StatusFileReading[], now: Date): FleetRow[] {
  const rows: FleetRow[] = readings.map((reading) => {
    const fallbackId = reading.file.replace(/^status-|\.json$/g, '');
    const parsed = 'error' in reading ? { ok: false as const, reason: reading.error } : parseStatusFile(reading.text);
    if (!parsed.ok) return { kioskId: fallbackId, file: reading.file, status: null, minutesSinceHeard: null, trouble: '', flags: ['unreadable'], problem: parsed.reason };
    const status = parsed.status;
    const minutesSinceHeard = Math.max(0, Math.floor((now.getTime() - Date.parse(status.writtenAt)) / 60_000));
    const flags: FleetFlag[] = [];
    if (now.getTime() - Date.parse(status.writtenAt) > SILENT_AFTER_MS) flags.push('not-heard-from');
    const trouble = troubleText(status);
    if (trouble !== 'none') flags.push('trouble');
    if (status.freeDiskBytes !== null && status.freeDiskBytes < LOW_DISK_BYTES) flags.push('low-disk');
    return { kioskId: status.kioskId, file: reading.file, status, minutesSinceHeard, trouble, flags };
  });
  const newest = rows.reduce<string | null>((best, row) => (row.status === null ? best : best === null || compareVersions(row.status.appVersion, best) > 0 ? row.status.appVersion : best), null);
  for (const row of rows) {
    if (row.status !== null && newest !== null && compareVersions(row.status.appVersion, newest) < 0) row.flags.push('older-app');
    row.flags.sort((a, b) => FLAG_ORDER.indexOf(a) - FLAG_ORDER.indexOf(b));
  }
  return rows.sort((a, b) => (a.kioskId < b.kioskId ? -1 : a.kioskId > b.kioskId ? 1 : 0));
}

const FLAG_WORDS: Record<FleetFlag, string> = {
  'not-heard-from': 'NOT HEARD FROM',
  'older-app': 'OLDER APP',
  trouble: 'TROUBLE',
  'low-disk': 'LOW DISK',
  unreadable: 'UNREADABLE',
};

function duration(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return days > 0 ? `${days}d ${hours}h` : hours > 0 ? `${hours}h ${minutes}m` : `${minutes}m`;
}

function gigabytes(bytes: number | null): string {
  return bytes === null ? '?' : `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

/** The rows as a plain-text table, one kiosk per line, widths fitted to the longest value. */
export function fleetTable(rows: readonly FleetRow[]): string {
  const header = ['kiosk', 'app', 'content', 'last heard', 'up', 'free disk', 'last 24 h', 'flags'];
  const lines = rows.map((row) => {
    const status = row.status;
    const flags = row.flags.map((flag) => FLAG_WORDS[flag]).join(', ');
    if (status === null) return [row.kioskId, '', '', '', '', '', row.problem ?? '', flags];
    return [row.kioskId, status.appVersion, status.contentVersion, `${row.minutesSinceHeard} min ago`, duration(status.uptimeSeconds), gigabytes(status.freeDiskBytes), row.trouble, flags];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [format(header), ...lines.map(format)].join('\n');
}
