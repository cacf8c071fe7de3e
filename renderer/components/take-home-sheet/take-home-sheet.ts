import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { HandoutRefusal } from '../../../main/ipc/contract';
import { kiosk } from '../../bridge/kiosk-bridge';
import type { CompiledTopic } from '../../content/content-store';
import { I18nController } from '../../controllers/i18n-controller';
import { ModalDialogController } from '../../controllers/modal-dialog-controller';
import { currentLanguage, t, topicText } from '../../i18n/i18n';
import { loadQrEncoder } from '../../qr/load-qr-encoder';
import { drawQr } from '../../qr/qr-drawing';
import { reportUsage } from '../../usage/report-usage';
import type { QrModules } from '../../qr/qr-encoder';
import { backdropColor, buttonStyles, dialogStyles } from '../../styles/shared-styles';
import { arrowBackIcon, closeIcon, phoneIcon, printIcon, tickBoxIcon } from '../icon/icons';

type PrintState = { phase: 'idle' } | { phase: 'sending' } | { phase: 'printing' } | { phase: 'ask-front-desk'; reason: HandoutRefusal };

/** The QR code's state: its encoder is a script of its own, loaded on the first request. */
type CodeState = { phase: 'loading' } | { phase: 'ready'; address: string; modules: QrModules } | { phase: 'failed' };

/**
 * "Take this home", in two views.
 * - The handout (when staff turned printing on and the topic has one): what it holds (its key
 *   points, and that the when-to-tell and questions lists always come with them), the chapters a
 *   patient may add in full, and Print. After Print it says "Your handout is printing", or "Please
 *   ask at the front desk" whatever went wrong (the reason is in the kiosk's log, not on the
 *   screen). Nothing here waits on a printer for long: the main process answers within its time
 *   limit (main/printing/).
 * - The web page (when the clinic gave an address for the topic in this language): a QR code
 *   drawn here, offline, with the address written under it. It opens first when there is no
 *   handout to print.
 * Events: `kx-close`.
 */
@customElement('kx-take-home-sheet')
export class KxTakeHomeSheet extends LitElement {
  static override styles = [
    buttonStyles,
    dialogStyles,
    css`
      dialog {
        /* A set width, not the content's: the panel is a size container (below). */
        width: min(52rem, calc(100vw - 2rem));
        max-width: none;
      }
      /* Closed, the sheet stays laid out, unseen, where the modal dialog will be (as the browser
         places a modal one), so a tap on Take this home only has to reveal it, over a backdrop
         of its own; it becomes a modal dialog (top layer, real backdrop, the page inert) in the
         idle time after that frame (ModalDialogController showModalAfterFrame). */
      dialog:not([open]) {
        display: block;
        visibility: hidden;
        position: fixed;
        inset: 0;
        z-index: 1;
        max-height: calc(100% - 6px - 2em);
        overflow: auto;
      }
      .backdrop {
        position: fixed;
        inset: 0;
        z-index: 1;
        visibility: hidden;
        background: ${backdropColor};
      }
      .backdrop.revealed,
      dialog.revealed {
        visibility: visible;
      }
      /* Once modal, the dialog's own backdrop takes over. */
      .backdrop:has(+ dialog[open]) {
        visibility: hidden;
      }
      /* Title and Close on top, what prints (or the code) in the middle, the sheet's own buttons
         below. Heights and sizes are capped by the window's height too (vh), so on a short screen
         at the largest text the middle keeps room to be read. */
      .panel {
        display: grid;
        grid-template-rows: auto minmax(max(8rem, 30vh), 1fr) auto auto;
        gap: min(1rem, 2vh);
        box-sizing: border-box;
        max-height: calc(100vh - 2em - 6px);
        padding: min(2rem, 4vh);
        container: take-home / inline-size;
      }
      header {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 1rem;
      }
      header button,
      .actions button {
        min-height: max(48px, min(var(--kx-touch-target), 9vh));
        font-size: min(1rem, 3.5vh);
        padding-block: min(0.5rem, 1vh);
      }
      /* What prints, and the parts to add: side by side when the sheet is wide for its text
         size on a landscape screen, each scrolling on its own so the choices never fall below the
         fold; otherwise one column that scrolls as a whole. The container query measures the
         sheet in rem, so the largest text switches to one column sooner. */
      .contents {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        align-content: start;
        gap: 1rem 2rem;
        min-height: 0;
        overflow-y: auto;
        overscroll-behavior: contain;
      }
      @media (min-aspect-ratio: 1/1) {
        @container take-home (min-width: 36rem) {
          .contents {
            grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
            grid-template-rows: minmax(0, 1fr);
            overflow: visible;
          }
          .preview,
          .choose {
            min-height: 0;
            overflow-y: auto;
            overscroll-behavior: contain;
          }
        }
      }
      .preview li,
      .preview p {
        font-size: 1rem;
      }
      h2 {
        margin: 0;
        font-size: min(1.8rem, 5vh);
        color: var(--kx-color-primary);
      }
      h3 {
        margin: 0 0 0.5rem;
        font-size: min(1.2rem, 4vh);
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
        padding-inline: 1rem;
        text-align: start;
        /* A long one-word chapter name breaks rather than spill out of its button. */
        overflow-wrap: anywhere;
      }
      .status {
        min-height: 1.5em;
        margin: 0;
        font-size: min(1.3rem, 4vh);
        font-weight: 700;
      }
      .status.ask-front-desk {
        color: var(--kx-color-caution);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: min(1rem, 2vh) 1rem;
      }
      /* The code beside its words on a landscape screen, above them on a portrait one. It is
         sized by the screen's height so it never pushes the buttons off a short screen. */
      .web-page {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        justify-items: center;
        align-content: start;
        gap: 1rem 2rem;
        min-height: 0;
        overflow-y: auto;
      }
      @media (min-aspect-ratio: 1/1) {
        .web-page {
          grid-template-columns: auto minmax(0, 1fr);
          justify-items: start;
          align-items: center;
        }
      }
      .qr,
      .qr-placeholder {
        display: block;
        box-sizing: border-box;
        width: min(100%, 34vh, 28rem);
        min-width: 12rem;
        aspect-ratio: 1;
      }
      .qr {
        /* The code's own white quiet zone needs no frame, but in the high-contrast theme a thin
           edge shows where the white square ends. */
        border: 2px solid var(--kx-color-text);
      }
      .web-page .words {
        display: grid;
        gap: 0.75rem;
      }
      .address {
        margin: 0;
        font-size: 1.3rem;
        font-weight: 700;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The topic whose handout is offered, set (and its sheet laid out) ahead of the tap that opens it. */
  @property({ attribute: false }) accessor topic: CompiledTopic | null = null;
  /** The sheet is shown. */
  @property({ type: Boolean }) accessor open = false;
  /** Staff turned printing on (and the topic has a handout): the handout view and Print show. */
  @property({ type: Boolean }) accessor printing = false;
  /** The web address the clinic gave for this topic in the patient's language, if any. */
  @property({ attribute: false }) accessor address: string | null = null;

  @state() private accessor chapters: string[] = [];
  @state() private accessor print: PrintState = { phase: 'idle' };
  @state() private accessor view: 'handout' | 'web-page' = 'handout';
  @state() private accessor code: CodeState = { phase: 'loading' };

  // Closed, it is hidden: a language switch renders it again in idle time, not in the switch's frame.
  private readonly i18n = new I18nController(this, { deferWhile: () => !this.open });
  private readonly modal = new ModalDialogController(this, () => this.isShown(), { showModalAfterFrame: true });

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Each opening starts afresh: nothing ticked, nothing printing, on the handout if there is one.
    // Made fresh when the sheet closes (and when what it offers changes), so the opening tap finds
    // it ready and renders nothing.
    if (changed.has('topic') || changed.has('printing') || (changed.has('open') && !this.open)) {
      this.opening += 1;
      this.chapters = [];
      this.print = { phase: 'idle' };
      this.view = this.hasHandout() ? 'handout' : 'web-page';
    }
    // A new address (another language, or another opening) needs its own code.
    if ((changed.has('open') || changed.has('topic') || changed.has('address') || changed.has('view')) && this.isShown() && this.view === 'web-page' && this.address !== null) {
      this.showCodeFor(this.address);
    }
  }

  /** Which opening the sheet is on: a printer's answer that comes after its opening has closed is dropped. */
  private opening = 0;

  private isShown(): boolean {
    return this.open && this.topic !== null;
  }

  override render() {
    const topic = this.topic;
    const onWebPage = this.view === 'web-page' && this.address !== null;
    return html`
      <div class="backdrop ${this.isShown() ? 'revealed' : ''}" @click=${this.modal.requestClose}></div>
      <dialog class=${this.isShown() ? 'revealed' : ''} aria-labelledby="take-home-title" @close=${this.modal.handleDialogClose} @click=${this.modal.handleDialogClick}>
        <div class="panel">
          <header>
            <h2 id="take-home-title">${t('takeHome.title')}</h2>
            <button class="close" @click=${this.modal.requestClose}>${closeIcon()}${t('takeHome.close')}</button>
          </header>
          ${onWebPage ? this.renderWebPage(this.address!) : html`<div class="contents">${topic && this.hasHandout() ? this.renderContents(topic) : nothing}</div>`}
          <p class="status ${this.print.phase}" role="status">${onWebPage ? '' : this.statusText()}</p>
          <div class="actions">${onWebPage ? this.renderWebPageActions() : this.renderHandoutActions()}</div>
        </div>
      </dialog>
    `;
  }

  private hasHandout(): boolean {
    return this.printing && this.topic?.handout !== undefined;
  }

  private renderHandoutActions() {
    return html`
      <button class="print primary" ?disabled=${this.print.phase === 'sending'} @click=${this.handlePrint}>${printIcon()}${t('takeHome.print')}</button>
      ${this.address !== null ? html`<button class="show-link" @click=${() => this.showView('web-page')}>${phoneIcon()}${t('takeHome.showLink')}</button>` : nothing}
    `;
  }

  private renderWebPageActions() {
    return this.hasHandout() ? html`<button class="back-to-handout" @click=${() => this.showView('handout')}>${arrowBackIcon()}${t('takeHome.backToHandout')}</button>` : nothing;
  }

  private renderWebPage(address: string) {
    const code = this.code;
    return html`
      <div class="web-page">
        ${code.phase === 'ready' && code.address === address ? drawQr(code.modules, t('takeHome.linkImage')) : html`<div class="qr-placeholder"></div>`}
        <div class="words">
          <p class="link-lead" tabindex="-1">${t('takeHome.linkLead')}</p>
          <!-- Web addresses read left to right in every language, yet line up with the sheet's words. -->
          <p class="address"><bdi dir="ltr">${address}</bdi></p>
          <p>${t('takeHome.linkChosenByClinic')}</p>
        </div>
      </div>
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
                ${topic.chapters.map((chapter) => {
                  const chosen = this.chapters.includes(chapter.id);
                  return html`<button aria-pressed=${chosen ? 'true' : 'false'} @click=${() => this.toggleChapter(chapter.id)}>
                    ${tickBoxIcon(chosen)}${topicText(topic.id, `chapters.${chapter.id}.title`)}
                  </button>`;
                })}
              </div>
            </div>
          `
        : nothing}
    `;
  }

  private showView(view: 'handout' | 'web-page'): void {
    this.view = view;
    // Focus follows the view, so a screen reader reads the new words and focus is not left on a
    // button that has gone.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(view === 'web-page' ? '.link-lead' : '.print')?.focus());
  }

  /** Each showing of the code view: counted for the clinic (main/usage/), then drawn if not drawn yet. */
  private showCodeFor(address: string): void {
    reportUsage({ event: 'qr-code-shown' });
    if (this.code.phase === 'ready' && this.code.address === address) return;
    this.code = { phase: 'loading' };
    loadQrEncoder().then(
      (encodeQr) => {
        // Only if the same address is still wanted when the encoder arrives.
        if (this.address === address) this.code = { phase: 'ready', address, modules: encodeQr(address) };
      },
      (error: unknown) => {
        console.warn('[kiosk] the QR code could not be drawn:', error);
        this.code = { phase: 'failed' };
      },
    );
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
    const { topic, opening } = this;
    if (topic === null || this.print.phase === 'sending') return;
    this.print = { phase: 'sending' };
    try {
      const result = await kiosk.printHandout({ topicId: topic.id, language: currentLanguage(), chapters: this.chapters });
      if (this.opening !== opening) return; // closed (or another patient) meanwhile
      this.print = result.ok ? { phase: 'printing' } : { phase: 'ask-front-desk', reason: result.reason };
    } catch (error) {
      console.warn('[kiosk] the handout could not be sent:', error);
      if (this.opening === opening) this.print = { phase: 'ask-front-desk', reason: 'failed' };
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-take-home-sheet': KxTakeHomeSheet;
  }
}
