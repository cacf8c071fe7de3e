import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { I18nController } from '../../controllers/i18n-controller';
import { ModalDialogController } from '../../controllers/modal-dialog-controller';
import { t, topicText } from '../../i18n/i18n';
import { buttonStyles, dialogStyles } from '../../styles/shared-styles';
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
    dialogStyles,
    css`
      dialog {
        max-width: min(44rem, calc(100vw - 2rem));
      }
      /* On a short screen a long definition scrolls inside its box; Close always shows. */
      .panel {
        display: grid;
        grid-template-rows: auto auto minmax(0, 1fr) auto;
        gap: min(1rem, 2vh);
        box-sizing: border-box;
        max-height: calc(100vh - 2em - 6px);
        padding: min(2rem, 4vh);
      }
      #definition {
        overflow-y: auto;
        overscroll-behavior: contain;
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

  private readonly i18n = new I18nController(this);
  private readonly modal = new ModalDialogController(this, () => this.term !== '');

  override render() {
    const key = (suffix: string) => `glossary.${this.term}.${suffix}`;
    return html`
      <dialog aria-labelledby="term" aria-describedby="definition" @close=${this.modal.handleDialogClose} @click=${this.modal.handleDialogClick}>
        <div class="panel">
          <span class="label">${t('glossary.label')}</span>
          <h2 id="term">${this.term ? topicText(this.topicId, key('term')) : ''}</h2>
          <p id="definition">${this.term ? topicText(this.topicId, key('definition')) : ''}</p>
          <button class="close primary" @click=${this.modal.requestClose}>${closeIcon()}${t('glossary.close')}</button>
        </div>
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-glossary-popup': KxGlossaryPopup;
  }
}
