import type { KioskSettingsView } from '../../main/ipc/contract';
import { kiosk } from '../bridge/kiosk-bridge';
import type { ContentIndex, LanguageRegistry } from '../content/content-store';
import { chooseLanguages } from '../i18n/language-choice';
import { prefetchLanguageTexts } from '../i18n/language-texts';
import { preloadLanguageFonts, registerLanguageFontFiles } from '../text/language-fonts';
import { readStartSettings } from './embedded-settings';
import { readEmbeddedStartData } from './embedded-start-data';

export interface StartUpData {
  registry: LanguageRegistry;
  content: ContentIndex;
  settings: KioskSettingsView;
}

let request: Promise<StartUpData> | null = null;

/**
 * What the first screen needs before it can choose its language: the language registry, the
 * content index (written into index.html by the build: embedded-start-data.ts) and the settings
 * (written in by the main process as it serves the page: embedded-settings.ts). The renderer's
 * entry asks first thing, and the shell gets the same promise when it starts. The start
 * language's texts and fonts are requested here at once, so they are on their way while the
 * shell's script runs.
 *
 * A page served without its settings asks the main process for them, and ends any staff session
 * itself (the main process does that as it serves the page: a (re)started page never inherits one).
 */
export function requestStartUpData(): Promise<StartUpData> {
  if (!request) {
    try {
      const { registry, content } = readEmbeddedStartData();
      registerLanguageFontFiles(registry.languages);
      const topicIds = content.topics.map((topic) => topic.id);
      const embedded = readStartSettings();
      if (embedded) {
        prefetchStartLanguage(registry, topicIds, chooseLanguages(registry, embedded).defaultLanguage);
        request = Promise.resolve({ registry, content, settings: embedded });
      } else {
        prefetchStartLanguage(registry, topicIds, registry.sourceLanguage);
        request = Promise.all([kiosk.getSettings(), kiosk.endStaffSession()]).then(([settings]) => ({ registry, content, settings }));
      }
    } catch (error) {
      request = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    // Handled by the shell's start(), which may attach its handler after a fast failure.
    request.catch(() => undefined);
  }
  return request;
}

/** The start language's texts (and the source language's, the fallback for any missing text) and fonts. */
function prefetchStartLanguage(registry: LanguageRegistry, topicIds: string[], language: string): void {
  for (const code of new Set([language, registry.sourceLanguage])) prefetchLanguageTexts(code, topicIds);
  const entry = registry.languages.find((candidate) => candidate.code === language);
  if (entry) preloadLanguageFonts(entry);
}
