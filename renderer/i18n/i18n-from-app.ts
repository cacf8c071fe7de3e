import type { SharedI18n } from './shared-i18n';

/**
 * Stands in for i18n.ts inside a script loaded later (scripts/build.ts swaps it in): the same
 * functions, answered by the app's i18next instance (shared-i18n.ts). A function a later script
 * needs and this file lacks fails its build, not a patient or a staff member.
 */
function app(): SharedI18n {
  const shared = globalThis.kioskI18n;
  if (shared === undefined) throw new Error('The app has not shared its texts (globalThis.kioskI18n).');
  return shared;
}

export const t = ((...args: Parameters<SharedI18n['t']>) => app().t(...args)) as SharedI18n['t'];
export const topicText: SharedI18n['topicText'] = (topicId, key) => app().topicText(topicId, key);
export const hasTopicText: SharedI18n['hasTopicText'] = (topicId, key) => app().hasTopicText(topicId, key);
export const currentLanguage: SharedI18n['currentLanguage'] = () => app().currentLanguage();
export const isSourceLanguage: SharedI18n['isSourceLanguage'] = (language) => app().isSourceLanguage(language);
export const onLanguageChanged: SharedI18n['onLanguageChanged'] = (listener) => app().onLanguageChanged(listener);
