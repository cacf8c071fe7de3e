import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { TEXT_SIZES, type TextSize, type Theme } from '../../../main/ipc/contract';
import { I18nController } from '../../controllers/i18n-controller';
import { ModalDialogController } from '../../controllers/modal-dialog-controller';
import { PatientResetController } from '../../controllers/patient-reset-controller';
import { displayChangeEvent } from '../../events';
import { t } from '../../i18n/i18n';
import { buttonStyles, dialogStyles } from '../../styles/shared-styles';
import { closeIcon, contrastIcon, textSizeIcon } from '../icon/icons';
import { displayControlsStyles } from './display-controls.styles';

type Placement = 'bar' | 'dialog';

/**
 * The patient's own display choices, in the header of every screen: three text sizes (one tap
 * each, the current one pressed) and high contrast on or off. Where the header is too narrow
 * for them all (portrait kiosks, small screens, long labels), they fold into one "Display"
 * button that opens them in a dialog; each control keeps its accessible name. The choices last
 * until the patient leaves: the idle reset puts back the staff's defaults and closes the dialog.
 * Events: `kx-display-change` (a new text size or theme).
 */
@customElement('kx-display-controls')
export class KxDisplayControls extends LitElement {
  static override styles = [buttonStyles, dialogStyles, displayControlsStyles];

  /** The text size showing now. */
  @property() accessor textSize: TextSize = 'standard';
  /** The theme showing now. */
  @property() accessor theme: Theme = 'standard';

  /** Whether the folded controls' dialog is showing. */
  @state() private accessor dialogOpen = false;

  private readonly i18n = new I18nController(this);
  private readonly modal = new ModalDialogController(this, () => this.dialogOpen);
  private readonly reset = new PatientResetController(this, () => (this.dialogOpen = false));

  constructor() {
    super();
    this.addEventListener('kx-close', () => (this.dialogOpen = false));
  }

  override render() {
    return html`
      <div class="inline">${this.renderControls('bar')}</div>
      <button class="bar-button open-display" aria-haspopup="dialog" @click=${() => (this.dialogOpen = true)}>
        ${textSizeIcon()}${t('display.button')}
      </button>
      <dialog aria-labelledby="display-title" @close=${this.modal.handleDialogClose} @click=${this.modal.handleDialogClick}>
        <div class="panel">
          <div class="dialog-header">
            <h2 id="display-title">${t('display.title')}</h2>
            <button class="close" @click=${this.modal.requestClose}>${closeIcon()}${t('display.close')}</button>
          </div>
          <div class="choices">${this.renderControls('dialog')}</div>
        </div>
      </dialog>
    `;
  }

  /** The same controls in the bar (compact, letters only) or in the dialog (with their names). */
  private renderControls(placement: Placement) {
    const highContrast = this.theme === 'high-contrast';
    const buttonClass = placement === 'bar' ? 'bar-button' : 'dialog-button';
    return html`
      <div class="sizes ${placement === 'dialog' ? 'choices' : ''}" role="group" aria-label=${t('display.textSize')}>
        ${TEXT_SIZES.map(
          (size) => html`<button
            class="${buttonClass} size size-${size}"
            aria-label=${placement === 'bar' ? t(`display.textSizes.${size}`) : nothing}
            aria-pressed=${size === this.textSize ? 'true' : 'false'}
            @click=${() => this.dispatchEvent(displayChangeEvent({ textSize: size }))}
          >
            <span class="letter" aria-hidden="true">${t('display.sizeLetter')}</span>${placement === 'dialog' ? html`<span>${t(`display.textSizes.${size}`)}</span>` : ''}
          </button>`,
        )}
      </div>
      <button
        class="${buttonClass} contrast"
        aria-pressed=${highContrast ? 'true' : 'false'}
        @click=${() => this.dispatchEvent(displayChangeEvent({ theme: highContrast ? 'standard' : 'high-contrast' }))}
      >
        ${contrastIcon()}${t('display.contrast')}
      </button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-display-controls': KxDisplayControls;
  }
}
