import { z } from 'zod';
import { ANY_LANGUAGE, topicLinkProblem } from '../config/topic-links';
import { CLINIC_TEXT_LIMITS, DAILY_PRINT_LIMITS, IDLE_TIMEOUT_LIMITS, PAPER_SIZES, READ_ALOUD_SPEEDS, READ_ALOUD_VOLUMES, TEXT_SIZES, THEMES } from '../ipc/contract';

export { IDLE_TIMEOUT_LIMITS, READ_ALOUD_SPEEDS, READ_ALOUD_VOLUMES, TEXT_SIZES, THEMES, type TextSize, type Theme } from '../ipc/contract';

/** BCP 47-ish tag as used in locales/languages.json (`en`, `zh-Hans`, `pt-BR`). */
export const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as "en" or "zh-Hans"');

/** A topic, chapter, term or other id as the content names them (`muscle-atrophy`, `signs`). */
export const contentId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"').max(80);

/** Limits of the prompt's countdown (seconds); only settable in the file for now. */
export const IDLE_COUNTDOWN_LIMITS = { min: 5, max: 120 } as const;

/**
 * The staff PIN as stored: a salted scrypt hash with its parameters, never the PIN itself.
 * It stays in the main process; the renderer only learns whether a PIN is set.
 */
export const pinHashSchema = z.strictObject({
  algorithm: z.literal('scrypt'),
  /** base64 */
  salt: z.string().min(16),
  /** base64 */
  hash: z.string().min(16),
  cost: z.number().int().min(1024),
  blockSize: z.number().int().min(1),
  parallelization: z.number().int().min(1),
  keyLength: z.number().int().min(16),
});
export type PinHash = z.infer<typeof pinHashSchema>;

/** A printer name as the system gives it: any text, within reason. */
export const printerNameSchema = z.string().min(1).max(200);

/** One line of plain text for the foot of a handout: no line breaks or control characters. */
export function clinicText(maxLength: number) {
  return z
    .string()
    .max(maxLength, `must be at most ${maxLength} characters`)
    .regex(/^[^\p{Cc}]*$/u, 'must be one line of text');
}

const topicLinkAddress = z.string().superRefine((value, context) => {
  const problem = topicLinkProblem(value);
  if (problem !== null) context.addIssue({ code: 'custom', message: problem });
});

/**
 * The kiosk's settings file. Everything is optional on disk: a missing field takes its default,
 * so an older file keeps working after an update adds a field.
 */
export const kioskSettingsSchema = z.object({
  defaultLanguage: languageTag.default('en'),
  /** Absent means "every language in the registry, in registry order". */
  enabledLanguages: z.array(languageTag).min(1, 'must list at least one language').optional(),
  /** Seconds without a touch before "Are you still there?" appears. */
  idleTimeoutSeconds: z.number().int().min(IDLE_TIMEOUT_LIMITS.min).max(IDLE_TIMEOUT_LIMITS.max).default(90),
  /** Seconds the "Are you still there?" prompt counts down before the kiosk resets. */
  idleCountdownSeconds: z.number().int().min(IDLE_COUNTDOWN_LIMITS.min).max(IDLE_COUNTDOWN_LIMITS.max).default(20),
  /** Text size each new patient starts with. */
  defaultTextSize: z.enum(TEXT_SIZES).default('standard'),
  /** Colour theme each new patient starts with. */
  defaultTheme: z.enum(THEMES).default('standard'),
  /** False turns animations and transitions off. */
  motion: z.boolean().default(true),
  /** False hides the Listen buttons (read-aloud). */
  readAloud: z.boolean().default(true),
  readAloudVolume: z.enum(READ_ALOUD_VOLUMES).default('medium'),
  readAloudSpeed: z.enum(READ_ALOUD_SPEEDS).default('normal'),
  /** Handouts: off until staff or IT turn printing on and a printer is there. */
  printingEnabled: z.boolean().default(false),
  /** A system printer's name; null (the default) prints on the system's default printer. */
  printerName: printerNameSchema.nullable().default(null),
  paperSize: z.enum(PAPER_SIZES).default('A4'),
  dailyPrintLimit: z.number().int().min(DAILY_PRINT_LIMITS.min).max(DAILY_PRINT_LIMITS.max).default(50),
  clinicName: clinicText(CLINIC_TEXT_LIMITS.name).default(''),
  clinicPhone: clinicText(CLINIC_TEXT_LIMITS.phone).default(''),
  /**
   * QR-code addresses per topic and language (main/config/topic-links.ts). Only the IT config sets
   * them (staff have no keyboard to type one), so the kiosk never writes them to its own file.
   */
  topicLinks: z.record(contentId, z.record(z.union([languageTag, z.literal(ANY_LANGUAGE)]), topicLinkAddress)).default({}),
  /** Absent until staff (or the installer's config) set a PIN. */
  staffPin: pinHashSchema.optional(),
});

export type KioskSettings = z.infer<typeof kioskSettingsSchema>;

export const DEFAULT_SETTINGS: KioskSettings = kioskSettingsSchema.parse({});
