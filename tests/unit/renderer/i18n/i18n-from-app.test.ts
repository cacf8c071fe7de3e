import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TFunction } from 'i18next';
import { currentLanguage, hasTopicText, isSourceLanguage, onLanguageChanged, t, topicText } from '../../../../renderer/i18n/i18n-from-app';

test("a later script's texts are the app's: each call goes to the instance the app shared, and says so when there is none", () => {
  assert.throws(() => t('staff.done'), /The app has not shared its texts/);
  const calls: string[] = [];
  globalThis.kioskI18n = {
    t: ((key: string) => `app:${key}`) as unknown as TFunction,
    topicText: (topicId, key) => `${topicId}:${key}`,
    hasTopicText: (topicId, key) => key === 'title' && topicId === 'muscle-atrophy',
    currentLanguage: () => 'ar',
    isSourceLanguage: (language) => language === 'en',
    onLanguageChanged: (listener) => {
      calls.push('listening');
      listener('es');
      return () => calls.push('stopped');
    },
  };
  try {
    assert.equal(t('staff.done'), 'app:staff.done');
    assert.equal(topicText('muscle-atrophy', 'title'), 'muscle-atrophy:title');
    assert.equal(hasTopicText('muscle-atrophy', 'title'), true);
    assert.equal(hasTopicText('muscle-atrophy', 'summary'), false);
    assert.equal(currentLanguage(), 'ar');
    assert.equal(isSourceLanguage('en'), true);
    assert.equal(isSourceLanguage('ar'), false);
    const heard: string[] = [];
    onLanguageChanged((language) => heard.push(language))();
    assert.deepEqual(heard, ['es']);
    assert.deepEqual(calls, ['listening', 'stopped']);
  } finally {
    globalThis.kioskI18n = undefined;
  }
});
