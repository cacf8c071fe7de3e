import { readdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../storage/atomic-file';
import { errorReason } from '../storage/recoverable-file';
import { localDay, type UsageCounts } from './usage-counts';
import { usageCsv } from './usage-csv';

/**
 * The IT config's shared folder for usage files (docs/deploying.md: `kioskId`, `usageExportFolder`).
 * Once a day each kiosk writes `usage-<kioskId>-<date>.csv` there, holding every day it keeps, and
 * removes its own older files: the folder holds one current file per kiosk, so a clinic opens all
 * of them together in a spreadsheet. A folder that is missing or cannot be written is logged once
 * and tried again at the next check; it never blocks the kiosk.
 */
export interface UsageExporter {
  /** Writes today's file now (after a staff export, or at the daily check). */
  exportNow(): { ok: true; file: string } | { ok: false; reason: string };
  /** Writes today's file if it has not been written yet today. */
  exportIfDue(): void;
}

export interface UsageExporterOptions {
  folder: string;
  kioskId: string;
  counts: () => UsageCounts;
  warn: (message: string) => void;
  now?: () => Date;
}

/** The first write waits this long after start, off the path to the first screen. */
export const USAGE_EXPORT_FIRST_DELAY_MS = 60_000;

/** How often the kiosk checks whether today's file is written: a missed day is caught within the hour. */
export const USAGE_EXPORT_CHECK_MS = 60 * 60_000;

/** `usage-<kioskId>-<date>.csv`; a kiosk without a kioskId writes `usage-<date>.csv`. */
export function usageExportFileName(kioskId: string | undefined, day: string): string {
  return kioskId === undefined ? `usage-${day}.csv` : `usage-${kioskId}-${day}.csv`;
}

export function createUsageExporter(options: UsageExporterOptions): UsageExporter {
  const { folder, kioskId, warn } = options;
  const now = options.now ?? (() => new Date());
  let writtenDay: string | null = null;
  let lastFailure: string | null = null;
  const ownFile = new RegExp(`^usage-${kioskId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d{4}-\\d{2}-\\d{2})\\.csv$`);

  const exportNow: UsageExporter['exportNow'] = () => {
    const day = localDay(now());
    const file = path.join(folder, usageExportFileName(kioskId, day));
    try {
      writeFileAtomic(file, usageCsv(options.counts(), kioskId));
    } catch (error) {
      const reason = errorReason(error);
      if (reason !== lastFailure) warn(`Could not write the usage file ${file} (${reason}); trying again within the hour.`);
      lastFailure = reason;
      return { ok: false, reason };
    }
    writtenDay = day;
    lastFailure = null;
    removeOlderFiles(day);
    return { ok: true, file };
  };

  /** This kiosk's files of earlier days; another kiosk's files are never touched. */
  const removeOlderFiles = (today: string): void => {
    try {
      for (const name of readdirSync(folder)) {
        const match = ownFile.exec(name);
        if (match && match[1]! < today) unlinkSync(path.join(folder, name));
      }
    } catch (error) {
      warn(`Could not remove older usage files from ${folder} (${errorReason(error)}).`);
    }
  };

  return {
    exportNow,
    exportIfDue() {
      if (writtenDay !== localDay(now())) exportNow();
    },
  };
}
