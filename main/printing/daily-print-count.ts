import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/atomic-file';

/**
 * How many handouts this kiosk printed today, for the staff's daily limit. One small file
 * (`print-count.json`: `{ "date": "2026-11-30", "count": 12 }`), written atomically after each
 * job, so a power cut never loses more than the job being printed. A new day starts at local
 * midnight. A missing or damaged file counts as none printed today: that only ever lets a few
 * more handouts out, and is reported once.
 */
export interface DailyPrintCount {
  printedToday(): number;
  /** One more handout printed today. */
  add(): void;
}

const countFileSchema = z.strictObject({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), count: z.number().int().min(0) });

export interface DailyPrintCountOptions {
  /** null keeps the count in memory only (the preview without a settings file). */
  filePath: string | null;
  /** Today's local date as YYYY-MM-DD. */
  today?: () => string;
  warn: (message: string) => void;
}

export function createDailyPrintCount(options: DailyPrintCountOptions): DailyPrintCount {
  const today = options.today ?? localDate;
  let state = options.filePath === null ? { date: today(), count: 0 } : readCount(options.filePath, options.warn, today);
  const current = () => {
    const date = today();
    if (state.date !== date) state = { date, count: 0 };
    return state;
  };
  return {
    printedToday: () => current().count,
    add: () => {
      const { date, count } = current();
      state = { date, count: count + 1 };
      if (options.filePath === null) return;
      try {
        writeFileAtomic(options.filePath, `${JSON.stringify(state)}\n`);
      } catch (error) {
        options.warn(`print count ${options.filePath} could not be saved (${(error as Error).message}); today's count is kept in memory`);
      }
    },
  };
}

function readCount(filePath: string, warn: (message: string) => void, today: () => string): { date: string; count: number } {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`print count ${filePath} could not be read; counting from 0 today`);
    return { date: today(), count: 0 };
  }
  try {
    return countFileSchema.parse(JSON.parse(text));
  } catch {
    warn(`print count ${filePath} is damaged; counting from 0 today`);
    return { date: today(), count: 0 };
  }
}

/** YYYY-MM-DD in the kiosk's own time zone (a clinic's day, not UTC's). */
export function localDate(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
