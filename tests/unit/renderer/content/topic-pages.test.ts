import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageCount, topicPages } from '../../../../renderer/content/topic-pages';

const screens = ['what', 'signs', 'tell', 'causes-1', 'causes-2'].map((id) => ({ id }));

test('a topic without chapters: its screens, then Sources and review', () => {
  const { pages, chapters } = topicPages({ screens });
  assert.deepStrictEqual(pages.map((page) => (page.kind === 'screen' ? page.screen.id : page.kind)), ['what', 'signs', 'tell', 'causes-1', 'causes-2', 'sources']);
  assert.ok(pages.every((page) => page.kind !== 'screen' || page.chapter === null));
  assert.deepStrictEqual(chapters, []);
  assert.equal(pageCount({ screens }), 6);
});

test('a topic with chapters opens on its contents; each screen knows its place in its chapter', () => {
  const topic = {
    screens,
    chapters: [
      { id: 'about', screens: ['what'] },
      { id: 'signs', screens: ['signs', 'tell'] },
      { id: 'causes', screens: ['causes-1', 'causes-2'] },
    ],
  };
  const { pages, chapters } = topicPages(topic);
  assert.deepStrictEqual(pages.map((page) => page.kind), ['contents', 'screen', 'screen', 'screen', 'screen', 'screen', 'sources']);
  assert.deepStrictEqual(chapters, [
    { id: 'about', firstPage: 1, pageCount: 1 },
    { id: 'signs', firstPage: 2, pageCount: 2 },
    { id: 'causes', firstPage: 4, pageCount: 2 },
  ]);
  const tell = pages[3];
  assert.ok(tell?.kind === 'screen');
  assert.deepStrictEqual(tell.chapter, { id: 'signs', pageInChapter: 2, pagesInChapter: 2 });
  assert.equal(pageCount(topic), 7);
  // Computed once per topic: the renderer asks on every render.
  assert.equal(topicPages(topic), topicPages(topic));
});
