import assert from 'node:assert/strict';
import { afterEach, beforeEach, mock, test } from 'node:test';
import { fetchLanguageTexts, prefetchLanguageTexts, UI_NAMESPACE } from '../../../../renderer/i18n/language-texts';

/** A fake app folder: path → JSON body; anything else is a 404. */
let files: Record<string, unknown>;
let requested: string[];

beforeEach(() => {
  files = {
    'locales/es/ui.json': { home: { title: 'Inicio' } },
    'content/atrophy/es.json': { title: 'Atrofia' },
    'content/sleep/es.json': { title: 'Sueño' },
  };
  requested = [];
  mock.method(globalThis, 'fetch', async (input: string) => {
    requested.push(input);
    return input in files ? new Response(JSON.stringify(files[input])) : new Response('Not found', { status: 404 });
  });
  mock.method(console, 'warn', () => undefined);
});
afterEach(() => mock.restoreAll());

test('a language is its interface strings plus one namespace per topic, fetched together', async () => {
  const texts = await fetchLanguageTexts('es', ['atrophy', 'sleep']);
  assert.deepStrictEqual(texts, { [UI_NAMESPACE]: { home: { title: 'Inicio' } }, 'topic-atrophy': { title: 'Atrofia' }, 'topic-sleep': { title: 'Sueño' } });
  assert.deepStrictEqual(requested.sort(), ['content/atrophy/es.json', 'content/sleep/es.json', 'locales/es/ui.json']);
});

test('a topic file that cannot be read is left out (that topic falls back) and logged', async () => {
  delete files['content/sleep/es.json'];
  const texts = await fetchLanguageTexts('es', ['atrophy', 'sleep']);
  assert.deepStrictEqual(Object.keys(texts).sort(), ['topic-atrophy', UI_NAMESPACE]);
  assert.equal((console.warn as unknown as ReturnType<typeof mock.fn>).mock.callCount(), 1);
});

test('without its interface strings a language is refused, naming the file', async () => {
  delete files['locales/es/ui.json'];
  await assert.rejects(fetchLanguageTexts('es', ['atrophy']), /"es" interface strings could not be loaded \(locales\/es\/ui\.json\)/);
});

test('a prefetched language is fetched once: the next request for it takes the prefetch', async () => {
  prefetchLanguageTexts('es', ['atrophy']);
  prefetchLanguageTexts('es', ['atrophy']); // a second prefetch does not fetch again
  assert.equal(requested.length, 2);
  const texts = await fetchLanguageTexts('es', ['atrophy']);
  assert.equal(requested.length, 2, 'no new request');
  assert.deepStrictEqual(texts['topic-atrophy'], { title: 'Atrofia' });
  // Taken once: a later request (a language reloaded after a failure) fetches afresh.
  await fetchLanguageTexts('es', ['atrophy']);
  assert.equal(requested.length, 4);
});

test('a failed prefetch is reported to whoever takes it, not as an unhandled rejection', async () => {
  delete files['locales/es/ui.json'];
  prefetchLanguageTexts('es', []);
  await new Promise((resolve) => setTimeout(resolve, 10)); // would crash the run if unhandled
  await assert.rejects(fetchLanguageTexts('es', []), /interface strings could not be loaded/);
});
