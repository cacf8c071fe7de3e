/**
 * What a topic's diagram file (content/<topic>/diagrams/<id>.svg) may contain. Diagrams hold
 * shapes only: every word is a label box that the kiosk fills from the language files, and every
 * colour and stroke comes from the one diagram style sheet through the classes below, so all
 * diagrams look alike and follow the high-contrast theme. The content check enforces these lists
 * with line numbers; the renderer applies the same lists again before putting a file on screen.
 * No Node or browser imports here: both sides use this file.
 */

export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** Drawing elements, plus `foreignObject` for label boxes. No text, images, links, scripts or styles. */
export const DIAGRAM_ELEMENTS = ['svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'foreignObject'] as const;

/** Geometry and the kiosk's own `data-` attributes. Colours, fonts and `style` are not allowed. */
export const DIAGRAM_ATTRIBUTES = [
  'xmlns',
  'viewBox',
  'class',
  'transform',
  'd',
  'points',
  'x',
  'y',
  'width',
  'height',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'x1',
  'y1',
  'x2',
  'y2',
  'data-label',
  'data-align',
  'data-rtl',
] as const;

/**
 * The diagram vocabulary: each class draws one kind of thing in one way (see diagram-styles.ts).
 * Shapes take exactly one of these; label boxes take `label` and optionally one label modifier.
 */
export const DIAGRAM_SHAPE_CLASSES = [
  'outline', // an ink line with no fill
  'outline-thin',
  'ghost', // a dashed line: where something was, or its usual size
  'skin',
  'bone',
  'tendon',
  'muscle',
  'muscle-weak', // muscle with atrophy: paler
  'fibre',
  'fibre-weak',
  'nerve',
  'signal', // a nerve signal or an electrical pulse
  'blocked', // the mark where something is cut or stopped
  'electrode',
  'device',
  'connector', // a line joining two parts of a map
  'arrow', // a movement or a result
  'arrow-head',
  'panel',
  'panel-caution', // something that is not yet a treatment
  'hub',
  'person',
  'person-highlight',
  'icon',
  'icon-fill',
  'caution-mark',
] as const;

/** `label-figure`: a key number, large; `label-note`: a small footnote such as where a figure comes from. */
export const DIAGRAM_LABEL_CLASSES = ['label', 'label-heading', 'label-figure', 'label-note', 'label-on-dark', 'label-caution'] as const;

/** Inline alignment of a label's text in its box; `start` is left in English and right in Arabic. */
export const LABEL_ALIGNMENTS = ['start', 'center', 'end'] as const;

/**
 * `data-rtl` on the root: `mirror` (default) flips the drawing in right-to-left languages so it
 * reads from the right like the text does; `keep` for a drawing whose sides carry meaning.
 */
export const RTL_MODES = ['mirror', 'keep'] as const;

export type LabelAlignment = (typeof LABEL_ALIGNMENTS)[number];
export type RtlMode = (typeof RTL_MODES)[number];

const LABEL_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isLabelId(value: string): boolean {
  return LABEL_ID.test(value);
}

/**
 * Why an element's classes break the vocabulary, or null when they are fine. A shape takes at
 * most one class; without one it is drawn by the class of the group around it.
 */
export function classProblem(element: string, classValue: string | undefined): string | null {
  const classes = (classValue ?? '').split(/\s+/).filter(Boolean);
  if (element === 'svg') return classes.length > 0 ? 'must not have a class (style the shapes inside it)' : null;
  if (element === 'foreignObject') {
    if (!classes.includes('label')) return 'must have class "label"';
    const unknown = classes.filter((name) => !(DIAGRAM_LABEL_CLASSES as readonly string[]).includes(name));
    return unknown.length > 0 ? `has unknown class "${unknown[0]}" (known for labels: ${DIAGRAM_LABEL_CLASSES.join(', ')})` : null;
  }
  if (classes.length > 1) return `has ${classes.length} classes; give it one of: ${DIAGRAM_SHAPE_CLASSES.join(', ')}`;
  const [name] = classes;
  if (name === undefined || (DIAGRAM_SHAPE_CLASSES as readonly string[]).includes(name)) return null;
  return `has unknown class "${name}" (known: ${DIAGRAM_SHAPE_CLASSES.join(', ')})`;
}
