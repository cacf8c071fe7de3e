import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MIN_SWIPE_DISTANCE, swipeIntent } from '../../../../renderer/gestures/swipe';

test('in a left-to-right language a drag to the left turns to the next page, to the right goes back', () => {
  assert.equal(swipeIntent(-200, 10, 'ltr'), 'next');
  assert.equal(swipeIntent(200, -10, 'ltr'), 'back');
});

test('in a right-to-left language the same drags turn the other way', () => {
  assert.equal(swipeIntent(-200, 10, 'rtl'), 'back');
  assert.equal(swipeIntent(200, -10, 'rtl'), 'next');
});

test('a short drag is a tap, not a swipe', () => {
  assert.equal(swipeIntent(-(MIN_SWIPE_DISTANCE - 1), 0, 'ltr'), null);
  assert.equal(swipeIntent(-MIN_SWIPE_DISTANCE, 0, 'ltr'), 'next');
});

test('a mostly vertical drag scrolls and never turns the page', () => {
  assert.equal(swipeIntent(-150, 100, 'ltr'), null);
  assert.equal(swipeIntent(150, 0, 'rtl'), 'next');
  fc.assert(
    fc.property(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -3000, max: 3000 }), fc.constantFrom('ltr' as const, 'rtl' as const), (dx, dy, dir) => {
      const intent = swipeIntent(dx, dy, dir);
      if (Math.abs(dy) * 2 > Math.abs(dx)) assert.equal(intent, null);
      // Mirroring the drag mirrors the intent whenever it is a swipe.
      const mirrored = swipeIntent(-dx, dy, dir === 'ltr' ? 'rtl' : 'ltr');
      assert.equal(mirrored, intent);
    }),
  );
});
