import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS, kioskSettingsSchema, type KioskSettings } from './settings-schema';

export interface SettingsStore {
  get(): KioskSettings;
}

export interface SettingsStoreOptions {
  /** JSON file in the app's user-data folder; null keeps settings in memory only. */
  filePath: string | null;
  warn: (message: string) => void;
}

/**
 * Loads the settings once. A missing file means a fresh install (defaults, silently); a file that
 * cannot be read, parsed or validated falls back to defaults with a warning instead of a crash.
 */
export function createSettingsStore(options: SettingsStoreOptions): SettingsStore {
  const settings = options.filePath === null ? DEFAULT_SETTINGS : loadSettings(options.filePath, options.warn);
  return { get: () => settings };
}

function loadSettings(filePath: string, warn: (message: string) => void): KioskSettings {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      warn(`Settings file ${filePath} could not be read; using defaults.`);
    }
    return DEFAULT_SETTINGS;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    warn(`Settings file ${filePath} is not valid JSON; using defaults.`);
    return DEFAULT_SETTINGS;
  }
  const result = kioskSettingsSchema.safeParse(raw);
  if (!result.success) {
    const fields = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    warn(`Settings file ${filePath} is invalid (${fields.join('; ')}); using defaults.`);
    return DEFAULT_SETTINGS;
  }
  return result.data;
}
