import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { TEXT_SIZES, type TextSize, type Theme } from '../../../main/ipc/contract';
import { I18nController } from '../../controllers/i18n-controller';
import { displayChangeEvent } from '../../events';
import { t } from '../../i18n/i18n';
import { buttonStyles } from '../../styles/shared-styles';
import { contrastIcon } from '../icon/icons';

/**
 * The patient's own display choices, in the header of every screen: three text sizes (one tap
 * each, the current one pressed) and high contrast on or off. They last until the patient
 * leaves: the idle reset puts back the staff's defaults.
 * Events: `kx-display-change` (a new text size or theme).
 */
@customElement('kx-display-controls')
export class KxDisplayControls extends LitElement {
  static override styles = [
    buttonStyles,
    css`
      :host {
        display: flex;
        align-items: center;
        gap: 0.75rem;
      }
      .sizes {
        display: flex;
        gap: 0.5rem;
      }
      /* In the header bar: outlined in the bar's text colour; the current choice filled. */
      button {
        min-height: 3rem;
        border-color: var(--kx-color-on-primary);
        background: transparent;
        color: var(--kx-color-on-primary);
        padding-inline: 1rem;
        white-space: nowrap;
      }
      button:active {
        background: var(--kx-color-primary-pressed);
      }
      button[aria-pressed='true'] {
        background: var(--kx-color-on-primary);
        color: var(--kx-color-primary);
      }
      /* The same letter at three sizes shows what each button does without reading. */
      .size {
        min-width: 3rem;
        padding-inline: 0.4rem;
        line-height: 1;
      }
      .size-standard .letter {
        font-size: 1rem;
      }
      /* Kept under 1.5rem: Arabic's tall letter box (about 2.1 times the font size) must stay
         inside the button. */
      .size-large .letter {
        font-size: 1.2rem;
      }
      .size-largest .letter {
        font-size: 1.4rem;
      }
    `,
  ];

  /** The text size showing now. */
  @property() accessor textSize: TextSize = 'standard';
  /** The theme showing now. */
  @property() accessor theme: Theme = 'standard';

  private readonly i18n = new I18nController(this);

  override render() {
    const highContrast = this.theme === 'high-contrast';
    return html`
      <div class="sizes" role="group" aria-label=${t('display.textSize')}>
        ${TEXT_SIZES.map(
          (size) => html`<button
            class="size size-${size}"
            aria-label=${t(`display.textSizes.${size}`)}
            aria-pressed=${size === this.textSize ? 'true' : 'false'}
            @click=${() => this.dispatchEvent(displayChangeEvent({ textSize: size }))}
          >
            <span class="letter" aria-hidden="true">${t('display.sizeLetter')}</span>
          </button>`,
        )}
      </div>
      <button
        class="contrast"
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
