import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { I18nController } from '../../controllers/i18n-controller';
import { ModalDialogController } from '../../controllers/modal-dialog-controller';
import { currentLanguage, t } from '../../i18n/i18n';
import { buttonStyles, dialogStyles } from '../../styles/shared-styles';
import { arrowUpIcon, backspaceIcon, checkIcon, closeIcon } from '../icon/icons';
import {
  capitalNext,
  CASED_LAYOUTS,
  deleteCharacter,
  DIGIT_ROW,
  keysOf,
  LETTER_LAYOUTS,
  MARK_ROW,
  PHONE_ROWS,
  startingLayout,
  tidyTyped,
  typeCharacter,
  type KeyboardKind,
  type LetterLayout,
} from './key-layouts';

export interface TextEnteredDetail {
  value: string;
}

/** The layout keys' own labels: each written in its script, so anyone finds theirs. */
const LAYOUT_LABELS: Record<LetterLayout, string> = { latin: 'abc', accents: 'àéñ', arabic: 'أبج' };

/**
 * An on-screen keyboard for staff, who have no keyboard at a kiosk: one line of text (the
 * clinic's name, in Latin letters with accents or in Arabic) or a phone line (digits and the
 * marks phone numbers use). Shows what is typed as it grows, stops at `maxLength`, and sends the
 * tidied text on Save; Cancel keeps the old value. A real keyboard works too.
 * Events: `kx-text-entered` ({ value }), `kx-close`.
 */
@customElement('kx-text-keyboard')
export class KxTextKeyboard extends LitElement {
  static override styles = [
    buttonStyles,
    dialogStyles,
    css`
      /* Wider than a dialog's usual limit on a narrow screen: twelve keys of 48 px need 664 px. */
      dialog {
        width: min(60rem, calc(100vw - 1rem));
        max-width: none;
      }
      /* Heights and sizes are capped by the window's height too (vh), so the whole keyboard fits
         a 1366x768 screen at every text size without scrolling; keys stay at least 48 px with
         8 px between them. */
      .panel {
        display: grid;
        gap: min(0.8rem, 1.5vh);
        padding: min(1.5rem, 3vh);
      }
      header {
        display: flex;
        align-items: baseline;
        justify-content: space-between;
        gap: 1rem;
      }
      h2 {
        margin: 0;
        font-size: min(1.5rem, 4vh);
      }
      .count {
        margin: 0;
        font-size: min(1rem, 3vh);
      }
      .typed {
        display: block;
        min-height: 1.3em;
        padding: min(0.5rem, 1vh) 0.8rem;
        border: 2px solid var(--kx-color-primary);
        border-radius: var(--kx-radius);
        font-size: min(1.5rem, 4vh);
        line-height: 1.3;
        overflow-wrap: anywhere;
      }
      /* A steady caret: where the next letter goes (no blinking, for those who find motion hard). */
      .typed::after {
        content: '';
        display: inline-block;
        width: 2px;
        height: 1.1em;
        margin-inline-start: 2px;
        vertical-align: text-bottom;
        background: currentColor;
      }
      .rows {
        display: grid;
        gap: max(8px, min(0.5rem, 1vh));
      }
      /* Letter rows never wrap (their keys shrink to fit, to 48 px at least); the row of layout
         keys, Shift, Space and Delete may, as a last resort on the narrowest screens. */
      .row {
        display: flex;
        justify-content: center;
        gap: 8px;
      }
      .row.controls {
        flex-wrap: wrap;
      }
      button {
        min-height: max(48px, min(var(--kx-touch-target), 6.5vh));
        padding-block: 0;
        padding-inline: min(0.75rem, 2vh);
        font-size: min(1.3rem, 3.6vh);
        line-height: 1.2;
      }
      .row button.key {
        flex: 0 1 4rem;
        min-width: 48px;
        padding-inline: 0;
        /* Also capped by the width: a row of eleven keys on a 768 px screen keeps each letter inside its key. */
        font-size: min(1.3rem, 3.6vh, 3.2vw);
      }
      .row button.wide,
      .row button.space,
      .actions button {
        font-size: min(1rem, 3.2vh, 3.2vw);
      }
      .row button.wide {
        flex: 0 0 auto;
        min-width: max(48px, min(5rem, 9vh));
      }
      .row button.space {
        flex: 1 0 auto;
      }
      .phone .row button.key {
        flex-basis: 6rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 1rem;
      }
      .actions .leading {
        display: flex;
        gap: 1rem;
      }
    `,
  ];

  @property({ type: Boolean }) accessor open = false;
  /** What is typed: its title says it ("Clinic name"). */
  @property() accessor heading = '';
  @property() accessor kind: KeyboardKind = 'text';
  /** The saved value the typing starts from. */
  @property() accessor value = '';
  @property({ type: Number }) accessor maxLength = 80;

  @state() private accessor typed = '';
  @state() private accessor layout: LetterLayout = 'latin';
  /** Shift turns the next letter's case the other way from what capitalNext would choose. */
  @state() private accessor shiftToggled = false;

  private readonly i18n = new I18nController(this);
  private readonly modal = new ModalDialogController(this, () => this.open);

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this.handleKey(event));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) {
      this.typed = this.value;
      this.shiftToggled = false;
      this.layout = startingLayout(this.value, currentLanguage());
    }
  }

  override render() {
    const full = [...this.typed].length >= this.maxLength;
    return html`
      <dialog aria-labelledby="keyboard-title" @close=${this.modal.handleDialogClose}>
        <div class="panel">
          <header>
            <h2 id="keyboard-title">${this.heading}</h2>
            <p class="count" aria-live="polite">${t('keyboard.count', { count: [...this.typed].length, max: this.maxLength })}</p>
          </header>
          <!-- dir=auto: an Arabic name reads right to left even on an English screen. -->
          <output class="typed" dir="auto" aria-labelledby="keyboard-title">${this.typed}</output>
          <!-- Keys only while open: a closed keyboard adds nothing to the staff panel's page. -->
          ${this.open ? html`<div class="rows ${this.kind}" dir="ltr">${this.kind === 'phone' ? this.renderPhoneKeys(full) : this.renderTextKeys(full)}</div>` : nothing}
          <div class="actions">
            <div class="leading">
              <button class="save primary" @click=${this.save}>${checkIcon()}${t('keyboard.save')}</button>
              <button class="clear" ?disabled=${this.typed === ''} @click=${() => (this.typed = '')}>${t('keyboard.clear')}</button>
            </div>
            <button class="cancel" @click=${this.modal.requestClose}>${closeIcon()}${t('staff.cancel')}</button>
          </div>
        </div>
      </dialog>
    `;
  }

  private renderTextKeys(full: boolean) {
    const cased = CASED_LAYOUTS.includes(this.layout);
    const capital = cased && capitalNext(this.typed, this.shiftToggled);
    const letterRows = LETTER_LAYOUTS[this.layout].map((row) => keysOf(capital ? row.toLocaleUpperCase() : row));
    return html`
      ${this.renderRow(keysOf(DIGIT_ROW), full)}
      <!-- Letters are marked with a language of their script, so a screen reader names them in a voice that knows them. -->
      <div class="rows" lang=${this.layout === 'arabic' ? 'ar' : 'en'}>${letterRows.map((row) => this.renderRow(row, full))}</div>
      ${this.renderRow(keysOf(MARK_ROW), full)}
      <div class="row controls">
        ${(Object.keys(LETTER_LAYOUTS) as LetterLayout[]).map(
          (layout) =>
            html`<button class="wide layout-${layout}" lang=${layout === 'arabic' ? 'ar' : 'en'} aria-pressed=${this.layout === layout ? 'true' : 'false'} @click=${() => (this.layout = layout)}>
              ${LAYOUT_LABELS[layout]}
            </button>`,
        )}
        ${cased
          ? html`<button class="wide shift" aria-label=${t('keyboard.capitals')} aria-pressed=${capital ? 'true' : 'false'} @click=${() => (this.shiftToggled = !this.shiftToggled)}>${arrowUpIcon()}</button>`
          : nothing}
        <button class="space" ?disabled=${full} @click=${() => this.type(' ')}>${t('keyboard.space')}</button>
        <button class="wide delete" aria-label=${t('staff.delete')} ?disabled=${this.typed === ''} @click=${this.deleteLast}>${backspaceIcon()}</button>
      </div>
    `;
  }

  private renderPhoneKeys(full: boolean) {
    return html`
      ${PHONE_ROWS.map((row) => this.renderRow(keysOf(row), full))}
      <div class="row controls">
        <button class="space" ?disabled=${full} @click=${() => this.type(' ')}>${t('keyboard.space')}</button>
        <button class="wide delete" aria-label=${t('staff.delete')} ?disabled=${this.typed === ''} @click=${this.deleteLast}>${backspaceIcon()}</button>
      </div>
    `;
  }

  private renderRow(keys: string[], full: boolean) {
    return html`<div class="row">${keys.map((key) => html`<button class="key" ?disabled=${full} @click=${() => this.type(key)}>${key}</button>`)}</div>`;
  }

  private type(character: string): void {
    this.typed = typeCharacter(this.typed, character, this.maxLength);
    // Shift lasts one letter, as on a phone.
    if (character !== ' ') this.shiftToggled = false;
  }

  private readonly deleteLast = (): void => {
    this.typed = deleteCharacter(this.typed);
  };

  private readonly save = (): void => {
    this.dispatchEvent(new CustomEvent<TextEnteredDetail>('kx-text-entered', { detail: { value: tidyTyped(this.typed) }, bubbles: true, composed: true }));
  };

  /** A keyboard, if someone plugs one in: any character the layouts could type, Backspace and Enter. */
  private handleKey(event: KeyboardEvent): void {
    if (event.key === 'Backspace') this.deleteLast();
    else if (event.key === 'Enter') this.save();
    else if (event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey && (this.kind === 'text' || /[0-9+\-()# ]/.test(event.key))) this.type(event.key);
    else return;
    event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-text-keyboard': KxTextKeyboard;
  }
  interface HTMLElementEventMap {
    'kx-text-entered': CustomEvent<TextEnteredDetail>;
  }
}
