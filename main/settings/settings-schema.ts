import { z } from 'zod';

/** BCP 47-ish tag as used in locales/languages.json (`en`, `zh-Hans`, `pt-BR`). */
const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as "en" or "zh-Hans"');

/**
 * The kiosk's settings file. Everything is optional on disk: a missing field takes its default,
 * so an older file keeps working after an update adds a field.
 */
export const kioskSettingsSchema = z.object({
  defaultLanguage: languageTag.default('en'),
  /** Absent means "every language in the registry, in registry order". */
  enabledLanguages: z.array(languageTag).min(1, 'must list at least one language').optional(),
});

export type KioskSettings = z.infer<typeof kioskSettingsSchema>;

export const DEFAULT_SETTINGS: KioskSettings = kioskSettingsSchema.parse({});
