import { statfsSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../storage/atomic-file';
import { errorReason } from '../storage/recoverable-file';
import { kioskStatus, statusFileName, type StatusFacts } from './kiosk-status';

/**
 * Writes `status-<kioskId>.json` to IT's status folder (the IT config's `statusFolder`) every
 * STATUS_INTERVAL_MS, atomically, so a monitoring tool never reads half a file. A folder that is
 * missing or cannot be written is logged once per kind of failure and tried again next time; it
 * never holds up the kiosk.
 */
export interface StatusWriter {
  writeNow(): { ok: true; file: string } | { ok: false; reason: string };
}

export interface StatusWriterOptions {
  folder: string;
  kioskId: string;
  /** Everything but the time, gathered at each write (the log is read then, not kept). */
  facts: () => StatusFacts;
  warn: (message: string) => void;
  now?: () => Date;
}

/** How often each kiosk writes its status: a kiosk silent for three intervals is flagged. */
export const STATUS_INTERVAL_MS = 5 * 60_000;

/** The first write, soon after a start, so IT sees a restart within a minute, yet off the path to the first screen. */
export const STATUS_FIRST_DELAY_MS = 30_000;

export function createStatusWriter(options: StatusWriterOptions): StatusWriter {
  const now = options.now ?? (() => new Date());
  const file = path.join(options.folder, statusFileName(options.kioskId));
  let lastFailure: string | null = null;
  return {
    writeNow() {
      try {
        writeFileAtomic(file, `${JSON.stringify(kioskStatus(options.facts(), now()), null, 2)}\n`);
      } catch (error) {
        const reason = errorReason(error);
        if (reason !== lastFailure) options.warn(`Could not write the status file ${file} (${reason}); trying again in 5 minutes.`);
        lastFailure = reason;
        return { ok: false, reason };
      }
      lastFailure = null;
      return { ok: true, file };
    },
  };
}

/** Free bytes for unprivileged use on the disk holding `folder`; null when the system cannot say. */
export function freeDiskBytes(folder: string): number | null {
  try {
    const stats = statfsSync(folder);
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}
