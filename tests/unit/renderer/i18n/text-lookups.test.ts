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
  mock.restoreAll();
});
