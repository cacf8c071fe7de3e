import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * A small rotating log for the kiosk's own health: starts, quits, renderer crashes and hangs,
 * recoveries, settings changes and staff access. The event list is closed on purpose: this log
 * records what the machine did, never anything a patient did (no topics viewed, no touches, no
 * languages chosen), and details carry only short primitive values chosen by the main process,
 * never free text from the renderer. One JSON object per line, so it can be read with any tool.
 *
 * Logging must never take the kiosk down: every failure (disk full, folder not writable) is
 * handed to `fallback` (console.warn by default) and swallowed.
 */

export type KioskLogEvent =
  | 'start'
  | 'quit'
  | 'renderer-crashed'
  | 'renderer-hung'
  | 'renderer-silent'
  | 'handout-printed'
  | 'handout-not-printed'
  | 'renderer-reloaded'
  | 'fallback-shown'
  | 'settings-changed'
  | 'settings-recovered'
  | 'it-config'
  | 'staff-unlocked'
  | 'staff-pin-rejected'
  | 'staff-locked-out'
  | 'staff-pin-changed'
  | 'staff-session-ended'
  | 'usage-event-refused'
  | 'usage-reset'
  | 'usage-exported'
  | 'usage-export-failed'
  | 'update-check'
  | 'update-downloaded'
  | 'update-installing'
  | 'update-failed'
  | 'content-pack-installed'
  | 'content-pack-refused'
  | 'content-pack-switched'
  | 'content-pack-rolled-back'
  | 'content-pack-failed-to-start'
  | 'content-update-check'
  | 'warning';

export type KioskLogDetails = Record<string, string | number | boolean>;

export interface KioskLog {
  write(event: KioskLogEvent, details?: KioskLogDetails): void;
}

export interface RotatingLogOptions {
  /** Folder for the log files; created when missing. */
  directory: string;
  /** Current log file; rotated copies are numbered before the extension (kiosk.1.log). */
  fileName?: string;
  /** The current file is rotated before a line would take it past this size. */
  maxBytes?: number;
  /** How many rotated files to keep; older ones are deleted. */
  keepFiles?: number;
  now?: () => Date;
  /** Receives each line that could not be written. */
  fallback?: (line: string) => void;
}

export const DEFAULT_LOG_FILE_NAME = 'kiosk.log';
export const DEFAULT_LOG_MAX_BYTES = 1024 * 1024;
export const DEFAULT_LOG_KEEP_FILES = 3;
/** Longer string details are cut: a guard against a caller passing free text by mistake. */
export const MAX_DETAIL_LENGTH = 200;

export function createRotatingLog(options: RotatingLogOptions): KioskLog {
  const directory = options.directory;
  const fileName = options.fileName ?? DEFAULT_LOG_FILE_NAME;
  const maxBytes = options.maxBytes ?? DEFAULT_LOG_MAX_BYTES;
  const keepFiles = Math.max(0, Math.floor(options.keepFiles ?? DEFAULT_LOG_KEEP_FILES));
  const now = options.now ?? (() => new Date());
  const fallback = options.fallback ?? ((line: string) => console.warn(`[kiosk log] ${line}`));
  const currentPath = path.join(directory, fileName);
  const { name, ext } = path.parse(fileName);
  const rotatedPath = (index: number) => path.join(directory, `${name}.${index}${ext}`);

  function rotate(): void {
    rmSync(keepFiles === 0 ? currentPath : rotatedPath(keepFiles), { force: true });
    for (let index = keepFiles - 1; index >= 1; index -= 1) {
      renameIfPresent(rotatedPath(index), rotatedPath(index + 1));
    }
    if (keepFiles > 0) renameIfPresent(currentPath, rotatedPath(1));
  }

  function append(line: string): void {
    mkdirSync(directory, { recursive: true });
    const size = fileSize(currentPath);
    if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
    appendFileSync(currentPath, line);
  }

  return {
    write(event, details) {
      let line = `{"event":${JSON.stringify(event)}}\n`;
      try {
        line = formatLine(now(), event, details);
        append(line);
      } catch {
        try {
          fallback(line.trimEnd());
        } catch {
          // Nothing is left to tell; the kiosk carries on without this line.
        }
      }
    },
  };
}

/** `{"time":"<ISO>","event":"...",...details}` plus a newline; `time` and `event` cannot be overridden. */
function formatLine(time: Date, event: KioskLogEvent, details: KioskLogDetails | undefined): string {
  const entry: Record<string, string | number | boolean> = { time: time.toISOString(), event };
  for (const [key, value] of Object.entries(details ?? {})) {
    if (key === 'time' || key === 'event') continue;
    if (typeof value === 'string') entry[key] = value.length > MAX_DETAIL_LENGTH ? `${value.slice(0, MAX_DETAIL_LENGTH)}…` : value;
    else if (typeof value === 'number' || typeof value === 'boolean') entry[key] = value;
    // Anything else (objects smuggled past the types) is dropped rather than serialised.
  }
  return `${JSON.stringify(entry)}\n`;
}

function fileSize(filePath: string): number {
  try {
    return statSync(filePath).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}

function renameIfPresent(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
