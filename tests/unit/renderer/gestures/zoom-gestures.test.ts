import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { DOUBLE_TAP, isDoubleTap, TAP_SLOP, ZoomGestureTracker, type Point } from '../../../../renderer/gestures/zoom-gestures';

describe('double tap', () => {
  const first = { x: 100, y: 100, time: 1000 };
  test('two quick taps on the same spot', () => {
    assert.equal(isDoubleTap(first, { x: 110, y: 95, time: 1000 + DOUBLE_TAP.maxDelayMs }), true);
  });
  test('too slow, too far apart, or no first tap', () => {
    assert.equal(isDoubleTap(first, { x: 100, y: 100, time: 1001 + DOUBLE_TAP.maxDelayMs }), false);
    assert.equal(isDoubleTap(first, { x: 100 + DOUBLE_TAP.maxDistance + 1, y: 100, time: 1100 }), false);
    assert.equal(isDoubleTap(null, first), false);
  });
});

/** A stand-in for the viewer's stage: only what the tracker uses. */
class FakeStage extends EventTarget {
  setPointerCapture(): void {}
}

function pointer(type: string, pointerId: number, x: number, y: number, time = 0): Event {
  const event = new Event(type);
  Object.defineProperties(event, {
    pointerId: { value: pointerId },
    clientX: { value: x },
    clientY: { value: y },
    timeStamp: { value: time },
  });
  return event;
}

describe('the gestures a patient makes in the viewer', () => {
  let stage: FakeStage;
  let calls: string[];
  beforeEach(() => {
    stage = new FakeStage();
    calls = [];
    const round = (value: number) => Math.round(value * 100) / 100;
    new ZoomGestureTracker(stage as unknown as HTMLElement, {
      pan: (dx, dy) => calls.push(`pan ${dx},${dy}`),
      pinch: (factor, center: Point, dx, dy) => calls.push(`pinch ×${round(factor)} at ${center.x},${center.y} moved ${dx},${dy}`),
      doubleTap: (at) => calls.push(`double tap ${at.x},${at.y}`),
    }).attach();
  });
  const send = (...events: Event[]) => events.forEach((event) => stage.dispatchEvent(event));

  test('one finger dragging pans by each movement', () => {
    send(pointer('pointerdown', 1, 100, 100), pointer('pointermove', 1, 130, 90), pointer('pointermove', 1, 150, 90), pointer('pointerup', 1, 150, 90));
    assert.deepStrictEqual(calls, ['pan 30,-10', 'pan 20,0']);
  });
  test('two fingers moving apart pinch around the point between them', () => {
    send(pointer('pointerdown', 1, 100, 100), pointer('pointerdown', 2, 200, 100), pointer('pointermove', 2, 300, 100));
    assert.deepStrictEqual(calls, ['pinch ×2 at 200,100 moved 50,0']);
  });
  test('two quick taps zoom; a pinch never counts as a tap', () => {
    send(pointer('pointerdown', 1, 100, 100, 0), pointer('pointerup', 1, 102, 101, 80), pointer('pointerdown', 2, 104, 100, 200), pointer('pointerup', 2, 104, 100, 260));
    assert.deepStrictEqual(calls, ['double tap 104,100']);
    calls.length = 0;
    send(pointer('pointerdown', 3, 100, 100, 1000), pointer('pointerdown', 4, 110, 100, 1010), pointer('pointerup', 4, 110, 100, 1050), pointer('pointerup', 3, 100, 100, 1060));
    send(pointer('pointerdown', 5, 100, 100, 1100), pointer('pointerup', 5, 100, 100, 1150));
    assert.deepStrictEqual(calls, [], 'the pinch fingers were not the first tap of a double tap');
  });
  test('a drag longer than a wobble is not a tap', () => {
    send(pointer('pointerdown', 1, 100, 100, 0), pointer('pointermove', 1, 100 + TAP_SLOP + 5, 100, 20), pointer('pointerup', 1, 100 + TAP_SLOP + 5, 100, 40));
    send(pointer('pointerdown', 2, 100 + TAP_SLOP + 5, 100, 100), pointer('pointerup', 2, 100 + TAP_SLOP + 5, 100, 150));
    assert.ok(!calls.some((call) => call.startsWith('double tap')), calls.join('\n'));
  });
  test('a cancelled finger stops moving the drawing', () => {
    send(pointer('pointerdown', 1, 100, 100), pointer('pointercancel', 1, 100, 100), pointer('pointermove', 1, 300, 300));
    assert.deepStrictEqual(calls, []);
  });
});
