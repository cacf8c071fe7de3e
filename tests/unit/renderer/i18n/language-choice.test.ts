import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseLanguages } from '../../../../renderer/i18n/language-choice';
import type { LanguageRegistry } from '../../../../scripts/content/schema';

const registry: LanguageRegistry = {
  sourceLanguage: 'en',
  languages: ['en', 'es', 'ar'].map((code) => ({ code, nativeName: code, englishName: code, dir: code === 'ar' ? 'rtl' : 'ltr', font: 'x' })),
} as LanguageRegistry;
const codes = (choice: ReturnType<typeof chooseLanguages>) => choice.offered.map((language) => language.code);

test('with no staff choice every language is offered in registry order', () => {
  const choice = chooseLanguages(registry, { defaultLanguage: 'es', enabledLanguages: null });
  assert.deepStrictEqual(codes(choice), ['en', 'es', 'ar']);
  assert.equal(choice.defaultLanguage, 'es');
  assert.deepStrictEqual(choice.warnings, []);
});

test('the staff order is kept and duplicates dropped', () => {
  assert.deepStrictEqual(codes(chooseLanguages(registry, { defaultLanguage: 'ar', enabledLanguages: ['ar', 'en', 'ar'] })), ['ar', 'en']);
});

test('unknown languages are ignored with a warning', () => {
  const choice = chooseLanguages(registry, { defaultLanguage: 'en', enabledLanguages: ['xx', 'es', 'en'] });
  assert.deepStrictEqual(codes(choice), ['es', 'en']);
  assert.match(choice.warnings.join(), /xx/);
});

test('a default language that is not offered falls back to the source language', () => {
  const choice = chooseLanguages(registry, { defaultLanguage: 'fr', enabledLanguages: ['es', 'en'] });
  assert.equal(choice.defaultLanguage, 'en');
  assert.match(choice.warnings.join(), /"fr" is not available/);
});

test('falls back to the first offered language when the source language is disabled', () => {
  assert.equal(chooseLanguages(registry, { defaultLanguage: 'en', enabledLanguages: ['ar', 'es'] }).defaultLanguage, 'ar');
});

test('if no enabled language exists, all are offered rather than none', () => {
  const choice = chooseLanguages(registry, { defaultLanguage: 'en', enabledLanguages: ['xx'] });
  assert.deepStrictEqual(codes(choice), ['en', 'es', 'ar']);
  assert.equal(choice.warnings.length, 2);
});
