import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { I18nController } from '../../controllers/i18n-controller';
import { closeEvent } from '../../events';
import { t, topicText } from '../../i18n/i18n';
import { buttonStyles } from '../../styles/shared-styles';
import { closeIcon } from '../icon/icons';

/**
 * A short definition of a tapped medical word, in a modal box with a large close button.
 * Escape, the close button or a tap outside closes it.
 * Events: `kx-close`.
 */
@customElement('kx-glossary-popup')
export class KxGlossaryPopup extends LitElement {
  static override styles = [
    buttonStyles,
    css`
      dialog {
        border: none;
        border-radius: calc(var(--kx-radius) * 1.5);
        padding: 0;
        max-width: 44rem;
        background: var(--kx-color-surface);
        color: var(--kx-color-text);
        box-shadow: 0 1rem 3rem rgb(0 0 0 / 30%);
      }
      dialog::backdrop {
        background: rgb(10 20 30 / 45%);
      }
      .panel {
        padding: 2rem;
        display: grid;
        gap: 1rem;
      }
      .label {
        color: var(--kx-color-text-muted);
        font-weight: 700;
      }
      h2 {
        margin: 0;
        font-size: 1.8rem;
        color: var(--kx-color-primary);
      }
      p {
        margin: 0;
        font-size: 1.25rem;
        line-height: 1.6;
      }
      .close {
        justify-self: end;
      }
    `,
  ];

  /** Topic whose glossary holds the term. */
  @property() accessor topicId = '';
  /** Glossary term id to define; empty when closed. */
  @property() accessor term = '';

  @query('dialog') private accessor dialog!: HTMLDialogElement;

  private readonly i18n = new I18nController(this);

  override render() {
    const key = (suffix: string) => `glossary.${this.term}.${suffix}`;
    return html`
      <dialog aria-labelledby="term" aria-describedby="definition" @close=${this.handleDialogClose} @click=${this.handleBackdropClick}>
        <div class="panel">
          <span class="label">${t('glossary.label')}</span>
          <h2 id="term">${this.term ? topicText(this.topicId, key('term')) : ''}</h2>
          <p id="definition">${this.term ? topicText(this.topicId, key('definition')) : ''}</p>
          <button class="close primary" @click=${this.handleCloseClick}>${closeIcon()}${t('glossary.close')}</button>
        </div>
      </dialog>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('term')) return;
    if (this.term && !this.dialog.open) this.dialog.showModal();
    if (!this.term && this.dialog.open) this.dialog.close();
  }

  private readonly handleCloseClick = (): void => {
    this.dispatchEvent(closeEvent());
  };

  /** Escape closes the native dialog; tell the owner so its state follows. */
  private readonly handleDialogClose = (): void => {
    if (this.term) this.dispatchEvent(closeEvent());
  };

  /** The panel fills the dialog, so only a tap on the dimmed backdrop targets the dialog itself. */
  private readonly handleBackdropClick = (event: MouseEvent): void => {
    if (event.target === this.dialog) this.dispatchEvent(closeEvent());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-glossary-popup': KxGlossaryPopup;
  }
}
