import { errorReason, loadRecoverable, oneLine, writeKeepingLastGood, type FileWording, type ParseResult } from '../storage/recoverable-file';
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
 * A kiosk is switched off at the wall, so the file must survive anything (storage/recoverable-file.ts):
 * every write is atomic, the previous good file is kept as `<name>.last-good.json`, and loading
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

// ---------------------------------------------------------------------------------------------
// File system: main/storage/recoverable-file.ts reads, recovers and writes.

const SETTINGS_WORDING: FileWording = { fileLabel: 'Settings file', contents: 'settings', fallback: 'using the default settings' };

const parseSettingsFile = (text: string): ParseResult<SavedSettings> => {
  const parsed = parseSettingsText(text);
  return parsed.ok ? { ok: true, value: parsed.settings } : parsed;
};

function loadSettings(filePath: string, warn: (message: string) => void): SavedSettings {
  return loadRecoverable(filePath, parseSettingsFile, SETTINGS_WORDING, warn) ?? {};
}

/** Errors here reach the caller: memory is only updated once the change is safely on disk. */
function persist(filePath: string, settings: SavedSettings, warn: (message: string) => void): void {
  writeKeepingLastGood(filePath, serializeSettings(settings), parseSettingsFile, SETTINGS_WORDING, warn);
}

/** A listener's bug must not make a saved change look like a failed one. */
function notify(onChange: SettingsStoreOptions['onChange'], changedFields: string[], warn: (message: string) => void): void {
  try {
    onChange?.(changedFields);
  } catch (error) {
    warn(`A settings change listener failed: ${errorReason(error)}`);
  }
}
