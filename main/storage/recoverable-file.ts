import { existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-file';

/**
 * A JSON file in the user-data folder that must survive anything (a kiosk is switched off at the
 * wall): every write is atomic (atomic-file.ts), the previous good file is kept beside it as
 * `<name>.last-good.json`, and loading never throws. A broken file is moved aside (never
 * deleted), the last good copy takes over, or else the caller's starting value, with one warning
 * line for the logs. The settings (settings-store.ts) and the usage counts (usage-store.ts) are
 * kept this way.
 */

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** How a file is named in the warning lines. */
export interface FileWording {
  /** "Settings file" */
  fileLabel: string;
  /** "settings", as in "recovered the last good settings" */
  contents: string;
  /** What happens without a good copy: "using the default settings" */
  fallback: string;
}

type FileState<T> = { kind: 'missing' } | { kind: 'unusable'; reason: string } | { kind: 'valid'; value: T; text: string };

/** `settings.json` → `settings.last-good.json`, `settings.broken-<time>.json`, both beside it. */
function siblingPath(filePath: string, suffix: string): string {
  const base = path.basename(filePath).replace(/\.json$/i, '');
  return path.join(path.dirname(filePath), `${base}.${suffix}.json`);
}

export const lastGoodPathFor = (filePath: string): string => siblingPath(filePath, 'last-good');

function readFileState<T>(filePath: string, parse: (text: string) => ParseResult<T>): FileState<T> {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'EISDIR') return { kind: 'unusable', reason: 'it is a folder, not a file' };
    if (code === 'EACCES' || code === 'EPERM') return { kind: 'unusable', reason: 'permission to read it was denied' };
    return { kind: 'unusable', reason: `it could not be read (${oneLine(code ?? (error as Error).message)})` };
  }
  const parsed = parse(text);
  return parsed.ok ? { kind: 'valid', value: parsed.value, text } : { kind: 'unusable', reason: parsed.reason };
}

/** The file's value, or the last good copy's; null when neither is usable (the caller starts afresh). */
export function loadRecoverable<T>(filePath: string, parse: (text: string) => ParseResult<T>, wording: FileWording, warn: (message: string) => void): T | null {
  const main = readFileState(filePath, parse);
  if (main.kind === 'valid') return main.value;

  const lastGoodPath = lastGoodPathFor(filePath);
  const lastGood = readFileState(lastGoodPath, parse);
  // Fresh install: nothing was ever saved, so there is nothing to warn about.
  if (main.kind === 'missing' && lastGood.kind === 'missing') return null;

  const problem = main.kind === 'missing' ? `${wording.fileLabel} ${filePath} is missing` : `${wording.fileLabel} ${filePath} is unusable: ${main.reason}`;
  const notes: string[] = [];
  // Only a file that is out of the way may be replaced: if it cannot be moved, keep it for a person to inspect.
  let mainIsFree = main.kind === 'missing';
  if (main.kind === 'unusable') {
    const moved = moveAside(filePath);
    mainIsFree = moved.ok;
    notes.push(moved.ok ? `moved it to ${moved.to}` : `could not move it aside (${moved.reason}), left it in place`);
  }

  if (lastGood.kind === 'valid') {
    notes.push(`recovered the last good ${wording.contents} from ${lastGoodPath}`);
    if (mainIsFree) {
      const restored = tryWrite(filePath, lastGood.text);
      if (!restored.ok) notes.push(`could not restore ${filePath} (${restored.reason})`);
    }
    warn(`${problem}; ${notes.join('; ')}.`);
    return lastGood.value;
  }
  if (lastGood.kind === 'unusable') notes.push(`the last good copy ${lastGoodPath} is unusable too (${lastGood.reason})`);
  notes.push(wording.fallback);
  warn(`${problem}; ${notes.join('; ')}.`);
  return null;
}

/**
 * Writes `text`. The main file is copied to the last-good file first, but only when it is valid:
 * a broken file must never replace the copy that recovery depends on. Errors writing the main
 * file reach the caller.
 */
export function writeKeepingLastGood<T>(filePath: string, text: string, parse: (text: string) => ParseResult<T>, wording: FileWording, warn: (message: string) => void): void {
  const main = readFileState(filePath, parse);
  if (main.kind === 'valid') {
    const lastGoodPath = lastGoodPathFor(filePath);
    const copied = tryWrite(lastGoodPath, main.text);
    // A stale last-good copy is still a good one; the new value matters more than refreshing it.
    if (!copied.ok) warn(`Could not refresh ${lastGoodPath} (${copied.reason}); saving the ${wording.contents} anyway.`);
  }
  writeFileAtomic(filePath, text);
}

/** Keeps a broken file (a folder too) under a new name, so staff or support can still look at it. */
function moveAside(filePath: string): { ok: true; to: string } | { ok: false; reason: string } {
  // Colons are not allowed in Windows file names.
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let target = siblingPath(filePath, `broken-${stamp}`);
  for (let n = 1; existsSync(target); n += 1) target = siblingPath(filePath, `broken-${stamp}-${n}`);
  try {
    renameSync(filePath, target);
    return { ok: true, to: target };
  } catch (error) {
    return { ok: false, reason: errorReason(error) };
  }
}

function tryWrite(filePath: string, text: string): { ok: true } | { ok: false; reason: string } {
  try {
    writeFileAtomic(filePath, text);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: errorReason(error) };
  }
}

/** Control characters from a binary file would break the one-line log entry. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?');
  return clean.length > 120 ? `${clean.slice(0, 117)}...` : clean;
}

export function errorReason(error: unknown): string {
  if (!(error instanceof Error)) return oneLine(String(error));
  return oneLine((error as NodeJS.ErrnoException).code ?? error.message);
}
