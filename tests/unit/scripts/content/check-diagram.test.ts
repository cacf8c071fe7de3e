import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { checkDiagramSvg } from '../../../../scripts/content/check-diagram';
import { formatProblem, type ContentProblem } from '../../../../scripts/content/problems';

const FILE = 'content/t/diagrams/d.svg';
const open = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 600">';
const label = '<foreignObject class="label" data-label="healthy" x="10" y="10" width="200" height="80"/>';

function check(svg: string): { labels: string[] | null; problems: string[] } {
  const problems: ContentProblem[] = [];
  const result = checkDiagramSvg(FILE, svg, problems);
  return { labels: result?.labels ?? null, problems: problems.map(formatProblem) };
}

/** A diagram with the given body, one element per line so line numbers are predictable. */
const diagram = (...body: string[]) => [open, ...body, '</svg>'].join('\n');

describe('a valid diagram', () => {
  test('returns its label ids in file order', () => {
    const result = check(
      diagram(
        '<g class="muscle"><path d="M0,0 L10,10 Z"/><circle cx="5" cy="5" r="2"/></g>',
        '<rect class="panel" x="0" y="0" width="10" height="10"/>',
        '<foreignObject class="label label-heading" data-label="b-second" data-align="start" x="1" y="2" width="3" height="4"/>',
        label,
      ),
    );
    assert.deepStrictEqual(result, { labels: ['b-second', 'healthy'], problems: [] });
  });
});

describe('words, which belong in the language files', () => {
  const cases: [string, string, string][] = [
    ['text between shapes', diagram(label, '<g class="muscle">Healthy</g>'), `${FILE}: g: has the words "Healthy": diagrams hold no words;`],
    ['a <text> element', diagram(label, '<text x="1" y="1">Muscle</text>'), `${FILE}: text: is not allowed in a diagram`],
    ['words inside a label box', diagram('<foreignObject class="label" data-label="a" x="1" y="1" width="9" height="9">Muscle</foreignObject>'), `${FILE}: foreignObject: has the words "Muscle"`],
    ['a comment', diagram(label, '<!-- healthy muscle -->'), `${FILE}: (file): must not have <!-- comments -->`],
    ['a title', diagram(label, '<title>Muscle</title>'), `${FILE}: title: is not allowed in a diagram`],
  ];
  for (const [name, svg, expected] of cases) {
    test(name, () => {
      const { labels, problems } = check(svg);
      assert.equal(labels, null);
      assert.ok(problems.some((problem) => problem.startsWith(expected)), `expected "${expected}" in:\n${problems.join('\n')}`);
    });
  }
});

describe('style comes from the class vocabulary', () => {
  test('a colour attribute names the attribute and the line', () => {
    assert.deepStrictEqual(check(diagram(label, '<circle class="muscle" fill="red" cx="1" cy="1" r="1"/>')).problems, [
      `${FILE}: circle.fill: is not an allowed attribute (colours and lines come from the class; see content/README.md) (line 3)`,
    ]);
  });
  test('a style attribute', () => {
    assert.match(check(diagram(label, '<rect class="panel" style="fill:red" x="0" y="0" width="1" height="1"/>')).problems.join(), /rect\.style: is not an allowed attribute/);
  });
  test('an unknown class lists the known ones', () => {
    assert.match(check(diagram(label, '<rect class="pink" x="0" y="0" width="1" height="1"/>')).problems.join(), /rect\.class: has unknown class "pink" \(known: outline, /);
  });
  test('two classes on one shape', () => {
    assert.match(check(diagram(label, '<rect class="panel muscle" x="0" y="0" width="1" height="1"/>')).problems.join(), /rect\.class: has 2 classes/);
  });
  test('a shape with no class and no styled group around it would not be drawn', () => {
    assert.deepStrictEqual(check(diagram(label, '<g><rect x="0" y="0" width="1" height="1"/></g>')).problems, [
      `${FILE}: rect: has no class, and no group around it has one, so it would not be drawn (line 3)`,
    ]);
  });
  test('scripts, images and links are refused', () => {
    const { problems } = check(diagram(label, '<script>alert(1)</script>', '<image x="0" y="0" width="1" height="1"/>', '<a class="outline"/>'));
    for (const element of ['script', 'image', 'a']) assert.ok(problems.some((problem) => problem.includes(`: ${element}: is not allowed in a diagram`)), element);
  });
  test('event handler attributes are refused', () => {
    assert.match(check(diagram(label, '<rect class="panel" onclick="x()" x="0" y="0" width="1" height="1"/>')).problems.join(), /rect\.onclick: is not an allowed attribute/);
  });
});

describe('label boxes', () => {
  test('need an id, a position and a size', () => {
    const { problems } = check(diagram('<foreignObject class="label" x="1" y="a" width="0" height="9"/>'));
    assert.deepStrictEqual(problems, [
      `${FILE}: foreignObject.data-label: must name the label in lower-case words joined by "-", e.g. data-label="healthy-muscle" (line 2)`,
      `${FILE}: foreignObject.y: must be a number (label boxes need x, y, width and height) (line 2)`,
      `${FILE}: foreignObject.width: must be a number (label boxes need x, y, width and height) (line 2)`,
    ]);
  });
  test('ids are unique', () => {
    assert.match(check(diagram(label, label)).problems.join(), /"healthy" is used by an earlier label box/);
  });
  test('sit directly in the svg, so they can be mirrored for right-to-left languages', () => {
    assert.match(check(diagram(`<g class="muscle">${label}</g>`)).problems.join(), /foreignObject: label boxes must sit directly inside <svg>/);
  });
  test('alignment is start, center or end', () => {
    assert.match(check(diagram('<foreignObject class="label" data-label="a" data-align="left" x="1" y="1" width="9" height="9"/>')).problems.join(), /data-align: must be one of: start, center, end/);
  });
  test('a diagram with no labels is reported', () => {
    assert.deepStrictEqual(check(diagram('<rect class="panel" x="0" y="0" width="1" height="1"/>')).problems, [
      `${FILE}: (file): has no label boxes; a diagram needs words patients can read (line 1)`,
    ]);
  });
});

describe('the file as a whole', () => {
  test('broken XML names the line', () => {
    const { problems } = check(diagram(label, '<rect class="panel" x="0"', '</svg>'));
    assert.ok(problems.length > 0 && problems.every((problem) => problem.startsWith(`${FILE}: (file): is not well-formed SVG`)), problems.join('\n'));
  });
  test('the root must be an SVG with the SVG namespace and a usable viewBox', () => {
    assert.match(check(`<svg viewBox="0 0 0 600">${label}</svg>`).problems.join('\n'), /svg\.xmlns: must be "http:\/\/www\.w3\.org\/2000\/svg"[^]*svg\.viewBox: must be four numbers/);
    assert.match(check(`<g xmlns="http://www.w3.org/2000/svg">${label}</g>`).problems.join(), /g: must be inside an <svg> root element/);
  });
  test('a DOCTYPE (which could define entities) is refused', () => {
    assert.match(check(`<!DOCTYPE svg>\n${diagram(label)}`).problems.join(), /must not have a <!DOCTYPE>/);
  });
  test('an empty file', () => {
    assert.deepStrictEqual(check('').problems, [`${FILE}: (file): is empty (line 1)`]);
  });
  test('data-rtl is "mirror" or "keep", on the root only', () => {
    assert.match(check(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9" data-rtl="flip">${label}</svg>`).problems.join(), /svg\.data-rtl: must be one of: mirror, keep/);
    assert.match(check(diagram(label, '<g class="muscle" data-rtl="keep"/>')).problems.join(), /g\.data-rtl: belongs on the <svg> element only/);
  });
});

test("the kiosk's own diagrams hold no words and pass the check", () => {
  const projectRoot = path.resolve(import.meta.dirname, '../../../..');
  const contentDir = path.join(projectRoot, 'content');
  const files = (readdirSync(contentDir, { recursive: true }) as string[]).filter((name) => name.split(path.sep).includes('diagrams') && name.endsWith('.svg'));
  assert.ok(files.length >= 6, `expected at least six diagrams, found ${files.length}`);
  for (const file of files) {
    const text = readFileSync(path.join(contentDir, file), 'utf8');
    assert.deepStrictEqual(check(text).problems, [], file);
    // Belt and braces: nothing but markup and whitespace between tags.
    assert.equal(text.replace(/<[^>]*>/g, '').trim(), '', `${file} has text outside tags`);
  }
});
