import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIAGRAM_LABEL_CLASSES, DIAGRAM_SHAPE_CLASSES } from '../../../../scripts/content/diagram-format';
import { diagramStyles } from '../../../../renderer/diagrams/diagram-styles';

const css = diagramStyles.cssText;

test('every class a diagram file may use is drawn by the one diagram style sheet', () => {
  const unstyled = [...DIAGRAM_SHAPE_CLASSES, ...DIAGRAM_LABEL_CLASSES].filter((name) => !new RegExp(`\\.diagram \\.${name}[ ,{]`).test(css));
  assert.deepStrictEqual(unstyled, []);
});

test('colours and line widths are set once, as variables, and the high-contrast theme redefines them', () => {
  const highContrast = css.slice(css.indexOf("data-theme='high-contrast'"));
  for (const variable of ['--dg-ink', '--dg-muscle', '--dg-line', '--dg-line-bold']) {
    assert.match(css, new RegExp(`${variable}:`), `${variable} is defined`);
    assert.match(highContrast.slice(0, highContrast.indexOf('}')), new RegExp(`${variable}:`), `${variable} is redefined for high contrast`);
  }
});
