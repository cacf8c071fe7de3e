import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { HandoutRefusal } from '../../../main/ipc/contract';
import { kiosk } from '../../bridge/kiosk-bridge';
import type { CompiledTopic } from '../../content/content-store';
import { I18nController } from '../../controllers/i18n-controller';
import { ModalDialogController } from '../../controllers/modal-dialog-controller';
import { currentLanguage, t, topicText } from '../../i18n/i18n';
import { buttonStyles, dialogStyles } from '../../styles/shared-styles';
import { checkIcon, closeIcon, printIcon } from '../icon/icons';

type PrintState = { phase: 'idle' } | { phase: 'sending' } | { phase: 'printing' } | { phase: 'ask-front-desk'; reason: HandoutRefusal };

/**
 * "Take this home": what the printed handout holds (its key points, and that the when-to-tell and
 * questions lists always come with them), the chapters a patient may add in full, and Print. After
 * Print it says "Your handout is printing", or "Please ask at the front desk" whatever went wrong
 * (the reason is in the kiosk's log, not on the screen). Nothing here waits on a printer for long:
 * the main process answers within its time limit (main/printing/).
 * Events: `kx-close`.
 */
@customElement('kx-take-home-sheet')
export class KxTakeHomeSheet extends LitElement {
  static override styles = [
    buttonStyles,
    dialogStyles,
    css`
      dialog {
        max-width: min(52rem, calc(100vw - 2rem));
      }
      .panel {
        display: grid;
        grid-template-rows: auto minmax(0, 1fr) auto auto;
        gap: min(1rem, 2vh);
        box-sizing: border-box;
        max-height: calc(100vh - 2em - 6px);
        padding: min(2rem, 4vh);
      }
      /* What prints, and the parts to add: side by side on a landscape screen, stacked on a
         portrait one. Each scrolls on its own, so the choices never fall below the fold. */
      .contents {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        grid-template-rows: minmax(0, 1fr) auto;
        gap: 1rem 2rem;
        min-height: 0;
      }
      @media (min-aspect-ratio: 1/1) {
        .contents {
          grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
          grid-template-rows: minmax(0, 1fr);
        }
      }
      .preview,
      .choose {
        min-height: 0;
        overflow-y: auto;
        overscroll-behavior: contain;
      }
      .preview li,
      .preview p {
        font-size: 1rem;
      }
      h2 {
        margin: 0;
        font-size: 1.8rem;
        color: var(--kx-color-primary);
      }
      h3 {
        margin: 0 0 0.5rem;
        font-size: 1.2rem;
      }
      p,
      li {
        font-size: 1.2rem;
        line-height: 1.5;
      }
      p {
        margin: 0.25rem 0;
      }
      ul {
        margin: 0;
        padding-inline-start: 1.5rem;
      }
      .chapters {
        display: grid;
        gap: 0.75rem;
      }
      .chapters button {
        justify-content: start;
      }
      .chapters button[aria-pressed='false'] svg {
        visibility: hidden;
      }
      .status {
        min-height: 1.5em;
        margin: 0;
        font-size: 1.3rem;
        font-weight: 700;
      }
      .status.ask-front-desk {
        color: var(--kx-color-caution);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 1rem;
      }
    `,
  ];

  /** The topic whose handout is offered; null when the sheet is closed. */
  @property({ attribute: false }) accessor topic: CompiledTopic | null = null;

  @state() private accessor chapters: string[] = [];
  @state() private accessor print: PrintState = { phase: 'idle' };

  private readonly i18n = new I18nController(this);
  private readonly modal = new ModalDialogController(this, () => this.topic !== null);

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Each opening starts afresh: nothing ticked, nothing printing.
    if (changed.has('topic')) {
      this.chapters = [];
      this.print = { phase: 'idle' };
    }
  }

  override render() {
    const topic = this.topic;
    return html`
      <dialog aria-labelledby="take-home-title" @close=${this.modal.handleDialogClose} @click=${this.modal.handleDialogClick}>
        <div class="panel">
          <h2 id="take-home-title">${t('takeHome.title')}</h2>
          <div class="contents">${topic?.handout ? this.renderContents(topic) : nothing}</div>
          <p class="status ${this.print.phase}" role="status">${this.statusText()}</p>
          <div class="actions">
            <button class="print primary" ?disabled=${this.print.phase === 'sending'} @click=${this.handlePrint}>${printIcon()}${t('takeHome.print')}</button>
            <button class="close" @click=${this.modal.requestClose}>${closeIcon()}${t('takeHome.close')}</button>
          </div>
        </div>
      </dialog>
    `;
  }

  private renderContents(topic: CompiledTopic) {
    const handout = topic.handout!;
    return html`
      <!-- Focusable, so a keyboard can scroll it when the key points are longer than the box. -->
      <div class="preview" tabindex="0">
        <p>${t('takeHome.lead')}</p>
        <ul class="key-points">
          ${handout.keyPoints.flatMap((group) => group.points).map((point) => html`<li>${topicText(topic.id, `handout.points.${point}`)}</li>`)}
        </ul>
        <p>${t('takeHome.alwaysIncluded')}</p>
      </div>
      ${topic.chapters && topic.chapters.length > 0
        ? html`
            <div class="choose">
              <h3 id="chapters-lead">${t('takeHome.chaptersLead')}</h3>
              <div class="chapters" role="group" aria-labelledby="chapters-lead">
                ${topic.chapters.map(
                  (chapter) => html`<button aria-pressed=${this.chapters.includes(chapter.id) ? 'true' : 'false'} @click=${() => this.toggleChapter(chapter.id)}>
                    ${checkIcon()}${topicText(topic.id, `chapters.${chapter.id}.title`)}
                  </button>`,
                )}
              </div>
            </div>
          `
        : nothing}
    `;
  }

  private statusText(): string {
    switch (this.print.phase) {
      case 'idle':
        return '';
      case 'sending':
        return t('takeHome.sending');
      case 'printing':
        return t('takeHome.printing');
      case 'ask-front-desk':
        return t('takeHome.askFrontDesk');
    }
  }

  private toggleChapter(chapterId: string): void {
    const order = (this.topic?.chapters ?? []).map((chapter) => chapter.id);
    const chosen = this.chapters.includes(chapterId) ? this.chapters.filter((id) => id !== chapterId) : [...this.chapters, chapterId];
    // In topic order, as the handout prints them.
    this.chapters = order.filter((id) => chosen.includes(id));
  }

  private readonly handlePrint = async (): Promise<void> => {
    const topic = this.topic;
    if (topic === null || this.print.phase === 'sending') return;
    this.print = { phase: 'sending' };
    try {
      const result = await kiosk.printHandout({ topicId: topic.id, language: currentLanguage(), chapters: this.chapters });
      if (this.topic !== topic) return; // closed (or another patient) meanwhile
      this.print = result.ok ? { phase: 'printing' } : { phase: 'ask-front-desk', reason: result.reason };
    } catch (error) {
      console.warn('[kiosk] the handout could not be sent:', error);
      this.print = { phase: 'ask-front-desk', reason: 'failed' };
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-take-home-sheet': KxTakeHomeSheet;
  }
}
