import { existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-file';
import { DEFAULT_SETTINGS, kioskSettingsSchema, type KioskSettings } from './settings-schema';

export interface SettingsStore {
  get(): KioskSettings;
  /**
   * Validates the merged result with the schema; throws SettingsUpdateError (with a readable
   * message listing fields) if invalid; otherwise writes atomically and returns the new settings.
   */
  update(change: Partial<KioskSettings>): KioskSettings;
}

export interface SettingsStoreOptions {
  /** JSON file in the app's user-data folder; null keeps settings in memory only (preview without a file). */
  filePath: string | null;
  warn: (message: string) => void;
  /**
   * Called after every successful change with the names of the fields that changed (never values:
   * the PIN hash must not be logged). Optional.
   */
  onChange?: (changedFields: string[]) => void;
  /**
   * The machine's defaults from the IT config: they take the place of the built-in defaults for
   * every field the kiosk has not saved itself (so a PIN from IT counts only while staff have not
   * set one). Values that the schema refuses are reported and the built-in default is used.
   */
  machineDefaults?: Partial<KioskSettings>;
}

/** A change the schema refuses; the message lists each `field: problem`, fit to show to staff. */
export class SettingsUpdateError extends Error {
  override name = 'SettingsUpdateError';
}

/**
 * Loads the settings once and keeps them in memory; updates go to disk first, then to memory.
 *
 * Three layers, each over the one before: the built-in defaults, the machine's defaults (IT
 * config), and what was saved on this kiosk. The file holds only that last layer, the fields
 * someone actually set, so a later change to the IT config still reaches every other field.
 *
 * A kiosk is switched off at the wall, so the file must survive anything: every write is atomic
 * (see atomic-file.ts), the previous good file is kept as `<name>.last-good.json`, and loading
 * never throws: a broken file is moved aside (never deleted) and the last good copy or the
 * defaults take over, with one warning line for the logs.
 */
export function createSettingsStore(options: SettingsStoreOptions): SettingsStore {
  const { filePath, warn, onChange } = options;
  const defaults = resolveDefaults(options.machineDefaults ?? {}, warn);
  let saved: SavedSettings = filePath === null ? {} : loadSettings(filePath, warn);
  let current = freeze(layer(defaults, saved));
  return {
    get: () => current,
    update(change) {
      const nextSaved = validateChange(defaults, saved, change);
      const next = freeze(layer(defaults, nextSaved));
      const changedFields = diffFields(current, next);
      if (changedFields.length === 0) return current;
      if (filePath !== null) persist(filePath, nextSaved, warn);
      saved = nextSaved;
      current = next;
      notify(onChange, changedFields, warn);
      return current;
    },
  };
}

/** The fields saved on this kiosk (settings.json): only those someone set, already validated. */
export type SavedSettings = Partial<KioskSettings>;

/** Built-in defaults with the machine's defaults over them, each machine field checked on its own. */
function resolveDefaults(machineDefaults: Partial<KioskSettings>, warn: (message: string) => void): KioskSettings {
  const defaults: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [field, value] of Object.entries(machineDefaults)) {
    if (value === undefined) continue;
    const result = kioskSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, [field]: value });
    if (result.success) defaults[field] = value;
    else warn(`Machine default ${field} refused (${describeIssues(result.error.issues)}); using the built-in default.`);
  }
  return normalize(defaults as KioskSettings);
}

/** The saved fields over the defaults, in the schema's field order. Both layers are valid already. */
function layer(defaults: KioskSettings, saved: SavedSettings): KioskSettings {
  return normalize(kioskSettingsSchema.parse({ ...defaults, ...saved }));
}

// ---------------------------------------------------------------------------------------------
// Pure logic: parsing, validation, comparison. No file system here, so it is easy to reason about.

type Parsed = { ok: true; settings: SavedSettings } | { ok: false; reason: string };

/** Turns file text into the saved fields (only those present) or a one-line reason it cannot be used. */
export function parseSettingsText(text: string): Parsed {
  // Notepad on Windows may save a byte order mark; JSON.parse refuses it, but the content is fine.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, reason: 'it is empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON, perhaps cut short (${oneLine((error as Error).message)})` };
  }
  const result = kioskSettingsSchema.safeParse(raw);
  if (!result.success) return { ok: false, reason: `it does not match the settings schema (${describeIssues(result.error.issues)})` };
  // The schema fills in defaults; keep only what the file itself holds, so the layers below show through.
  return { ok: true, settings: normalize(pickFields(result.data, Object.keys(raw as object))) };
}

/** The saved fields after `change`; a field set to undefined is dropped, so the default shows again. */
function validateChange(defaults: KioskSettings, saved: SavedSettings, change: Partial<KioskSettings>): SavedSettings {
  const nextSaved = normalize({ ...saved, ...change });
  const result = kioskSettingsSchema.safeParse({ ...defaults, ...nextSaved });
  if (!result.success) throw new SettingsUpdateError(`Settings change refused: ${describeIssues(result.error.issues)}.`);
  return normalize(pickFields(result.data, Object.keys(nextSaved)));
}

function pickFields(settings: KioskSettings, fields: string[]): SavedSettings {
  // Schema order, so the file reads the same whatever order the fields were set in.
  const inOrder = Object.keys(kioskSettingsSchema.shape).filter((field) => fields.includes(field));
  return Object.fromEntries(inOrder.map((field) => [field, (settings as Record<string, unknown>)[field]]));
}

function describeIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string {
  return issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/** Names of the fields whose values differ; values are compared as they would be stored. */
export function diffFields(before: KioskSettings, after: KioskSettings): string[] {
  const keys = new Set([...Object.keys(after), ...Object.keys(before)]);
  const value = (settings: KioskSettings, key: string) => JSON.stringify((settings as Record<string, unknown>)[key]);
  return [...keys].filter((key) => value(before, key) !== value(after, key));
}

export function serializeSettings(settings: SavedSettings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/**
 * Exactly what a reload would produce (keys set to undefined dropped), so memory never differs
 * from the file and a fresh store on the same file returns an equal object.
 */
function normalize<T extends SavedSettings>(settings: T): T {
  return JSON.parse(JSON.stringify(settings)) as T;
}

/** Callers get the live object from get(); freezing it stops them changing settings behind the file's back. */
function freeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Control characters from a binary file would break the one-line log entry. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?');
  return clean.length > 120 ? `${clean.slice(0, 117)}...` : clean;
}

// ---------------------------------------------------------------------------------------------
// File system: reading, recovery, writing.

/** `settings.json` → `settings.last-good.json`, `settings.broken-<time>.json`, both beside it. */
function siblingPath(filePath: string, suffix: string): string {
  const base = path.basename(filePath).replace(/\.json$/i, '');
  return path.join(path.dirname(filePath), `${base}.${suffix}.json`);
}

export const lastGoodPathFor = (filePath: string): string => siblingPath(filePath, 'last-good');

type FileState = { kind: 'missing' } | { kind: 'unusable'; reason: string } | { kind: 'valid'; settings: SavedSettings; text: string };

function readSettingsFile(filePath: string): FileState {
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
  const parsed = parseSettingsText(text);
  return parsed.ok ? { kind: 'valid', settings: parsed.settings, text } : { kind: 'unusable', reason: parsed.reason };
}

function loadSettings(filePath: string, warn: (message: string) => void): SavedSettings {
  const main = readSettingsFile(filePath);
  if (main.kind === 'valid') return main.settings;

  const lastGoodPath = lastGoodPathFor(filePath);
  const lastGood = readSettingsFile(lastGoodPath);
  // Fresh install: nothing was ever saved, so there is nothing to warn about.
  if (main.kind === 'missing' && lastGood.kind === 'missing') return {};

  const problem =
    main.kind === 'missing' ? `Settings file ${filePath} is missing` : `Settings file ${filePath} is unusable: ${main.reason}`;
  const notes: string[] = [];
  // Only a file that is out of the way may be replaced: if it cannot be moved, keep it for a person to inspect.
  let mainIsFree = main.kind === 'missing';
  if (main.kind === 'unusable') {
    const moved = moveAside(filePath);
    mainIsFree = moved.ok;
    notes.push(moved.ok ? `moved it to ${moved.to}` : `could not move it aside (${moved.reason}), left it in place`);
  }

  if (lastGood.kind === 'valid') {
    notes.push(`recovered the last good settings from ${lastGoodPath}`);
    if (mainIsFree) {
      const restored = tryWrite(filePath, lastGood.text);
      if (!restored.ok) notes.push(`could not restore ${filePath} (${restored.reason})`);
    }
    warn(`${problem}; ${notes.join('; ')}.`);
    return lastGood.settings;
  }
  if (lastGood.kind === 'unusable') notes.push(`the last good copy ${lastGoodPath} is unusable too (${lastGood.reason})`);
  notes.push('using the default settings');
  warn(`${problem}; ${notes.join('; ')}.`);
  return {};
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

/**
 * Writes the new settings. The main file is copied to the last-good file first, but only when it
 * is valid: a broken file must never replace the copy that recovery depends on.
 */
function persist(filePath: string, settings: SavedSettings, warn: (message: string) => void): void {
  const main = readSettingsFile(filePath);
  if (main.kind === 'valid') {
    const lastGoodPath = lastGoodPathFor(filePath);
    const copied = tryWrite(lastGoodPath, main.text);
    // A stale last-good copy is still a good one; the staff's change matters more than refreshing it.
    if (!copied.ok) warn(`Could not refresh ${lastGoodPath} (${copied.reason}); saving the settings anyway.`);
  }
  // Errors here reach the caller: memory is only updated once the change is safely on disk.
  writeFileAtomic(filePath, serializeSettings(settings));
}

function tryWrite(filePath: string, text: string): { ok: true } | { ok: false; reason: string } {
  try {
    writeFileAtomic(filePath, text);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: errorReason(error) };
  }
}

/** A listener's bug must not make a saved change look like a failed one. */
function notify(onChange: SettingsStoreOptions['onChange'], changedFields: string[], warn: (message: string) => void): void {
  try {
    onChange?.(changedFields);
  } catch (error) {
    warn(`A settings change listener failed: ${errorReason(error)}`);
  }
}

function errorReason(error: unknown): string {
  if (!(error instanceof Error)) return oneLine(String(error));
  return oneLine((error as NodeJS.ErrnoException).code ?? error.message);
}
