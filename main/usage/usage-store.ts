import { z } from 'zod';
import { errorReason, loadRecoverable, writeKeepingLastGood, type FileWording, type ParseResult } from '../storage/recoverable-file';
import {
  addDays,
  emptyUsageCounts,
  keepRecentDays,
  localDay,
  recordUsage,
  SESSION_LENGTH_BUCKETS,
  type MainProcessUsageEvent,
  type SessionMemory,
  type UsageCounts,
  type UsageEvent,
} from './usage-counts';

/**
 * The usage counts in the main process: kept in memory, written to `usage.json` in the user-data
 * folder at most once a minute, and at once at every idle reset and at quit (flush), the same
 * safe way as the settings (storage/recoverable-file.ts). Killing the kiosk at any moment loses
 * at most the last minute's counts, never the file. A write that fails (a full disk, a read-only
 * folder) is logged once and tried again at the next change; counting goes on in memory.
 * See usage-counts.ts for what is counted and what never is.
 */
export interface UsageStore {
  record(event: UsageEvent | MainProcessUsageEvent): void;
  /** Writes now if anything changed since the last write. */
  flush(): void;
  /** The counts so far (a copy). */
  counts(): UsageCounts;
  /** The last `days` days up to today (a copy), for the staff panel. */
  summary(days: number): { today: string; days: UsageCounts['days'] };
  /** Staff's reset: every count gone, on disk too. */
  reset(): void;
  /** Stops the write timer (after a last flush, at quit). */
  close(): void;
}

export interface UsageStoreOptions {
  /** `usage.json` in the user-data folder; null keeps the counts in memory only (the preview without a folder). */
  filePath: string | null;
  warn: (message: string) => void;
  now?: () => Date;
  /** Milliseconds between timed writes. */
  writeIntervalMs?: number;
}

export const USAGE_WRITE_INTERVAL_MS = 60_000;

const USAGE_WORDING: FileWording = { fileLabel: 'Usage file', contents: 'usage counts', fallback: 'counting starts again from zero' };

export function createUsageStore(options: UsageStoreOptions): UsageStore {
  const { filePath, warn } = options;
  const now = options.now ?? (() => new Date());
  const interval = options.writeIntervalMs ?? USAGE_WRITE_INTERVAL_MS;
  let counts = filePath === null ? emptyUsageCounts() : (loadRecoverable(filePath, parseUsageFile, USAGE_WORDING, warn) ?? emptyUsageCounts());
  counts = keepRecentDays(counts, localDay(now()));
  let session: SessionMemory | null = null;
  let dirty = false;
  let timer: NodeJS.Timeout | null = null;
  let lastFailure: string | null = null;

  const write = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!dirty || filePath === null) {
      dirty = false;
      return;
    }
    try {
      writeKeepingLastGood(filePath, serializeUsage(counts), parseUsageFile, USAGE_WORDING, warn);
      dirty = false;
      lastFailure = null;
    } catch (error) {
      const reason = errorReason(error);
      // One line per kind of failure, not one a minute for as long as the disk stays full.
      if (reason !== lastFailure) warn(`Could not write the usage counts to ${filePath} (${reason}); they are kept in memory and written at the next change.`);
      lastFailure = reason;
    }
  };

  return {
    record(event) {
      const result = recordUsage(counts, session, event, now());
      counts = result.counts;
      session = result.session;
      if (!result.changed) return;
      dirty = true;
      // An idle reset ends a patient's session: the moment to write, before the next patient.
      if (event.event === 'session-ended') write();
      else timer ??= setTimeout(write, interval);
    },
    flush: write,
    counts: () => structuredClone(counts),
    summary(days) {
      const today = localDay(now());
      const first = addDays(today, -(days - 1));
      return { today, days: structuredClone(Object.fromEntries(Object.entries(counts.days).filter(([day]) => day >= first && day <= today))) };
    },
    reset() {
      counts = emptyUsageCounts();
      session = null;
      dirty = true;
      write();
    },
    close() {
      write();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

export function serializeUsage(counts: UsageCounts): string {
  return `${JSON.stringify(counts)}\n`;
}

const count = z.number().int().nonnegative();
const countMap = z.record(z.string().max(200), count);
const dayKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The stored file, exactly: a field outside these lists makes the file unusable (it is moved aside). */
const usageFileSchema = z.strictObject({
  version: z.literal(1),
  days: z.record(
    dayKey,
    z.strictObject({
      sessions: count,
      sessionLengths: z.strictObject(Object.fromEntries(SESSION_LENGTH_BUCKETS.map((bucket) => [bucket, count])) as Record<(typeof SESSION_LENGTH_BUCKETS)[number], typeof count>),
      idleResets: count,
      topics: z.record(z.string().max(200), z.strictObject({ opened: count, pagesReached: countMap, chaptersOpened: countMap, reachedEnd: count })),
      languagesChosen: countMap,
      languagesEnded: countMap,
      glossaryOpened: countMap,
      diagramsEnlarged: count,
      readAloudPlays: count,
      handoutsPrinted: count,
      qrCodesShown: count,
      textSizeChanges: countMap,
      contrastChanges: countMap,
    }),
  ),
});

export function parseUsageFile(text: string): ParseResult<UsageCounts> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON, perhaps cut short (${errorReason(error)})` };
  }
  const parsed = usageFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: `it is not a usage file this kiosk can read (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''})` };
  return { ok: true, value: parsed.data as UsageCounts };
}
