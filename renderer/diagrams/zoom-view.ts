import type { DiagramBox } from './prepare-diagram';

/**
 * Zooming and panning a diagram in the full-screen viewer, as pure arithmetic in the diagram's own
 * units. The viewer shows `visibleBox()` as the SVG's viewBox, so the drawing and its words are
 * redrawn sharp at every zoom level (no bitmap is ever scaled). Every result is clamped: the
 * patient can neither zoom out past the whole diagram nor drag it out of sight.
 */

export const ZOOM_LIMITS = { min: 1, max: 4 } as const;
/** Where a double tap takes an unzoomed diagram. */
export const DOUBLE_TAP_SCALE = 2.5;
/** Each press of the zoom buttons. */
export const ZOOM_BUTTON_STEP = 1.5;

export interface ZoomView {
  /** 1 = the whole diagram; 2 = half its width and height fill the screen. */
  scale: number;
  /** The diagram point at the middle of the screen. */
  centerX: number;
  centerY: number;
}

export interface DiagramPoint {
  x: number;
  y: number;
}

export function wholeDiagram(box: DiagramBox): ZoomView {
  return { scale: 1, centerX: box.x + box.width / 2, centerY: box.y + box.height / 2 };
}

export function isZoomedIn(view: ZoomView): boolean {
  return view.scale > ZOOM_LIMITS.min + 1e-6;
}

/** Keeps the scale within the limits and the visible part inside the diagram. */
export function clampView(view: ZoomView, box: DiagramBox): ZoomView {
  const scale = Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, Number.isFinite(view.scale) ? view.scale : ZOOM_LIMITS.min));
  const halfWidth = box.width / scale / 2;
  const halfHeight = box.height / scale / 2;
  const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, Number.isFinite(value) ? value : (low + high) / 2));
  return {
    scale,
    centerX: clamp(view.centerX, box.x + halfWidth, box.x + box.width - halfWidth),
    centerY: clamp(view.centerY, box.y + halfHeight, box.y + box.height - halfHeight),
  };
}

/** The part of the diagram on screen, for the SVG viewBox. */
export function visibleBox(view: ZoomView, box: DiagramBox): DiagramBox {
  const clamped = clampView(view, box);
  const width = box.width / clamped.scale;
  const height = box.height / clamped.scale;
  return { x: clamped.centerX - width / 2, y: clamped.centerY - height / 2, width, height };
}

/** Zooms by `factor` while the diagram point under the fingers (`focus`) stays where it is. */
export function zoomAround(view: ZoomView, box: DiagramBox, factor: number, focus: DiagramPoint): ZoomView {
  const scale = Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, view.scale * factor));
  const keep = view.scale / scale;
  return clampView({ scale, centerX: focus.x + (view.centerX - focus.x) * keep, centerY: focus.y + (view.centerY - focus.y) * keep }, box);
}

/** Moves the drawing with a finger that moved by (dx, dy) diagram units. */
export function panBy(view: ZoomView, box: DiagramBox, dx: number, dy: number): ZoomView {
  return clampView({ ...view, centerX: view.centerX - dx, centerY: view.centerY - dy }, box);
}

/** A double tap zooms in on the tapped point, or back out to the whole diagram. */
export function toggleZoomAt(view: ZoomView, box: DiagramBox, focus: DiagramPoint): ZoomView {
  return isZoomedIn(view) ? wholeDiagram(box) : zoomAround(view, box, DOUBLE_TAP_SCALE / view.scale, focus);
}
