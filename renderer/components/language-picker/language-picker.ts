import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LanguageEntry } from '../../content/content-store';
import { I18nController } from '../../controllers/i18n-controller';
import { ModalDialogController } from '../../controllers/modal-dialog-controller';
import { languageSelectEvent } from '../../events';
import { t } from '../../i18n/i18n';
import { applyLanguageFonts } from '../../text/language-fonts';
import { buttonStyles, dialogStyles } from '../../styles/shared-styles';
import { checkIcon, closeIcon } from '../icon/icons';
import { languagePickerStyles } from './language-picker.styles';

/**
 * A modal list of the offered languages, each named in its own language and script (with its
 * English name below for staff). Escape, the close button or a tap on the backdrop closes it.
 * Events: `kx-language-select` (a language was tapped), `kx-close`.
 */
@customElement('kx-language-picker')
export class KxLanguagePicker extends LitElement {
  static override styles = [buttonStyles, dialogStyles, languagePickerStyles];

  /** Languages to offer, in the staff's order. */
  @property({ attribute: false }) accessor languages: LanguageEntry[] = [];
  /** Code of the language shown now. */
  @property() accessor current = '';
  /** Whether the picker is showing. */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  private readonly i18n = new I18nController(this);
  private readonly modal = new ModalDialogController(this, () => this.open);

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('languages')) applyLanguageFonts(this.renderRoot);
  }

  override render() {
    return html`
      <dialog aria-labelledby="picker-title" @close=${this.modal.handleDialogClose} @click=${this.modal.handleDialogClick}>
        <div class="panel">
        <header>
          <h2 id="picker-title">${t('language.title')}</h2>
          <button class="close" @click=${this.modal.requestClose}>${closeIcon()}${t('language.close')}</button>
        </header>
        <ul>
          ${this.languages.map(
            (language) => html`
              <li>
                <button
                  class="language"
                  lang=${language.code}
                  dir=${language.dir}
                  aria-current=${language.code === this.current ? 'true' : 'false'}
                  @click=${() => this.dispatchEvent(languageSelectEvent(language.code))}
                >
                  <span class="native" data-font=${language.font}>
                    ${language.code === this.current ? checkIcon() : ''} ${language.nativeName}
                  </span>
                  <span class="english" lang="en">${language.englishName}</span>
                </button>
              </li>
            `,
          )}
        </ul>
        </div>
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-language-picker': KxLanguagePicker;
  }
}
