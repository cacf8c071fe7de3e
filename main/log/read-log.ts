import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOG_FILE_NAME, DEFAULT_LOG_KEEP_FILES } from './rotating-log';

/** One line of the kiosk's log as written by rotating-log.ts. */
export interface LogEntry {
  time: string;
  event: string;
  [detail: string]: unknown;
}

/**
 * The log's lines, oldest first, from the rotated files (kiosk.3.log ... kiosk.1.log) and the
 * current one. A line that is not a log entry (cut short by a power cut, say) is skipped; a
 * missing file is simply absent. For the status file (main/status/), which counts the last day's
 * crashes and restarts, including those of earlier runs.
 */
export function readLogEntries(directory: string, fileName = DEFAULT_LOG_FILE_NAME, keepFiles = DEFAULT_LOG_KEEP_FILES): LogEntry[] {
  const { name, ext } = path.parse(fileName);
  const files = [...Array.from({ length: keepFiles }, (_, index) => `${name}.${keepFiles - index}${ext}`), fileName];
  const entries: LogEntry[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(path.join(directory, file), 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n')) {
      const entry = parseLogLine(line);
      if (entry !== null) entries.push(entry);
    }
  }
  return entries;
}

export function parseLogLine(line: string): LogEntry | null {
  if (line.trim() === '') return null;
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null) return null;
    const { time, event } = value as { time?: unknown; event?: unknown };
    return typeof time === 'string' && typeof event === 'string' && !Number.isNaN(Date.parse(time)) ? (value as LogEntry) : null;
  } catch {
    return null;
  }
}
