import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CompiledDiagram } from '../../content/content-store';
import { DiagramController, diagramText } from '../../controllers/diagram-controller';
import { diagramLabelText } from '../../diagrams/diagram-drawing';
import { I18nController } from '../../controllers/i18n-controller';
import { diagramCardStyles, diagramStyles } from '../../diagrams/diagram-styles';
import { diagramOpenEvent } from '../../events';
import { t } from '../../i18n/i18n';
import { buttonStyles, visuallyHiddenStyles } from '../../styles/shared-styles';
import { zoomInIcon } from '../icon/icons';
import { diagramFigureStyles } from './diagram-figure.styles';

/**
 * A topic screen's diagram beside its text, with its name as a caption. Screen readers get it as
 * one image (`role="img"`) with a name and a description, followed by a list of its labels.
 * Tapping the picture or the "Enlarge" button opens it full screen.
 * Events: `kx-diagram-open`.
 */
@customElement('kx-diagram-figure')
export class KxDiagramFigure extends LitElement {
  static override styles = [buttonStyles, visuallyHiddenStyles, diagramStyles, diagramCardStyles, diagramFigureStyles];

  /** Topic whose text holds the diagram's words. */
  @property() accessor topicId = '';
  /** The diagram to show. */
  @property({ attribute: false }) accessor diagram: CompiledDiagram | null = null;

  private readonly i18n = new I18nController(this);
  private readonly drawing = new DiagramController(this, () => ({ topicId: this.topicId, diagram: this.diagram }));

  override render() {
    const diagram = this.diagram;
    if (!diagram) return nothing;
    const name = diagramText(this.topicId, diagram.id, 'name');
    return html`
      <figure>
        <div class="canvas diagram-card" data-diagram=${diagram.id} @click=${this.handleOpen}>${this.renderDrawing(name)}</div>
        <figcaption>
          <span class="caption">${name}</span>
          <button class="enlarge" @click=${this.handleOpen}>${zoomInIcon()}${t('diagram.enlarge')}</button>
        </figcaption>
        <p id="description" class="visually-hidden">${diagramText(this.topicId, diagram.id, 'description')}</p>
        <ul class="visually-hidden labels" aria-label=${t('diagram.labelList')}>
          ${diagram.labels.map((label) => html`<li>${diagramLabelText(this.topicId, diagram.id, label)}</li>`)}
        </ul>
      </figure>
    `;
  }

  /** The drawing's proportions, for layouts that size the picture from its width (portrait pages). */
  protected override updated(): void {
    const box = this.drawing.drawing?.svg.viewBox.baseVal;
    if (box && box.width > 0 && box.height > 0) this.style.setProperty('--kx-diagram-aspect', `${box.width} / ${box.height}`);
    // Not drawn (yet): no proportions left over from the previous diagram.
    else this.style.removeProperty('--kx-diagram-aspect');
  }

  private renderDrawing(name: string) {
    const drawing = this.drawing.drawing;
    if (this.drawing.failed) return html`<p class="placeholder">${t('diagram.unavailable')}</p>`;
    if (!drawing) return html`<div class="placeholder" aria-hidden="true"></div>`;
    const svg = drawing.svg;
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', name);
    svg.setAttribute('aria-describedby', 'description');
    return svg;
  }

  private readonly handleOpen = (): void => {
    if (this.diagram && this.drawing.drawing) this.dispatchEvent(diagramOpenEvent({ topicId: this.topicId, diagramId: this.diagram.id }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-diagram-figure': KxDiagramFigure;
  }
}
