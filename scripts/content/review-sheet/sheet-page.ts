/**
 * Runs in the review sheet page (bundled by review-sheet.ts): draws each diagram the way the
 * kiosk does, with the labels in the sheet's language and mirrored for right-to-left, using the
 * kiosk's own preparation code and diagram styles. Marks <html data-diagrams="ready"> when done,
 * so the printer knows when to print.
 */
import { diagramStyles } from '../../../renderer/diagrams/diagram-styles';
import { prepareDiagram } from '../../../renderer/diagrams/prepare-diagram';

interface SheetDiagrams {
  direction: 'ltr' | 'rtl';
  diagrams: Record<string, { svg: string; labels: Record<string, string>; name: string }>;
}

const style = document.createElement('style');
style.textContent = diagramStyles.cssText;
document.head.append(style);

const data = JSON.parse(document.getElementById('diagram-data')?.textContent ?? '{}') as SheetDiagrams;
for (const figure of document.querySelectorAll<HTMLElement>('figure[data-diagram]')) {
  const diagram = data.diagrams[figure.dataset.diagram ?? ''];
  const holder = figure.querySelector('.drawing');
  if (!diagram || !holder) continue;
  try {
    const { svg } = prepareDiagram(diagram.svg, (label) => diagram.labels[label] ?? '', data.direction);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', diagram.name);
    holder.setAttribute('dir', data.direction);
    holder.append(svg);
  } catch (error) {
    holder.textContent = `This picture could not be drawn: ${String(error)}`;
  }
}
document.documentElement.dataset.diagrams = 'ready';
