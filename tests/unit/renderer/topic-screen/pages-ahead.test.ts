import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pagesLikelyNext } from '../../../../renderer/components/topic-screen/pages-ahead';

const screens = ['what', 'signs', 'tell', 'causes-1', 'causes-2'].map((id) => ({ id }));
const chaptered = {
  screens,
  chapters: [
    { id: 'about', screens: ['what'] },
    { id: 'signs', screens: ['signs', 'tell'] },
    { id: 'causes', screens: ['causes-1', 'causes-2'] },
  ],
};

test('on a contents page: the next page and each chapter’s first page, once each, in order', () => {
  // Pages: 0 contents, 1 what, 2 signs, 3 tell, 4 causes-1, 5 causes-2, 6 sources.
  assert.deepStrictEqual(pagesLikelyNext(chaptered, 0), [1, 2, 4]);
});

test('on any other page only the next one; on the last page none', () => {
  assert.deepStrictEqual(pagesLikelyNext(chaptered, 2), [3]);
  assert.deepStrictEqual(pagesLikelyNext(chaptered, 5), [6]);
  assert.deepStrictEqual(pagesLikelyNext(chaptered, 6), []);
  assert.deepStrictEqual(pagesLikelyNext({ screens }, 0), [1]);
  assert.deepStrictEqual(pagesLikelyNext({ screens }, 5), []);
});
