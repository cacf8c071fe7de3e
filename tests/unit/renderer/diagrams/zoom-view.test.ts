import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  clampView,
  isZoomedIn,
  panBy,
  toggleZoomAt,
  visibleBox,
  wholeDiagram,
  zoomAround,
  DOUBLE_TAP_SCALE,
  ZOOM_LIMITS,
  type ZoomView,
} from '../../../../renderer/diagrams/zoom-view';

const box = { x: 0, y: 0, width: 960, height: 600 };
const offsetBox = { x: -100, y: 50, width: 400, height: 300 };

const point = (b = box) => fc.record({ x: fc.double({ min: b.x, max: b.x + b.width, noNaN: true }), y: fc.double({ min: b.y, max: b.y + b.height, noNaN: true }) });
const anyView = fc.record({
  scale: fc.double({ min: -10, max: 50, noNaN: true }),
  centerX: fc.double({ min: -5000, max: 5000, noNaN: true }),
  centerY: fc.double({ min: -5000, max: 5000, noNaN: true }),
});

/** The visible part is always inside the diagram and never bigger than it. */
function assertInside(view: ZoomView, b = box): void {
  const visible = visibleBox(view, b);
  const epsilon = 1e-6;
  assert.ok(visible.x >= b.x - epsilon && visible.y >= b.y - epsilon, `visible box starts outside: ${JSON.stringify(visible)}`);
  assert.ok(visible.x + visible.width <= b.x + b.width + epsilon, `visible box ends outside: ${JSON.stringify(visible)}`);
  assert.ok(visible.y + visible.height <= b.y + b.height + epsilon, `visible box ends outside: ${JSON.stringify(visible)}`);
}

describe('limits', () => {
  test('whatever the view asked for, the scale stays within the limits and the diagram stays in sight', () => {
    fc.assert(
      fc.property(anyView, fc.constantFrom(box, offsetBox), (view, b) => {
        const clamped = clampView(view, b);
        assert.ok(clamped.scale >= ZOOM_LIMITS.min && clamped.scale <= ZOOM_LIMITS.max);
        assertInside(clamped, b);
      }),
    );
  });
  test('pinching far out stops at the whole diagram; far in stops at the maximum', () => {
    const whole = wholeDiagram(box);
    assert.deepStrictEqual(zoomAround(whole, box, 0.01, { x: 100, y: 100 }), whole);
    assert.equal(zoomAround(whole, box, 1000, { x: 100, y: 100 }).scale, ZOOM_LIMITS.max);
  });
  test('an unzoomed diagram cannot be dragged anywhere', () => {
    fc.assert(
      fc.property(fc.double({ min: -2000, max: 2000, noNaN: true }), fc.double({ min: -2000, max: 2000, noNaN: true }), (dx, dy) => {
        assert.deepStrictEqual(panBy(wholeDiagram(box), box, dx, dy), wholeDiagram(box));
      }),
    );
  });
  test('the whole diagram is what shows at scale 1', () => {
    assert.deepStrictEqual(visibleBox(wholeDiagram(offsetBox), offsetBox), offsetBox);
  });
});

describe('zooming', () => {
  test('the point under the fingers stays under the fingers while the zoom is within limits', () => {
    fc.assert(
      fc.property(point(), fc.double({ min: 1, max: 3.9, noNaN: true }), (focus, factor) => {
        const before = wholeDiagram(box);
        const after = zoomAround(before, box, factor, focus);
        const was = visibleBox(before, box);
        const now = visibleBox(after, box);
        // Where the focus sits across the screen, as a fraction of the visible width and height.
        const fractionBefore = { x: (focus.x - was.x) / was.width, y: (focus.y - was.y) / was.height };
        const fractionAfter = { x: (focus.x - now.x) / now.width, y: (focus.y - now.y) / now.height };
        const clampedByEdge = now.x <= box.x + 1e-6 || now.y <= box.y + 1e-6 || now.x + now.width >= box.width - 1e-6 || now.y + now.height >= box.height - 1e-6;
        if (!clampedByEdge) {
          assert.ok(Math.abs(fractionBefore.x - fractionAfter.x) < 1e-9 && Math.abs(fractionBefore.y - fractionAfter.y) < 1e-9);
        }
        assertInside(after);
      }),
    );
  });
  test('zooming in then out by the same factor around the same point comes back', () => {
    const focus = { x: 480, y: 300 };
    const zoomed = zoomAround(wholeDiagram(box), box, 2, focus);
    assert.equal(zoomed.scale, 2);
    assert.deepStrictEqual(zoomAround(zoomed, box, 0.5, focus), wholeDiagram(box));
  });
  test('a double tap zooms in on the tapped point, and a second one shows the whole diagram again', () => {
    const tapped = { x: 300, y: 250 };
    const zoomed = toggleZoomAt(wholeDiagram(box), box, tapped);
    assert.equal(zoomed.scale, DOUBLE_TAP_SCALE);
    assert.ok(isZoomedIn(zoomed));
    const visible = visibleBox(zoomed, box);
    assert.ok(tapped.x > visible.x && tapped.x < visible.x + visible.width && tapped.y > visible.y && tapped.y < visible.y + visible.height);
    assert.deepStrictEqual(toggleZoomAt(zoomed, box, tapped), wholeDiagram(box));
  });
});

describe('panning', () => {
  test('a drag moves the drawing with the finger', () => {
    const zoomed = zoomAround(wholeDiagram(box), box, 2, { x: 480, y: 300 });
    const dragged = panBy(zoomed, box, 50, -20);
    assert.equal(dragged.centerX, zoomed.centerX - 50);
    assert.equal(dragged.centerY, zoomed.centerY + 20);
  });
  test('dragging past an edge stops at the edge', () => {
    const zoomed = zoomAround(wholeDiagram(box), box, 2, { x: 480, y: 300 });
    const visible = visibleBox(panBy(zoomed, box, 10_000, 10_000), box);
    assert.equal(visible.x, 0);
    assert.equal(visible.y, 0);
  });
});
