import { SaxesParser, type SaxesTagPlain } from 'saxes';
import {
  DIAGRAM_ATTRIBUTES,
  DIAGRAM_ELEMENTS,
  LABEL_ALIGNMENTS,
  RTL_MODES,
  SVG_NAMESPACE,
  classProblem,
  isLabelId,
} from './diagram-format';
import type { ContentProblem } from './problems';

export interface CheckedDiagram {
  /** Label ids in the order they appear in the file (the order screen readers list them). */
  labels: string[];
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const LABEL_BOX_ATTRIBUTES = ['x', 'y', 'width', 'height'] as const;

/**
 * Checks one diagram file against the diagram format (diagram-format.ts) and returns its label
 * ids. Every problem names the file, the element and the line, so an author can fix it without
 * knowing SVG in depth.
 */
export function checkDiagramSvg(file: string, svgText: string, problems: ContentProblem[]): CheckedDiagram | null {
  const before = problems.length;
  if (svgText.trim() === '') {
    problems.push({ file, field: '(file)', message: 'is empty', line: 1 });
    return null;
  }
  // One broken spot makes the parser stumble over what follows; only the first error is useful.
  let broken = false;
  const report = (field: string, message: string, line: number) => {
    if (!broken) problems.push({ file, field, message, line });
  };
  const labels: string[] = [];
  /** For each open element: its name, and whether it or a group around it has a style class. */
  const open: { name: string; styled: boolean }[] = [];
  let sawRoot = false;

  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  parser.on('error', (error) => {
    report('(file)', `is not well-formed SVG: ${error.message.replace(/^(.*?:)?\d+:\d+: /, '')}`, parser.line);
    broken = true;
  });
  parser.on('doctype', () => report('(file)', 'must not have a <!DOCTYPE>', parser.line));
  parser.on('processinginstruction', (instruction) => report('(file)', `must not have <?${instruction.target}?> instructions`, parser.line));
  parser.on('text', (text) => {
    if (text.trim() !== '') report(open.at(-1)?.name ?? '(file)', `has the words "${text.trim().slice(0, 40)}": diagrams hold no words; put a label box (<foreignObject class="label" data-label="...">) and write the words in the language files`, parser.line);
  });
  parser.on('comment', () => report('(file)', 'must not have <!-- comments -->: diagram files hold no words at all (describe the drawing in content/README.md or a commit message)', parser.line));
  parser.on('cdata', () => report(open.at(-1)?.name ?? '(file)', 'must not have CDATA sections', parser.line));
  parser.on('opentag', (tag) => {
    const line = parser.line;
    const parent = open.at(-1);
    if (parent?.name === 'foreignObject') report(tag.name, 'a label box must be empty: its words come from the language files', line);
    if (!sawRoot) {
      sawRoot = true;
      checkRoot(tag, report, line);
    } else if (tag.name === 'svg') {
      report('svg', 'must not be nested inside the diagram', line);
    }
    if (!(DIAGRAM_ELEMENTS as readonly string[]).includes(tag.name)) {
      report(tag.name, `is not allowed in a diagram (allowed: ${DIAGRAM_ELEMENTS.join(', ')})`, line);
    }
    for (const name of Object.keys(tag.attributes)) {
      if (!(DIAGRAM_ATTRIBUTES as readonly string[]).includes(name)) {
        const hint = name === 'style' || name === 'fill' || name.startsWith('stroke') || name.startsWith('font') ? ' (colours and lines come from the class; see content/README.md)' : '';
        report(`${tag.name}.${name}`, `is not an allowed attribute${hint}`, line);
      }
    }
    const classes = tag.attributes['class'];
    const problem = classProblem(tag.name, classes);
    if (problem !== null) report(`${tag.name}.class`, problem, line);
    const styled = (classes ?? '').trim() !== '' || (parent?.styled ?? false);
    const isShape = tag.name !== 'svg' && tag.name !== 'g' && tag.name !== 'foreignObject';
    if (isShape && !styled && problem === null) report(tag.name, 'has no class, and no group around it has one, so it would not be drawn', line);
    if (tag.attributes['data-rtl'] !== undefined && tag.name !== 'svg') report(`${tag.name}.data-rtl`, 'belongs on the <svg> element only', line);
    if (tag.name === 'foreignObject') {
      if (parent?.name !== 'svg') report(tag.name, 'label boxes must sit directly inside <svg>, not in a group, so they can be placed for right-to-left languages', line);
      checkLabelBox(tag, labels, report, line);
    }
    else if (tag.attributes['data-label'] !== undefined || tag.attributes['data-align'] !== undefined) {
      report(tag.name, 'data-label and data-align belong on label boxes (<foreignObject class="label">)', line);
    }
    open.push({ name: tag.name, styled });
  });
  parser.on('closetag', () => {
    open.pop();
  });

  try {
    parser.write(svgText.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    report('(file)', `is not well-formed SVG: ${(error as Error).message}`, parser.line);
  }
  if (sawRoot && labels.length === 0 && problems.length === before) report('(file)', 'has no label boxes; a diagram needs words patients can read', 1);
  return problems.length > before ? null : { labels };
}

type Report = (field: string, message: string, line: number) => void;

function checkRoot(tag: SaxesTagPlain, report: Report, line: number): void {
  if (tag.name !== 'svg') {
    report(tag.name, 'must be inside an <svg> root element', line);
    return;
  }
  if (tag.attributes['xmlns'] !== SVG_NAMESPACE) report('svg.xmlns', `must be "${SVG_NAMESPACE}"`, line);
  const box = (tag.attributes['viewBox'] ?? '').trim().split(/[\s,]+/);
  if (box.length !== 4 || !box.every((part) => NUMBER.test(part)) || Number(box[2]) <= 0 || Number(box[3]) <= 0) {
    report('svg.viewBox', 'must be four numbers "x y width height" with a positive width and height', line);
  }
  const rtl = tag.attributes['data-rtl'];
  if (rtl !== undefined && !(RTL_MODES as readonly string[]).includes(rtl)) report('svg.data-rtl', `must be one of: ${RTL_MODES.join(', ')}`, line);
}

function checkLabelBox(tag: SaxesTagPlain, labels: string[], report: Report, line: number): void {
  const id = tag.attributes['data-label'];
  if (id === undefined || !isLabelId(id)) {
    report('foreignObject.data-label', 'must name the label in lower-case words joined by "-", e.g. data-label="healthy-muscle"', line);
  } else if (labels.includes(id)) {
    report('foreignObject.data-label', `"${id}" is used by an earlier label box; label ids must be unique`, line);
  } else {
    labels.push(id);
  }
  for (const name of LABEL_BOX_ATTRIBUTES) {
    const value = tag.attributes[name];
    if (value === undefined || !NUMBER.test(value) || ((name === 'width' || name === 'height') && Number(value) <= 0)) {
      report(`foreignObject.${name}`, 'must be a number (label boxes need x, y, width and height)', line);
    }
  }
  if (tag.attributes['transform'] !== undefined) report('foreignObject.transform', 'is not allowed on a label box (text must stay upright and unmirrored)', line);
  const align = tag.attributes['data-align'];
  if (align !== undefined && !(LABEL_ALIGNMENTS as readonly string[]).includes(align)) report('foreignObject.data-align', `must be one of: ${LABEL_ALIGNMENTS.join(', ')}`, line);
}
