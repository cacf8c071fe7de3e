import type { LogEntry } from '../log/read-log';

/**
 * What each kiosk tells clinic IT about itself in `status-<kioskId>.json` (docs/deploying.md
 * "Status files"): versions, how long it has run, the last day's crashes and recoveries, the last
 * update check, free disk space. Nothing about patients or what they read. Pure: the writer
 * (status-writer.ts) gathers the facts and writes the file.
 */
export interface KioskStatus {
  /** The file's own format, raised when a field changes meaning. */
  statusVersion: 1;
  kioskId: string;
  /** When this file was written (UTC, ISO 8601): a kiosk not heard from for long is down. */
  writtenAt: string;
  appVersion: string;
  /** Null under the preview server (no Electron). */
  electronVersion: string | null;
  /** The content the kiosk shows: "bundled" (the topics built into the app) until content packs. */
  contentVersion: string;
  /** When the kiosk last started, and seconds since. */
  startedAt: string;
  uptimeSeconds: number;
  /** Counted from the kiosk's log over the last 24 hours, earlier runs included. */
  last24Hours: RecentTrouble;
  /** The last check for an app update and how it went; null until updates are set up. */
  lastUpdateCheck: { at: string; result: string } | null;
  /** The last look at IT's content server (contentUpdateUrl) and how it went; null until one is set and looked at. */
  lastContentCheck: { at: string; result: string } | null;
  /** Free space for the user-data folder (settings, counts, logs); null when it cannot be read. */
  freeDiskBytes: number | null;
}

export interface RecentTrouble {
  /** The kiosk started again without having quit: a crash of the whole app, a kill or a power cut. */
  unexpectedRestarts: number;
  /** The screen's renderer crashed, or stopped answering (hung) or stopped its heartbeat (silent). */
  rendererCrashes: number;
  rendererHangs: number;
  rendererSilent: number;
  /** Recoveries: the screen reloaded, and the "back shortly" page shown after repeated failures. */
  rendererReloads: number;
  fallbackShown: number;
}

export const STATUS_WINDOW_MS = 24 * 60 * 60 * 1000;

export function statusFileName(kioskId: string): string {
  return `status-${kioskId}.json`;
}

/**
 * The last 24 hours' trouble in the log (oldest entry first). A start counts as unexpected when
 * the run before it logged no quit at all (a warning written while quitting does not hide one);
 * the kiosk's very first start is not.
 */
export function recentTrouble(entries: readonly LogEntry[], now: Date): RecentTrouble {
  const since = now.getTime() - STATUS_WINDOW_MS;
  const trouble: RecentTrouble = { unexpectedRestarts: 0, rendererCrashes: 0, rendererHangs: 0, rendererSilent: 0, rendererReloads: 0, fallbackShown: 0 };
  const counted: Record<string, keyof RecentTrouble> = {
    'renderer-crashed': 'rendererCrashes',
    'renderer-hung': 'rendererHangs',
    'renderer-silent': 'rendererSilent',
    'renderer-reloaded': 'rendererReloads',
    'fallback-shown': 'fallbackShown',
  };
  let runSeen = false;
  let runQuit = false;
  for (const entry of entries) {
    const recent = Date.parse(entry.time) >= since;
    if (entry.event === 'start') {
      if (recent && runSeen && !runQuit) trouble.unexpectedRestarts += 1;
      runSeen = true;
      runQuit = false;
    } else if (entry.event === 'quit') {
      runQuit = true;
    }
    const field = counted[entry.event];
    if (recent && field !== undefined) trouble[field] += 1;
  }
  return trouble;
}

export interface StatusFacts {
  kioskId: string;
  appVersion: string;
  electronVersion: string | null;
  contentVersion: string;
  startedAt: Date;
  logEntries: readonly LogEntry[];
  lastUpdateCheck: KioskStatus['lastUpdateCheck'];
  lastContentCheck: KioskStatus['lastContentCheck'];
  freeDiskBytes: number | null;
}

export function kioskStatus(facts: StatusFacts, now: Date): KioskStatus {
  return {
    statusVersion: 1,
    kioskId: facts.kioskId,
    writtenAt: now.toISOString(),
    appVersion: facts.appVersion,
    electronVersion: facts.electronVersion,
    contentVersion: facts.contentVersion,
    startedAt: facts.startedAt.toISOString(),
    uptimeSeconds: Math.max(0, Math.round((now.getTime() - facts.startedAt.getTime()) / 1000)),
    last24Hours: recentTrouble(facts.logEntries, now),
    lastUpdateCheck: facts.lastUpdateCheck,
    lastContentCheck: facts.lastContentCheck,
    freeDiskBytes: facts.freeDiskBytes,
  };
}
