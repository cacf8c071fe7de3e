import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { LanguageEntry } from '../../content/content-store';
import { I18nController } from '../../controllers/i18n-controller';
import { closeEvent, languageSelectEvent } from '../../events';
import { t } from '../../i18n/i18n';
import { buttonStyles } from '../../styles/shared-styles';
import { checkIcon, closeIcon } from '../icon/icons';
import { languagePickerStyles } from './language-picker.styles';

/**
 * A modal list of the offered languages, each named in its own language and script (with its
 * English name below for staff). Escape, the close button or a tap on the backdrop closes it.
 * Events: `kx-language-select` (a language was tapped), `kx-close`.
 */
@customElement('kx-language-picker')
export class KxLanguagePicker extends LitElement {
  static override styles = [buttonStyles, languagePickerStyles];

  /** Languages to offer, in the staff's order. */
  @property({ attribute: false }) accessor languages: LanguageEntry[] = [];
  /** Code of the language shown now. */
  @property() accessor current = '';
  /** Whether the picker is showing. */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  @query('dialog') private accessor dialog!: HTMLDialogElement;

  private readonly i18n = new I18nController(this);

  override render() {
    return html`
      <dialog aria-labelledby="picker-title" @close=${this.handleDialogClose} @click=${this.handleBackdropClick}>
        <div class="panel">
        <header>
          <h2 id="picker-title">${t('language.title')}</h2>
          <button class="close" @click=${this.handleCloseClick}>${closeIcon()}${t('language.close')}</button>
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
                  <span class="native">${language.code === this.current ? checkIcon() : ''} ${language.nativeName}</span>
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

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) this.dialog.showModal();
    if (!this.open && this.dialog.open) this.dialog.close();
  }

  private readonly handleCloseClick = (): void => {
    this.dispatchEvent(closeEvent());
  };

  /** Escape closes the native dialog; tell the app so its state follows. */
  private readonly handleDialogClose = (): void => {
    if (this.open) this.dispatchEvent(closeEvent());
  };

  /** The panel fills the dialog, so only a tap on the dimmed backdrop targets the dialog itself. */
  private readonly handleBackdropClick = (event: MouseEvent): void => {
    if (event.target === this.dialog) this.dispatchEvent(closeEvent());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-language-picker': KxLanguagePicker;
  }
}
