import type { PreparedDiagram } from './prepare-diagram';

/**
 * Drawings already prepared in the current language and direction, by diagram. Preparing one
 * copies the cleaned SVG file and writes its labels (the first time also parsing and cleaning the
 * file, prepare-diagram.ts: the costliest step of a page turn, ~15 ms on a slow kiosk CPU); each
 * diagram is shown on its page and again full screen, and page turns come back to it, so later
 * uses get a copy of the cached drawing instead (a native clone).
 * Only one language is kept: a switch drops the others, so the cache never outgrows one
 * language's diagrams however long the kiosk runs.
 */
const drawings = new Map<string, PreparedDiagram>();
let cachedFor = '';

function cachedDrawing(diagramKey: string, languageKey: string, prepare: () => PreparedDiagram): PreparedDiagram {
  if (languageKey !== cachedFor) {
    drawings.clear();
    cachedFor = languageKey;
  }
  let drawing = drawings.get(diagramKey);
  if (drawing === undefined) {
    drawing = prepare();
    drawings.set(diagramKey, drawing);
  }
  return drawing;
}

/** A copy of the drawing, prepared now unless it already was. */
export function preparedDrawing(diagramKey: string, languageKey: string, prepare: () => PreparedDiagram): PreparedDiagram {
  const drawing = cachedDrawing(diagramKey, languageKey, prepare);
  // Every user gets its own copy: one element cannot be in two places, and users set attributes.
  return { svg: drawing.svg.cloneNode(true) as SVGSVGElement, box: drawing.box };
}

/** Prepares the drawing ahead of its first show (see warm-drawings.ts); nothing if it is ready. */
export function prepareDrawingAhead(diagramKey: string, languageKey: string, prepare: () => PreparedDiagram): void {
  cachedDrawing(diagramKey, languageKey, prepare);
}
