import type { PreparedDiagram } from './prepare-diagram';

/**
 * Drawings already prepared in the current language and direction, by diagram. Preparing one
 * parses, cleans and labels the whole SVG file (the costliest step of a page turn, ~15 ms on a
 * slow kiosk CPU); each diagram is shown on its page and again full screen, and page turns come
 * back to it, so later uses get a copy of the cached drawing instead (a native clone).
 * Only one language is kept: a switch drops the others, so the cache never outgrows one
 * language's diagrams however long the kiosk runs.
 */
const drawings = new Map<string, PreparedDiagram>();
let cachedFor = '';

export function preparedDrawing(diagramKey: string, languageKey: string, prepare: () => PreparedDiagram): PreparedDiagram {
  if (languageKey !== cachedFor) {
    drawings.clear();
    cachedFor = languageKey;
  }
  let drawing = drawings.get(diagramKey);
  if (drawing === undefined) {
    drawing = prepare();
    drawings.set(diagramKey, drawing);
  }
  // Every user gets its own copy: one element cannot be in two places, and users set attributes.
  return { svg: drawing.svg.cloneNode(true) as SVGSVGElement, box: drawing.box };
}
