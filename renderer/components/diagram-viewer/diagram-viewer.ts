import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { PreparedDiagram } from '../../diagrams/prepare-diagram';
import type { CompiledDiagram } from '../../content/content-store';
import { DiagramController, diagramText } from '../../controllers/diagram-controller';
import { I18nController } from '../../controllers/i18n-controller';
import { ModalDialogController } from '../../controllers/modal-dialog-controller';
import { PatientResetController } from '../../controllers/patient-reset-controller';
import { diagramCardStyles, diagramStyles } from '../../diagrams/diagram-styles';
import { isZoomedIn, panBy, toggleZoomAt, visibleBox, wholeDiagram, zoomAround, ZOOM_BUTTON_STEP, ZOOM_LIMITS, type DiagramPoint, type ZoomView } from '../../diagrams/zoom-view';
import { ZoomGestureTracker, type Point } from '../../gestures/zoom-gestures';
import { t } from '../../i18n/i18n';
import { buttonStyles, dialogStyles, visuallyHiddenStyles } from '../../styles/shared-styles';
import { closeIcon, fitIcon, zoomInIcon, zoomOutIcon } from '../icon/icons';
import { diagramViewerStyles } from './diagram-viewer.styles';

/**
 * A diagram full screen: pinch or the zoom buttons to zoom, double-tap to zoom in on a spot (or
 * back out), drag to move around, all within limits; a large Close button, Escape, or an idle
 * reset (`kx-reset` on window) closes it. Only the diagram zooms, never the page.
 * Events: `kx-close`.
 */
@customElement('kx-diagram-viewer')
export class KxDiagramViewer extends LitElement {
  static override styles = [buttonStyles, dialogStyles, visuallyHiddenStyles, diagramStyles, diagramCardStyles, diagramViewerStyles];

  /** Topic whose text holds the diagram's words. */
  @property() accessor topicId = '';
  /** The diagram to show; null when the viewer is closed. */
  @property({ attribute: false }) accessor diagram: CompiledDiagram | null = null;

  @query('.stage') private accessor stage: HTMLElement | null = null;

  private readonly i18n = new I18nController(this);
  private readonly modal = new ModalDialogController(this, () => this.diagram !== null);
  private readonly drawing = new DiagramController(this, () => ({ topicId: this.topicId, diagram: this.diagram }));
  private gestures: ZoomGestureTracker | null = null;
  /** The zoom, and the drawing it belongs to: a new drawing (opened, or a language switch) starts whole. */
  private zoom: { view: ZoomView; of: PreparedDiagram } | null = null;

  private readonly reset = new PatientResetController(this, () => {
    if (this.diagram !== null) this.modal.requestClose();
  });

  override disconnectedCallback(): void {
    this.gestures?.detach();
    this.gestures = null;
    super.disconnectedCallback();
  }

  override render() {
    const diagram = this.diagram;
    const name = diagram ? diagramText(this.topicId, diagram.id, 'name') : '';
    const view = this.view;
    return html`
      <dialog aria-labelledby="title" aria-describedby="description" @close=${this.modal.handleDialogClose}>
        <div class="panel">
          <header>
            <h2 id="title">${name}</h2>
            <button class="close primary" @click=${this.modal.requestClose}>${closeIcon()}${t('diagram.close')}</button>
          </header>
          <div class="stage diagram-card" data-zoom=${view.scale.toFixed(2)} @wheel=${this.handleWheel}>${this.renderDrawing(name)}</div>
          <footer>
            <p class="hint">${t('diagram.zoomHint')}</p>
            <button class="zoom-out" ?disabled=${!isZoomedIn(view)} @click=${() => this.zoomFromCentre(1 / ZOOM_BUTTON_STEP)}>
              ${zoomOutIcon()}${t('diagram.zoomOut')}
            </button>
            <button class="fit" ?disabled=${!isZoomedIn(view)} @click=${this.showWhole}>${fitIcon()}${t('diagram.zoomFit')}</button>
            <button class="zoom-in" ?disabled=${view.scale >= ZOOM_LIMITS.max} @click=${() => this.zoomFromCentre(ZOOM_BUTTON_STEP)}>
              ${zoomInIcon()}${t('diagram.zoomIn')}
            </button>
          </footer>
          <p id="description" class="visually-hidden">${diagram ? diagramText(this.topicId, diagram.id, 'description') : ''}</p>
        </div>
      </dialog>
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('diagram')) this.gestures?.reset();
  }

  protected override updated(): void {
    if (this.stage && !this.gestures) {
      this.gestures = new ZoomGestureTracker(this.stage, {
        pan: (dx, dy) => this.panByPixels(dx, dy),
        pinch: (factor, center, dx, dy) => this.pinch(factor, center, dx, dy),
        doubleTap: (at) => this.toggleAt(at),
      });
      this.gestures.attach();
    }
  }

  private renderDrawing(name: string) {
    if (this.drawing.failed) return html`<p class="message">${t('diagram.unavailable')}</p>`;
    const drawing = this.drawing.drawing;
    if (!drawing || !this.diagram) return html``;
    const visible = visibleBox(this.view, drawing.box);
    drawing.svg.setAttribute('viewBox', `${visible.x} ${visible.y} ${visible.width} ${visible.height}`);
    drawing.svg.setAttribute('role', 'img');
    drawing.svg.setAttribute('aria-label', name);
    return drawing.svg;
  }

  private get view(): ZoomView {
    const drawing = this.drawing.drawing;
    if (!drawing) return { scale: 1, centerX: 0, centerY: 0 };
    if (this.zoom?.of !== drawing) this.zoom = { view: wholeDiagram(drawing.box), of: drawing };
    return this.zoom.view;
  }

  private set view(view: ZoomView) {
    const drawing = this.drawing.drawing;
    if (!drawing) return;
    this.zoom = { view, of: drawing };
    this.requestUpdate();
  }

  /** The diagram point under a page position, through the drawing's current transform. */
  private toDiagramPoint(point: Point): DiagramPoint | null {
    const matrix = this.drawing.drawing?.svg.getScreenCTM();
    if (!matrix) return null;
    const inverse = matrix.inverse();
    return { x: inverse.a * point.x + inverse.c * point.y + inverse.e, y: inverse.b * point.x + inverse.d * point.y + inverse.f };
  }

  /** How many diagram units one CSS pixel is at the current zoom. */
  private unitsPerPixel(): number {
    const matrix = this.drawing.drawing?.svg.getScreenCTM();
    return matrix && matrix.a !== 0 ? 1 / matrix.a : 0;
  }

  private panByPixels(dx: number, dy: number): void {
    const box = this.drawing.drawing?.box;
    if (!box) return;
    const units = this.unitsPerPixel();
    this.view = panBy(this.view, box, dx * units, dy * units);
  }

  private pinch(factor: number, center: Point, dx: number, dy: number): void {
    const box = this.drawing.drawing?.box;
    const focus = this.toDiagramPoint(center);
    if (!box || !focus) return;
    const units = this.unitsPerPixel();
    this.view = panBy(zoomAround(this.view, box, factor, focus), box, (dx * units) / factor, (dy * units) / factor);
  }

  private toggleAt(at: Point): void {
    const box = this.drawing.drawing?.box;
    const focus = this.toDiagramPoint(at);
    if (box && focus) this.view = toggleZoomAt(this.view, box, focus);
  }

  private zoomFromCentre(factor: number): void {
    const box = this.drawing.drawing?.box;
    if (box) this.view = zoomAround(this.view, box, factor, { x: this.view.centerX, y: this.view.centerY });
  }

  private readonly showWhole = (): void => {
    const box = this.drawing.drawing?.box;
    if (box) this.view = wholeDiagram(box);
  };

  /** A mouse wheel zooms too, for staff checking the kiosk at a desk. */
  private readonly handleWheel = (event: WheelEvent): void => {
    const box = this.drawing.drawing?.box;
    const focus = this.toDiagramPoint({ x: event.clientX, y: event.clientY });
    if (!box || !focus || event.deltaY === 0) return;
    event.preventDefault();
    this.view = zoomAround(this.view, box, event.deltaY < 0 ? 1.2 : 1 / 1.2, focus);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-diagram-viewer': KxDiagramViewer;
  }
}
