import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import i18next from 'i18next';
import type { LanguageRegistry } from '../../../../renderer/content/content-store';

/** Two languages' files; Spanish lacks one interface string until a later load (below). */
const files: Record<string, unknown> = {
  'locales/en/ui.json': { nav: { next: 'Next', home: 'Home' }, pages: 'Page {{page}}' },
  'locales/es/ui.json': { nav: { next: 'Siguiente' }, pages: 'Página {{page}}' },
  'content/atrophy/en.json': { title: 'Muscle atrophy' },
  'content/atrophy/es.json': { title: 'Atrofia muscular' },
};

test("looked-up texts follow the language: a switch, and texts added later, are never answered from the last language's lookups", async () => {
  mock.method(globalThis, 'fetch', async (input: string) => (input in files ? new Response(JSON.stringify(files[input])) : new Response('Not found', { status: 404 })));
  // i18n.ts writes <html lang dir> and the font; nothing else of the document is used.
  const root = { lang: '', dir: '', style: { setProperty: () => undefined } };
  Object.assign(globalThis, { document: { documentElement: root } });
  const { startI18n, switchLanguage, t, topicText, UI_NAMESPACE } = await import('../../../../renderer/i18n/i18n');
  const registry = {
    sourceLanguage: 'en',
    languages: [
      { code: 'en', dir: 'ltr', font: 'sans-serif' },
      { code: 'es', dir: 'ltr', font: 'sans-serif' },
    ],
  } as unknown as LanguageRegistry;
  await startI18n(registry, 'en', ['atrophy']);
  assert.equal(t('nav.next'), 'Next');
  assert.equal(t('nav.next'), 'Next');
  assert.equal(topicText('atrophy', 'title'), 'Muscle atrophy');
  await switchLanguage('es');
  assert.equal(root.lang, 'es');
  assert.equal(t('nav.next'), 'Siguiente');
  assert.equal(topicText('atrophy', 'title'), 'Atrofia muscular');
  // A missing text falls back to the source language; options still go to i18next.
  assert.equal(t('nav.home'), 'Home');
  assert.equal(t('pages', { page: 3 }), 'Página 3');
  await switchLanguage('en');
  assert.equal(t('nav.next'), 'Next');
  assert.equal(topicText('atrophy', 'title'), 'Muscle atrophy');
  // A text missing when first asked for, then loaded, shows from then on.
  assert.equal(t('nav.contents'), 'nav.contents');
  i18next.addResourceBundle('en', UI_NAMESPACE, { nav: { contents: 'Contents' } }, true, true);
  assert.equal(t('nav.contents'), 'Contents');

  // Texts with plain values filled in are kept too: i18next fills each one in once per language.
  const lookups = mock.method(i18next, 't');
  assert.equal(t('pages', { page: 4 }), 'Page 4');
  assert.equal(t('pages', { page: 4 }), 'Page 4');
  assert.equal(t('pages', { page: 5 }), 'Page 5');
  assert.equal(lookups.mock.callCount(), 2, 'the second "Page 4" came from the kept texts');
  await switchLanguage('es');
  assert.equal(t('pages', { page: 4 }), 'Página 4');
  // A text missing when first filled in, then loaded, shows from then on.
  assert.equal(t('nav.chapter', { name: 'Causas' }), 'nav.chapter');
  i18next.addResourceBundle('es', UI_NAMESPACE, { nav: { chapter: 'Capítulo {{name}}' } }, true, true);
  assert.equal(t('nav.chapter', { name: 'Causas' }), 'Capítulo Causas');
  // Options that are not plain values (a nested object) always go to i18next.
  const before = lookups.mock.callCount();
  t('pages', { page: 4, replace: { page: 6 } });
  t('pages', { page: 4, replace: { page: 6 } });
  assert.equal(lookups.mock.callCount(), before + 2);
  mock.restoreAll();
});
