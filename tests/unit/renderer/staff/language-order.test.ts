import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enabledList, moveLanguage, offeredOrder, toggleLanguage } from '../../../../renderer/components/staff-panel/language-order';

const language = (code: string) => ({ code, nativeName: code.toUpperCase(), englishName: code, dir: 'ltr' as const, font: 'sans-serif' });
const registry = ['en', 'es', 'fr', 'ar'].map(language);

test('with nothing chosen every language is on, in registry order', () => {
  assert.deepStrictEqual(offeredOrder(registry, null).map((row) => [row.language.code, row.enabled]), [['en', true], ['es', true], ['fr', true], ['ar', true]]);
});

test('enabled languages come first in the staff order, then the others in registry order', () => {
  assert.deepStrictEqual(offeredOrder(registry, ['ar', 'en']).map((row) => [row.language.code, row.enabled]), [['ar', true], ['en', true], ['es', false], ['fr', false]]);
});

test('a language no longer in the build is dropped from the list', () => {
  assert.deepStrictEqual(enabledList(registry, ['de', 'fr']), ['fr']);
});

test('turning a language on adds it at the end; off removes it', () => {
  assert.deepStrictEqual(toggleLanguage(registry, { enabledLanguages: ['fr', 'en'], defaultLanguage: 'en' }, 'ar'), { enabledLanguages: ['fr', 'en', 'ar'] });
  assert.deepStrictEqual(toggleLanguage(registry, { enabledLanguages: null, defaultLanguage: 'en' }, 'es'), { enabledLanguages: ['en', 'fr', 'ar'] });
});

test('the last language and the default language cannot be turned off', () => {
  assert.deepStrictEqual(toggleLanguage(registry, { enabledLanguages: ['fr'], defaultLanguage: 'fr' }, 'fr'), { problem: 'last-language' });
  assert.deepStrictEqual(toggleLanguage(registry, { enabledLanguages: ['fr', 'en'], defaultLanguage: 'en' }, 'en'), { problem: 'default-language' });
});

test('moving swaps with the neighbour and stops at either end', () => {
  assert.deepStrictEqual(moveLanguage(registry, ['en', 'es', 'fr'], 'fr', -1), ['en', 'fr', 'es']);
  assert.deepStrictEqual(moveLanguage(registry, ['en', 'es', 'fr'], 'en', -1), ['en', 'es', 'fr']);
  assert.deepStrictEqual(moveLanguage(registry, ['en', 'es', 'fr'], 'fr', 1), ['en', 'es', 'fr']);
  assert.deepStrictEqual(moveLanguage(registry, null, 'en', 1), ['es', 'en', 'fr', 'ar']);
});
