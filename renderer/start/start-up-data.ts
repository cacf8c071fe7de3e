import type { KioskSettingsView } from '../../main/ipc/contract';
import { kiosk } from '../bridge/kiosk-bridge';
import { loadContentIndex, loadLanguageRegistry, type ContentIndex, type LanguageRegistry } from '../content/content-store';
import { prefetchLanguageTexts } from '../i18n/language-texts';
import { preloadLanguageFonts } from '../text/language-fonts';

export interface StartUpData {
  registry: LanguageRegistry;
  content: ContentIndex;
  settings: KioskSettingsView;
}

let request: Promise<StartUpData> | null = null;

/**
 * What the first screen needs before it can choose its language: the language registry, the
 * content index and the settings. The renderer's entry asks first thing, while the app shell's
 * script is still arriving (index.html preloads the two JSON files), and the shell gets the same
 * promise when it starts. It also ends any staff session: a (re)started page never inherits
 * one, so staff must enter the PIN again.
 *
 * The start language is in the settings, so its texts could only be asked for once they
 * arrive: one more round trip before the first screen. Instead the texts of the likely start
 * language (and its fonts) are fetched as soon as the registry and index are there, alongside
 * the settings: the language remembered from the last start, else the source language. A wrong
 * guess costs one unused request; the right language is then fetched as before.
 */
export function requestStartUpData(): Promise<StartUpData> {
  if (!request) {
    const registry = loadLanguageRegistry();
    const content = loadContentIndex();
    Promise.all([registry, content])
      .then(([languages, index]) => {
        const topicIds = index.topics.map((topic) => topic.id);
        const likely = likelyStartLanguage(languages);
        for (const code of new Set([likely, languages.sourceLanguage])) prefetchLanguageTexts(code, topicIds);
        const likelyEntry = languages.languages.find((entry) => entry.code === likely);
        if (likelyEntry) preloadLanguageFonts(likelyEntry);
      })
      .catch(() => undefined); // the same failure rejects `request` below
    request = Promise.all([registry, content, kiosk.getSettings(), kiosk.endStaffSession()]).then(([registry, content, settings]) => ({
      registry,
      content,
      settings,
    }));
    // Handled by the shell's start(), which may attach its handler after a fast failure.
    request.catch(() => undefined);
  }
  return request;
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
