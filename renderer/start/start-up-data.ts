import type { KioskSettingsView } from '../../main/ipc/contract';
import { kiosk } from '../bridge/kiosk-bridge';
import type { ContentIndex, LanguageRegistry } from '../content/content-store';
import { prefetchLanguageTexts } from '../i18n/language-texts';
import { preloadLanguageFonts, registerLanguageFontFiles } from '../text/language-fonts';
import { readEmbeddedStartData } from './embedded-start-data';

export interface StartUpData {
  registry: LanguageRegistry;
  content: ContentIndex;
  settings: KioskSettingsView;
}

let request: Promise<StartUpData> | null = null;

/**
 * What the first screen needs before it can choose its language: the language registry and the
 * content index (in index.html already: embedded-start-data.ts) and the settings. The renderer's
 * entry asks first thing, and the shell gets the same promise when it starts. It also ends any
 * staff session: a (re)started page never inherits one, so staff must enter the PIN again.
 *
 * The start language is in the settings, so its texts could only be asked for once they
 * arrive: one more round trip before the first screen. Instead the texts of the likely start
 * language (and its fonts) are requested at once, alongside the settings: the language
 * remembered from the last start, else the source language. A wrong guess costs one unused
 * request; the right language is then fetched as before.
 */
export function requestStartUpData(): Promise<StartUpData> {
  if (!request) {
    try {
      const { registry, content } = readEmbeddedStartData();
      registerLanguageFontFiles(registry.languages);
      prefetchLikelyLanguage(registry, content);
      request = Promise.all([kiosk.getSettings(), kiosk.endStaffSession()]).then(([settings]) => ({ registry, content, settings }));
    } catch (error) {
      request = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    // Handled by the shell's start(), which may attach its handler after a fast failure.
    request.catch(() => undefined);
  }
  return request;
}

function prefetchLikelyLanguage(registry: LanguageRegistry, content: ContentIndex): void {
  const topicIds = content.topics.map((topic) => topic.id);
  const likely = likelyStartLanguage(registry);
  for (const code of new Set([likely, registry.sourceLanguage])) prefetchLanguageTexts(code, topicIds);
  const likelyEntry = registry.languages.find((entry) => entry.code === likely);
  if (likelyEntry) preloadLanguageFonts(likelyEntry);
}

const START_LANGUAGE_KEY = 'kx-start-language';

/** Called at each start with the language the kiosk started in (staff's default, not a patient's choice). */
export function rememberStartLanguage(language: string): void {
  try {
    localStorage.setItem(START_LANGUAGE_KEY, language);
  } catch {
    // No storage (a locked-down profile): every start guesses the source language.
  }
}

function likelyStartLanguage(registry: LanguageRegistry): string {
  try {
    const remembered = localStorage.getItem(START_LANGUAGE_KEY);
    if (remembered && registry.languages.some((entry) => entry.code === remembered)) return remembered;
  } catch {
    // As above.
  }
  return registry.sourceLanguage;
}
