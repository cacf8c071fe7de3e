import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { I18nController } from '../../controllers/i18n-controller';
import { ModalDialogController } from '../../controllers/modal-dialog-controller';
import { t } from '../../i18n/i18n';
import { buttonStyles, dialogStyles } from '../../styles/shared-styles';

/**
 * "Are you still there?" with a live countdown and one large "I'm still here" button. Any answer
 * (the button, Escape, a tap anywhere) keeps the patient where they were.
 * Events: `kx-close` (the patient answered).
 */
@customElement('kx-idle-prompt')
export class KxIdlePrompt extends LitElement {
  static override styles = [
    buttonStyles,
    dialogStyles,
    css`
      dialog {
        width: min(46rem, 90vw);
      }
      /* Sizes are capped by the window's height too: the prompt fits a short screen whole. */
      .panel {
        display: grid;
        gap: min(1.5rem, 3vh);
        text-align: center;
        padding: min(3rem, 6vh);
      }
      h2 {
        margin: 0;
        font-size: min(2.2rem, 7vh);
      }
      p {
        margin: 0;
        font-size: min(1.4rem, 4.5vh);
      }
      button {
        justify-self: center;
        font-size: min(1.5rem, 5vh);
        min-height: max(48px, min(6rem, 14vh));
        padding-inline: 3rem;
      }
    `,
  ];

  /** Whether the prompt is showing. */
  @property({ type: Boolean }) accessor open = false;
  /** Seconds until the kiosk resets. */
  @property({ type: Number }) accessor secondsLeft = 0;

  private readonly i18n = new I18nController(this);
  private readonly modal = new ModalDialogController(this, () => this.open);

  override render() {
    return html`
      <dialog aria-labelledby="idle-title" aria-describedby="idle-countdown" @close=${this.modal.handleDialogClose} @click=${this.modal.requestClose}>
        <div class="panel">
          <h2 id="idle-title">${t('idle.title')}</h2>
          <p id="idle-countdown" role="timer" aria-live="off">${t('idle.countdown', { count: this.secondsLeft })}</p>
          <button class="primary" @click=${this.modal.requestClose}>${t('idle.stay')}</button>
        </div>
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-idle-prompt': KxIdlePrompt;
  }
}
