import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CLINIC_TEXT_LIMITS, DAILY_PRINT_LIMITS, PAPER_SIZES, type PaperSize } from '../ipc/contract';
import { clinicText, contentId, DEFAULT_SETTINGS, IDLE_TIMEOUT_LIMITS, languageTag, pinHashSchema, printerNameSchema, type KioskSettings, type PinHash } from '../settings/settings-schema';
import { pinHashProblem } from '../staff/pin-hash';
import { parsePublicKey } from '../content-packs/pack-signing';
import { isValidClock, type QuietHours } from '../updates/update-schedule';
import { ANY_LANGUAGE, topicLinkProblem, type TopicLinks } from './topic-links';

/**
 * The machine-wide file clinic IT uses to set a kiosk up without touching the screen (see
 * docs/deploying.md). Its values are the machine's defaults: they fill every setting the kiosk
 * has not saved itself, so staff changes on the kiosk still win.
 *
 * It is read once at start and never written. A file written by hand must not stop a kiosk, so
 * every field is judged on its own: a bad field is logged and ignored, the good ones still apply.
 */
export interface ItConfig {
  /** The first staff PIN, as the record `npm run hash-pin` prints; used until staff set their own. */
  staffPinHash?: PinHash;
  defaultLanguage?: string;
  /** Languages offered to patients, in this order. */
  enabledLanguages?: string[];
  /** Same name, unit and limits as the kiosk's own setting. */
  idleTimeoutSeconds?: number;
  /** Handouts (same names and limits as the staff settings). */
  printingEnabled?: boolean;
  printerName?: string;
  paperSize?: PaperSize;
  dailyPrintLimit?: number;
  clinicName?: string;
  clinicPhone?: string;
  /**
   * QR-code addresses per topic and language: { "muscle-atrophy": { "en": "https://…", "*": "https://…" } }.
   * Each address is judged on its own: a bad one is logged and left out, the rest still apply.
   */
  topicLinks?: TopicLinks;
  /** This kiosk's name in usage files and, later, status files: letters, digits, - and _. */
  kioskId?: string;
  /** A folder (often a network share) where the kiosk writes its usage file once a day (main/usage/usage-export.ts). */
  usageExportFolder?: string;
  /** A folder (often a network share) where the kiosk writes status-<kioskId>.json every 5 minutes (main/status/). */
  statusFolder?: string;
  /** The clinic's update server, https only (electron-updater's generic provider); without it the kiosk never checks. */
  updateUrl?: string;
  /** The release channel on that server: "latest" (the default), "beta" for pilot kiosks... */
  updateChannel?: string;
  /** Local times a downloaded update may install on the attract screen (main/updates/update-schedule.ts). */
  quietHours?: QuietHours;
  /** Public keys (base64, from npm run content:keygen) whose signed content packs this kiosk accepts. */
  contentPackKeys?: string[];
  /** IT's folder of content packs (http or https: packs are signed); the kiosk looks there daily (main/content-packs/content-updates.ts). */
  contentUpdateUrl?: string;
  /** Local time of that daily look, "HH:MM" (default 03:00; each kiosk adds up to 30 minutes). */
  contentUpdateTime?: string;
}

export const IT_CONFIG_FIELDS = [
  'staffPinHash',
  'defaultLanguage',
  'enabledLanguages',
  'idleTimeoutSeconds',
  'printingEnabled',
  'printerName',
  'paperSize',
  'dailyPrintLimit',
  'clinicName',
  'clinicPhone',
  'topicLinks',
  'kioskId',
  'usageExportFolder',
  'statusFolder',
  'updateUrl',
  'updateChannel',
  'quietHours',
  'contentPackKeys',
  'contentUpdateUrl',
  'contentUpdateTime',
] as const;

/** The one place per OS where software-wide settings normally live, outside any user's folder. */
export function itConfigPath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32') {
    // ProgramData is always set by Windows; ALLUSERSPROFILE points to the same folder.
    const base = [env.PROGRAMDATA, env.ALLUSERSPROFILE].find((value) => value !== undefined && path.win32.isAbsolute(value)) ?? 'C:\\ProgramData';
    return path.win32.join(base, 'Clinic Kiosk', 'config.json');
  }
  if (platform === 'darwin') return '/Library/Application Support/Clinic Kiosk/config.json';
  return '/etc/clinic-kiosk/config.json';
}

export interface ReadItConfigOptions {
  /** Receives one line per problem, naming the file and the field. */
  warn: (message: string) => void;
  /**
   * The language codes this build has. Without them only the format of a code is checked, and
   * the renderer falls back from a code it does not have (it logs that in its console).
   */
  knownLanguages?: readonly string[];
}

/** A missing file is normal (no IT config) and silent; anything else wrong is reported. */
export function readItConfig(filePath: string, options: ReadItConfigOptions): ItConfig {
  const report = (problem: string) => options.warn(`IT config ${filePath}: ${problem}`);
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') report(`could not be read (${code ?? (error as Error).message}); the whole file is ignored.`);
    return {};
  }
  let raw: unknown;
  try {
    // Notepad may save a byte order mark; JSON.parse refuses it, but the content is fine.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    report('is not valid JSON (check commas, quotes and braces); the whole file is ignored.');
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    report('must be one JSON object ({ ... }); the whole file is ignored.');
    return {};
  }
  return parseItConfig(raw as Record<string, unknown>, options.knownLanguages, report);
}

/** Judges each field on its own; `report` gets `field: problem; ignored.` for every one left out. */
export function parseItConfig(raw: Record<string, unknown>, knownLanguages: readonly string[] | undefined, report: (problem: string) => void): ItConfig {
  const config: ItConfig = {};
  for (const [field, value] of Object.entries(raw)) {
    if (!(IT_CONFIG_FIELDS as readonly string[]).includes(field)) {
      report(unknownFieldProblem(field));
      continue;
    }
    if (field === 'topicLinks') {
      const links = readTopicLinks(value, knownLanguages, report);
      if (links !== null) config.topicLinks = links;
      continue;
    }
    const problem = fieldProblem(field as Exclude<keyof ItConfig, 'topicLinks'>, value, knownLanguages);
    if (problem === null) Object.assign(config, { [field]: value });
    // The PIN hash is not secret on its own, but there is no reason to copy it into a log.
    else report(`${field} ${problem}${field === 'staffPinHash' ? '' : ` (got ${shortJson(value)})`}; ignored.`);
  }
  // The default language must be on offer. The list is the field that goes: offering every
  // language is a smaller surprise than starting in one patients cannot choose again.
  const defaultLanguage = config.defaultLanguage ?? DEFAULT_SETTINGS.defaultLanguage;
  if (config.enabledLanguages && !config.enabledLanguages.includes(defaultLanguage)) {
    report(`enabledLanguages must include the default language "${defaultLanguage}"; ignored.`);
    delete config.enabledLanguages;
  }
  for (const folderField of ['usageExportFolder', 'statusFolder'] as const) {
    if (config[folderField] !== undefined && config.kioskId === undefined) {
      report(`${folderField} needs a kioskId too (it names the kiosk's file in the folder); ignored.`);
      delete config[folderField];
    }
  }
  if (config.contentUpdateUrl !== undefined && config.contentPackKeys === undefined) {
    report('contentUpdateUrl needs contentPackKeys too (the kiosk takes only packs signed by a key listed there); ignored.');
    delete config.contentUpdateUrl;
  }
  return config;
}

/** The IT values as settings: the layer between the built-in defaults and what the kiosk saved. */
export function itConfigAsSettings(config: ItConfig): Partial<KioskSettings> {
  // The kiosk's name and its folders are the machine's, not settings staff could change.
  const { staffPinHash, kioskId: _kioskId, usageExportFolder: _usageExportFolder, statusFolder: _statusFolder, updateUrl: _updateUrl, updateChannel: _updateChannel, quietHours: _quietHours, contentPackKeys: _contentPackKeys, contentUpdateUrl: _contentUpdateUrl, contentUpdateTime: _contentUpdateTime, ...rest } = config;
  return staffPinHash === undefined ? { ...rest } : { ...rest, staffPin: staffPinHash };
}

const idleTimeoutSchema = z.number().int().min(IDLE_TIMEOUT_LIMITS.min).max(IDLE_TIMEOUT_LIMITS.max);
const dailyPrintLimitSchema = z.number().int().min(DAILY_PRINT_LIMITS.min).max(DAILY_PRINT_LIMITS.max);

function fieldProblem(field: Exclude<keyof ItConfig, 'topicLinks'>, value: unknown, knownLanguages: readonly string[] | undefined): string | null {
  switch (field) {
    case 'staffPinHash': {
      const record = pinHashSchema.safeParse(value);
      if (!record.success) return 'must be the whole { "algorithm": "scrypt", ... } record printed by `npm run hash-pin`';
      const problem = pinHashProblem(record.data);
      return problem === null ? null : `cannot be used: ${problem}`;
    }
    case 'defaultLanguage':
      return languageProblem(value, knownLanguages);
    case 'enabledLanguages': {
      if (!Array.isArray(value) || value.length === 0) return 'must be a list of one or more language codes, such as ["en", "es"]';
      for (const code of value) {
        const problem = languageProblem(code, knownLanguages);
        if (problem !== null) return `has an entry that ${problem}`;
      }
      if (new Set(value).size !== value.length) return 'lists a language twice';
      return null;
    }
    case 'idleTimeoutSeconds':
      return idleTimeoutSchema.safeParse(value).success ? null : `must be a whole number of seconds from ${IDLE_TIMEOUT_LIMITS.min} to ${IDLE_TIMEOUT_LIMITS.max}`;
    case 'printingEnabled':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'printerName':
      return printerNameSchema.safeParse(value).success ? null : 'must be the name of a printer as the system lists it (1 to 200 characters)';
    case 'paperSize':
      return (PAPER_SIZES as readonly unknown[]).includes(value) ? null : `must be one of ${PAPER_SIZES.map((size) => `"${size}"`).join(', ')}`;
    case 'dailyPrintLimit':
      return dailyPrintLimitSchema.safeParse(value).success ? null : `must be a whole number of handouts from ${DAILY_PRINT_LIMITS.min} to ${DAILY_PRINT_LIMITS.max}`;
    case 'clinicName':
      return clinicText(CLINIC_TEXT_LIMITS.name).safeParse(value).success ? null : `must be one line of text of at most ${CLINIC_TEXT_LIMITS.name} characters`;
    case 'clinicPhone':
      return clinicText(CLINIC_TEXT_LIMITS.phone).safeParse(value).success ? null : `must be one line of text of at most ${CLINIC_TEXT_LIMITS.phone} characters`;
    case 'kioskId':
      return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/.test(value) ? null : 'must be 1 to 40 letters, digits, "-" or "_", starting with a letter or digit (it becomes part of file names)';
    case 'updateUrl':
      return updateUrlProblem(value);
    case 'contentPackKeys':
      return Array.isArray(value) && value.length > 0 && value.length <= 20 && value.every((key) => typeof key === 'string' && parsePublicKey(key) !== null)
        ? null
        : 'must be a list of public keys as npm run content:keygen prints them, such as ["MCowBQYDK2VwAyEA..."]';
    case 'contentUpdateUrl':
      return contentUpdateUrlProblem(value);
    case 'contentUpdateTime':
      return typeof value === 'string' && isValidClock(value) ? null : 'must be a time of day "HH:MM" in 24-hour local time, such as "03:00"';
    case 'updateChannel':
      return typeof value === 'string' && /^[a-z0-9][a-z0-9-]{0,29}$/.test(value) ? null : 'must be a channel name such as "latest" or "beta" (lower-case letters, digits and "-")';
    case 'quietHours': {
      const hours = value as Partial<QuietHours> | null;
      return typeof hours === 'object' && hours !== null && typeof hours.start === 'string' && typeof hours.end === 'string' && isValidClock(hours.start) && isValidClock(hours.end) && hours.start !== hours.end && Object.keys(hours).length === 2
        ? null
        : 'must be { "start": "HH:MM", "end": "HH:MM" } in 24-hour local time, two different times, such as { "start": "02:00", "end": "05:00" }';
    }
    case 'usageExportFolder':
    case 'statusFolder':
      return typeof value === 'string' && value.length <= 500 && (path.posix.isAbsolute(value) || path.win32.isAbsolute(value))
        ? null
        : 'must be a whole folder path, such as "/mnt/clinic-share/kiosk-usage" or "\\\\server\\share\\kiosk-usage"';
  }
}

/**
 * The update server's https address. Not http: the release file that names each download's SHA-512
 * comes from the same server, so on plain http anyone on the network could hand kiosks their own code.
 */
function updateUrlProblem(value: unknown): string | null {
  const message = 'must be the https:// address of the folder where the releases are published, such as "https://updates.clinic.example/kiosk"';
  if (typeof value !== 'string' || value.length > 500) return message;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '' ? null : message;
  } catch {
    return message;
  }
}

/**
 * The content server's folder address. Plain http is allowed here, unlike updateUrl: a pack is
 * checked against its own Ed25519 signature, so whoever answers cannot change what is shown.
 */
function contentUpdateUrlProblem(value: unknown): string | null {
  const message = 'must be the http:// or https:// address of the folder holding content-latest.json and the packs, such as "http://content.clinic.lan/kiosk-packs/" (no user name, password, query or #)';
  if (typeof value !== 'string' || value.length > 500) return message;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '' && url.search === '' && url.hash === '' ? null : message;
  } catch {
    return message;
  }
}

/**
 * The usable addresses of `topicLinks`; every other entry is reported on its own line. Topic ids
 * are only checked for their form: the main process does not read the content, and an address
 * for a topic this kiosk lacks is never shown.
 */
function readTopicLinks(value: unknown, knownLanguages: readonly string[] | undefined, report: (problem: string) => void): TopicLinks | null {
  const isObject = (candidate: unknown): candidate is Record<string, unknown> => typeof candidate === 'object' && candidate !== null && !Array.isArray(candidate);
  if (!isObject(value)) {
    report(`topicLinks must be an object of topics, such as { "muscle-atrophy": { "en": "https://example.org/muscle-atrophy" } } (got ${shortJson(value)}); ignored.`);
    return null;
  }
  const links: TopicLinks = {};
  for (const [topicId, languages] of Object.entries(value)) {
    if (!contentId.safeParse(topicId).success) {
      report(`topicLinks: ${shortJson(topicId)} is not a topic id (lower-case words joined by hyphens, as its content folder is named); ignored.`);
      continue;
    }
    if (!isObject(languages)) {
      report(`topicLinks.${topicId} must be an object of language codes and addresses, such as { "en": "https://example.org/${topicId}" } (got ${shortJson(languages)}); ignored.`);
      continue;
    }
    for (const [language, address] of Object.entries(languages)) {
      const problem = language === ANY_LANGUAGE ? null : languageProblem(language, knownLanguages);
      const addressProblem = topicLinkProblem(address);
      if (problem !== null) report(`topicLinks.${topicId}: the key ${shortJson(language)} ${problem} (or "${ANY_LANGUAGE}" for every language); ignored.`);
      else if (addressProblem !== null) report(`topicLinks.${topicId}.${language} ${addressProblem} (got ${shortJson(address)}); ignored.`);
      else (links[topicId] ??= {})[language] = address as string;
    }
  }
  return Object.keys(links).length > 0 ? links : null;
}

function languageProblem(value: unknown, knownLanguages: readonly string[] | undefined): string | null {
  if (!languageTag.safeParse(value).success) return 'must be a language code such as "en" or "zh-Hans"';
  if (knownLanguages && !knownLanguages.includes(value as string)) return `is not a language this kiosk has (${knownLanguages.join(', ')})`;
  return null;
}

function unknownFieldProblem(field: string): string {
  // The plain-text PIN of the earlier per-user kiosk-config.json: never echo its value.
  if (field === 'initialPin') return 'initialPin is no longer read; put the output of `npm run hash-pin` in "staffPinHash" instead; ignored.';
  return `unknown field ${shortJson(field)} (known: ${IT_CONFIG_FIELDS.join(', ')}); ignored.`;
}

/** Keeps a log line to one short line whatever a person typed. */
function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
