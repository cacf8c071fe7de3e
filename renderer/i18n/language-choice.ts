import type { KioskSettingsView } from '../../main/ipc/contract';
import type { LanguageEntry, LanguageRegistry } from '../../scripts/content/schema';

export interface LanguageChoice {
  /** Languages patients may pick, in the staff's order. */
  offered: LanguageEntry[];
  /** The language the kiosk starts in (and returns to when idle). */
  defaultLanguage: string;
  /** Why a setting was not honoured, for the log. */
  warnings: string[];
}

/**
 * Reconciles the staff's settings with the languages this build actually has. Unknown or
 * disabled languages are dropped with a warning; the kiosk never starts in a language it cannot
 * show, and always offers at least one.
 */
export function chooseLanguages(registry: LanguageRegistry, settings: Pick<KioskSettingsView, 'defaultLanguage' | 'enabledLanguages'>): LanguageChoice {
  const warnings: string[] = [];
  const byCode = new Map(registry.languages.map((language) => [language.code, language]));
  let offered = registry.languages;
  if (settings.enabledLanguages !== null) {
    const unknown = settings.enabledLanguages.filter((code) => !byCode.has(code));
    if (unknown.length > 0) warnings.push(`Enabled languages not in this build were ignored: ${unknown.join(', ')}`);
    const known = [...new Set(settings.enabledLanguages)].flatMap((code) => byCode.get(code) ?? []);
    if (known.length > 0) offered = known;
    else warnings.push('No enabled language is available; offering every language instead');
  }
  let defaultLanguage = settings.defaultLanguage;
  if (!offered.some((language) => language.code === defaultLanguage)) {
    const fallback = offered.some((l) => l.code === registry.sourceLanguage) ? registry.sourceLanguage : offered[0]!.code;
    warnings.push(`Default language "${defaultLanguage}" is not available; using "${fallback}"`);
    defaultLanguage = fallback;
  }
  return { offered, defaultLanguage, warnings };
}
