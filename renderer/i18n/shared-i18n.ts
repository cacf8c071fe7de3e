import type * as AppI18n from './i18n';

/**
 * The app's one i18next instance, handed to scripts loaded later as files of their own (the
 * topic screens, the staff screens, the Take this home sheet; scripts/build.ts). Such a script
 * bundles its own copy of everything it imports, and a second i18next would hold no texts; so its
 * build swaps `i18n.ts` for `i18n-from-app.ts`, which calls these functions of the app's
 * instance through `globalThis`.
 */
export type SharedI18n = Pick<typeof AppI18n, 't' | 'topicText' | 'hasTopicText' | 'currentLanguage' | 'isSourceLanguage' | 'onLanguageChanged'>;

declare global {
  /** Set by the app (i18n.ts) before any later script loads; `window.kioskI18n` in a page. */
  var kioskI18n: SharedI18n | undefined;
}
