import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PIN_LENGTH } from '../../../main/ipc/contract';
import { I18nController } from '../../controllers/i18n-controller';
import { ModalDialogController } from '../../controllers/modal-dialog-controller';
import { t } from '../../i18n/i18n';
import { buttonStyles, dialogStyles } from '../../styles/shared-styles';
import { backspaceIcon, checkIcon, closeIcon } from '../icon/icons';
import { pinPadStyles } from './pin-pad.styles';


/** What the pad is for: entering the PIN, or choosing a new one (typed twice). */
export type PinPadMode = 'unlock' | 'create' | 'change';

export interface PinEnteredDetail {
  pin: string;
}

/**
 * An on-screen number pad for the staff PIN, so staff never need a keyboard (a keyboard works
 * too). Digits show only as dots. In 'create' and 'change' mode the PIN is typed twice and only
 * sent when both match. The owner shows the result through `message` and `lockedSeconds`.
 * Events: `kx-pin-entered` ({ pin }), `kx-close`.
 */
@customElement('kx-pin-pad')
export class KxPinPad extends LitElement {
  static override styles = [buttonStyles, dialogStyles, pinPadStyles];

  @property({ type: Boolean }) accessor open = false;
  @property() accessor mode: PinPadMode = 'unlock';
  /** Feedback from the last attempt (wrong PIN, tries left...), already translated. */
  @property() accessor message = '';
  /** While above zero the pad is locked after too many wrong tries. */
  @property({ type: Number }) accessor lockedSeconds = 0;

  @state() private accessor digits = '';
  /** For a new PIN: the first entry, waiting for the confirmation. */
  @state() private accessor firstEntry: string | null = null;
  @state() private accessor localMessage = '';

  private readonly i18n = new I18nController(this);
  private readonly modal = new ModalDialogController(this, () => this.open);

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this.handleKey(event));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('open') && this.open) || changed.has('mode')) this.clear();
  }

  override render() {
    const locked = this.lockedSeconds > 0;
    const message = locked ? t('staff.locked', { count: this.lockedSeconds }) : this.localMessage || this.message;
    return html`
      <dialog aria-labelledby="pin-title" aria-describedby="pin-prompt" @close=${this.modal.handleDialogClose}>
        <div class="panel">
          <header>
            <h2 id="pin-title">${this.heading()}</h2>
            <button class="close" @click=${this.modal.requestClose}>${closeIcon()}${t('staff.cancel')}</button>
          </header>
          <p id="pin-prompt">${this.prompt()}</p>
          <div class="dots" role="status" aria-label=${t('staff.enteredDigits', { count: this.digits.length })}>
            ${Array.from({ length: PIN_LENGTH.max }, (_, index) => html`<span class="dot ${index < this.digits.length ? 'filled' : ''}"></span>`)}
          </div>
          <p class="message" role="alert">${message || nothing}</p>
          <div class="keys" dir="ltr">
            ${['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((digit) => this.renderDigit(digit, locked))}
            <button class="key" aria-label=${t('staff.delete')} ?disabled=${locked || this.digits === ''} @click=${this.deleteDigit}>${backspaceIcon()}</button>
            ${this.renderDigit('0', locked)}
            <button class="key primary" ?disabled=${locked || this.digits.length < PIN_LENGTH.min} @click=${this.submit}>${checkIcon()}${t('staff.enter')}</button>
          </div>
        </div>
      </dialog>
    `;
  }

  private renderDigit(digit: string, locked: boolean) {
    return html`<button class="key digit" ?disabled=${locked} @click=${() => this.addDigit(digit)}>${digit}</button>`;
  }

  private heading(): string {
    if (this.mode === 'create') return t('staff.createTitle');
    if (this.mode === 'change') return t('staff.changeTitle');
    return t('staff.pinTitle');
  }

  private prompt(): string {
    if (this.mode === 'unlock') return t('staff.pinPrompt');
    return this.firstEntry === null ? t('staff.createPrompt') : t('staff.confirmPrompt');
  }

  private addDigit(digit: string): void {
    if (this.lockedSeconds > 0 || this.digits.length >= PIN_LENGTH.max) return;
    this.localMessage = '';
    this.digits += digit;
  }

  private readonly deleteDigit = (): void => {
    this.digits = this.digits.slice(0, -1);
  };

  private readonly submit = (): void => {
    if (this.lockedSeconds > 0) return;
    const pin = this.digits;
    if (pin.length < PIN_LENGTH.min) {
      this.localMessage = t('staff.invalidFormat');
      return;
    }
    this.digits = '';
    if (this.mode !== 'unlock') {
      if (this.firstEntry === null) {
        this.firstEntry = pin;
        return;
      }
      const matches = this.firstEntry === pin;
      this.firstEntry = null;
      if (!matches) {
        this.localMessage = t('staff.mismatch');
        return;
      }
    }
    this.localMessage = '';
    this.dispatchEvent(new CustomEvent<PinEnteredDetail>('kx-pin-entered', { detail: { pin }, bubbles: true, composed: true }));
  };

  private clear(): void {
    this.digits = '';
    this.firstEntry = null;
    this.localMessage = '';
  }

  /** A keyboard, if staff have one: digits, Backspace and Enter. */
  private handleKey(event: KeyboardEvent): void {
    if (/^[0-9]$/.test(event.key)) this.addDigit(event.key);
    else if (event.key === 'Backspace') this.deleteDigit();
    else if (event.key === 'Enter') this.submit();
    else return;
    event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-pin-pad': KxPinPad;
  }
  interface HTMLElementEventMap {
    'kx-pin-entered': CustomEvent<PinEnteredDetail>;
  }
}
