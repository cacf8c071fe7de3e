/**
 * Touch gestures of the full-screen diagram viewer, turned into three intents: drag with one
 * finger (pan), pinch with two (zoom around the point between them, and pan with it), and tap
 * twice (zoom in or out). Positions are in CSS pixels of the page; the viewer converts them.
 * Mouse and pen work the same way, for staff checking a kiosk at a desk.
 */

export const DOUBLE_TAP = { maxDelayMs: 350, maxDistance: 40 } as const;
/** A finger that moves less than this between down and up tapped rather than dragged. */
export const TAP_SLOP = 12;

export interface Point {
  x: number;
  y: number;
}

export interface Tap extends Point {
  time: number;
}

export function isDoubleTap(first: Tap | null, second: Tap): boolean {
  if (first === null) return false;
  const delay = second.time - first.time;
  return delay >= 0 && delay <= DOUBLE_TAP.maxDelayMs && Math.hypot(second.x - first.x, second.y - first.y) <= DOUBLE_TAP.maxDistance;
}

export interface ZoomGestureHandlers {
  pan(dx: number, dy: number): void;
  /** `factor` > 1 zooms in; `center` is the point between the fingers now; (dx, dy) is how far it moved. */
  pinch(factor: number, center: Point, dx: number, dy: number): void;
  doubleTap(at: Point): void;
}

interface TrackedPointer extends Point {
  start: Point;
}

export class ZoomGestureTracker {
  private readonly pointers = new Map<number, TrackedPointer>();
  /** Set once a gesture used two fingers, until all are lifted, so it never ends as a tap. */
  private wasPinch = false;
  private lastTap: Tap | null = null;

  constructor(
    private readonly element: HTMLElement,
    private readonly handlers: ZoomGestureHandlers,
  ) {}

  attach(): void {
    this.element.addEventListener('pointerdown', this.handleDown);
    this.element.addEventListener('pointermove', this.handleMove);
    this.element.addEventListener('pointerup', this.handleUp);
    this.element.addEventListener('pointercancel', this.handleCancel);
  }

  detach(): void {
    this.element.removeEventListener('pointerdown', this.handleDown);
    this.element.removeEventListener('pointermove', this.handleMove);
    this.element.removeEventListener('pointerup', this.handleUp);
    this.element.removeEventListener('pointercancel', this.handleCancel);
    this.reset();
  }

  reset(): void {
    this.pointers.clear();
    this.wasPinch = false;
    this.lastTap = null;
  }

  private readonly handleDown = (event: PointerEvent): void => {
    if (this.pointers.size >= 2) return;
    // Keep receiving moves even when the finger leaves the element mid-drag.
    if (this.element.setPointerCapture && event.pointerId !== undefined) {
      try {
        this.element.setPointerCapture(event.pointerId);
      } catch {
        // Synthetic or already-released pointers cannot be captured; tracking still works.
      }
    }
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY, start: { x: event.clientX, y: event.clientY } });
    if (this.pointers.size === 2) this.wasPinch = true;
  };

  private readonly handleMove = (event: PointerEvent): void => {
    const pointer = this.pointers.get(event.pointerId);
    if (!pointer) return;
    const others = [...this.pointers.entries()].filter(([id]) => id !== event.pointerId).map(([, other]) => other);
    const other = others[0];
    if (other) {
      const before = midpoint(pointer, other);
      const distanceBefore = Math.hypot(pointer.x - other.x, pointer.y - other.y);
      pointer.x = event.clientX;
      pointer.y = event.clientY;
      const after = midpoint(pointer, other);
      const distanceAfter = Math.hypot(pointer.x - other.x, pointer.y - other.y);
      if (distanceBefore > 0 && distanceAfter > 0) this.handlers.pinch(distanceAfter / distanceBefore, after, after.x - before.x, after.y - before.y);
    } else {
      const dx = event.clientX - pointer.x;
      const dy = event.clientY - pointer.y;
      pointer.x = event.clientX;
      pointer.y = event.clientY;
      if (dx !== 0 || dy !== 0) this.handlers.pan(dx, dy);
    }
  };

  private readonly handleUp = (event: PointerEvent): void => {
    const pointer = this.pointers.get(event.pointerId);
    if (!pointer) return;
    this.pointers.delete(event.pointerId);
    const moved = Math.hypot(event.clientX - pointer.start.x, event.clientY - pointer.start.y);
    if (!this.wasPinch && moved <= TAP_SLOP) {
      const tap = { x: event.clientX, y: event.clientY, time: event.timeStamp };
      if (isDoubleTap(this.lastTap, tap)) {
        this.lastTap = null;
        this.handlers.doubleTap(tap);
      } else {
        this.lastTap = tap;
      }
    }
    if (this.pointers.size === 0) this.wasPinch = false;
  };

  private readonly handleCancel = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
    if (this.pointers.size === 0) this.wasPinch = false;
  };
}

function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}
