import { DIAGRAM_ATTRIBUTES, DIAGRAM_ELEMENTS, LABEL_ALIGNMENTS, SVG_NAMESPACE } from '../../scripts/content/diagram-format';

const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

export interface DiagramBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PreparedDiagram {
  /** The drawing, ready to put in the page; it has no accessible name yet. */
  svg: SVGSVGElement;
  /** The whole drawing in its own units (its viewBox), for zooming. */
  box: DiagramBox;
}

/** A diagram file parsed and cleaned, in no language yet: the part of preparing that never changes. */
interface CleanedDiagram {
  root: Element;
  box: DiagramBox;
}

/** How many cleaned files are kept; far more than a topic set has diagrams, so only a content update replaces them. */
const CLEANED_KEPT = 64;

/**
 * Cleaned files by their text. A language switch prepares the shown page's drawing again (new
 * words, maybe mirrored) inside the patient's tap: parsing and cleaning the same file again was
 * most of that cost (bench/README.md), so each file is parsed and cleaned once per run.
 */
const cleanedFiles = new Map<string, CleanedDiagram>();

function cleanedDiagram(svgText: string): CleanedDiagram {
  const kept = cleanedFiles.get(svgText);
  if (kept) return kept;
  const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.namespaceURI !== SVG_NAMESPACE || root.localName !== 'svg' || parsed.querySelector('parsererror')) {
    throw new Error('The diagram file is not a well-formed SVG drawing');
  }
  keepOnlyAllowed(root);
  const cleaned = { root: document.importNode(root, true), box: readViewBox(root) };
  if (cleanedFiles.size >= CLEANED_KEPT) cleanedFiles.delete(cleanedFiles.keys().next().value!);
  cleanedFiles.set(svgText, cleaned);
  return cleaned;
}

/**
 * Turns a diagram file into a drawing in the patient's language: keeps only what the diagram
 * format allows (the content check already refuses anything else; this is the second lock),
 * writes each label's words into its box, and in right-to-left languages mirrors the drawing so
 * it reads from the right, while the words themselves stay unmirrored.
 * `labelText(id)` gives the words for a label id. Throws if the file is not a diagram.
 */
export function prepareDiagram(svgText: string, labelText: (labelId: string) => string, direction: 'ltr' | 'rtl'): PreparedDiagram {
  const { root: cleanRoot, box } = cleanedDiagram(svgText);
  const root = cleanRoot.cloneNode(true) as SVGSVGElement;
  const labelBoxes = [...root.children].filter((child) => child.localName === 'foreignObject' && child.hasAttribute('data-label'));
  for (const labelBox of labelBoxes) fillLabel(labelBox, labelText(labelBox.getAttribute('data-label') ?? ''));
  if (direction === 'rtl' && root.getAttribute('data-rtl') !== 'keep') mirror(root, box, labelBoxes);
  root.classList.add('diagram');
  return { svg: root, box };
}

function keepOnlyAllowed(element: Element): void {
  for (const attribute of [...element.attributes]) {
    if (!(DIAGRAM_ATTRIBUTES as readonly string[]).includes(attribute.name)) element.removeAttribute(attribute.name);
  }
  for (const child of [...element.childNodes]) {
    const allowed = child instanceof Element && child.namespaceURI === SVG_NAMESPACE && (DIAGRAM_ELEMENTS as readonly string[]).includes(child.localName);
    if (allowed) keepOnlyAllowed(child);
    else child.remove();
  }
}

function readViewBox(root: Element): DiagramBox {
  const [x = 0, y = 0, width = 0, height = 0] = (root.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  if (!(width > 0 && height > 0)) throw new Error('The diagram file has no usable viewBox');
  return { x, y, width, height };
}

/** Puts the words in a box that wraps them and centres them vertically (styles in diagram-styles.ts). */
function fillLabel(labelBox: Element, words: string): void {
  const doc = labelBox.ownerDocument;
  const align = labelBox.getAttribute('data-align') ?? 'center';
  labelBox.classList.add(`align-${(LABEL_ALIGNMENTS as readonly string[]).includes(align) ? align : 'center'}`);
  const box = doc.createElementNS(XHTML_NAMESPACE, 'div');
  box.setAttribute('class', 'label-box');
  const text = doc.createElementNS(XHTML_NAMESPACE, 'span');
  text.setAttribute('class', 'label-text');
  text.textContent = words;
  box.append(text);
  labelBox.append(box);
}

/** Flips the drawing around its vertical centre line and moves each label box to the mirrored place. */
function mirror(root: Element, box: DiagramBox, labelBoxes: Element[]): void {
  const doc = root.ownerDocument;
  const flipped = doc.createElementNS(SVG_NAMESPACE, 'g');
  flipped.setAttribute('transform', `matrix(-1 0 0 1 ${2 * box.x + box.width} 0)`);
  for (const child of [...root.childNodes]) {
    if (!labelBoxes.includes(child as Element)) flipped.append(child);
  }
  root.prepend(flipped);
  for (const labelBox of labelBoxes) {
    const x = Number(labelBox.getAttribute('x'));
    const width = Number(labelBox.getAttribute('width'));
    labelBox.setAttribute('x', String(2 * box.x + box.width - x - width));
  }
}
