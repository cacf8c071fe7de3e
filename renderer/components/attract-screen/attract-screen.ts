import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { LanguageEntry } from '../../content/content-store';
import { t } from '../../i18n/i18n';
import { applyLanguageFonts } from '../../text/language-fonts';
import { touchIcon } from '../icon/icons';

/** How long each language's invitation stays before the next one. */
const LANGUAGE_INTERVAL_MS = 4000;
/** After a touch ends, how long the screen keeps catching taps so none reaches the page below. */
const WAKE_SHIELD_MS = 400;

/**
 * The screen a waiting patient sees after the kiosk reset: an invitation to touch, shown in each
 * enabled language in turn. It covers the whole kiosk, so the first touch only wakes it and never
 * presses whatever lies beneath.
 * Events: `kx-wake`.
 */
@customElement('kx-attract-screen')
export class KxAttractScreen extends LitElement {
  static override styles = css`
    :host {
      position: fixed;
      inset: 0;
      z-index: 10;
      display: grid;
      place-items: center;
      background: var(--kx-color-primary);
      color: var(--kx-color-on-primary);
      cursor: pointer;
      touch-action: none;
    }
    :host([hidden]) {
      display: none;
    }
    /* The invitation is for whoever walks up next, so it keeps the standard size even when staff
       chose a larger default text size, and it shrinks with a small screen's short side. */
    .invitation {
      display: grid;
      justify-items: center;
      gap: min(2rem, calc(2 * var(--kx-standard-rem)), 4vmin);
      text-align: center;
      padding: min(4rem, calc(4 * var(--kx-standard-rem)), 6vmin);
      overflow-wrap: break-word;
    }
    svg {
      width: min(8rem, calc(8 * var(--kx-standard-rem)), 16vmin);
      height: min(8rem, calc(8 * var(--kx-standard-rem)), 16vmin);
    }
    .invite {
      font-size: min(3.4rem, calc(3.4 * var(--kx-standard-rem)), 8vmin);
      line-height: 1.2;
      font-weight: 700;
      margin: 0;
    }
    .subtitle {
      font-size: min(1.6rem, calc(1.6 * var(--kx-standard-rem)), 4.5vmin);
      margin: 0;
    }
  `;

  /** The languages to invite in, in the staff's order. */
  @property({ attribute: false }) accessor languages: LanguageEntry[] = [];
  /** Whether the attract screen is showing. */
  @property({ type: Boolean, reflect: true }) accessor active = false;

  @state() private accessor index = 0;
  private cycle: ReturnType<typeof setInterval> | null = null;
  private waking = false;

  constructor() {
    super();
    this.setAttribute('role', 'button');
    this.tabIndex = 0;
    // A tap ends with click; a drag or long press may not, so pointerup wakes too (shortly after,
    // while this screen still catches the tap's click).
    this.addEventListener('click', (event) => this.wake(event));
    this.addEventListener('pointerup', () => setTimeout(() => this.wake(), WAKE_SHIELD_MS));
    this.addEventListener('keydown', (event) => this.wake(event));
    this.addEventListener('contextmenu', (event) => event.preventDefault());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopCycle();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('active')) {
      this.hidden = !this.active;
      this.waking = false;
      this.index = 0;
      if (this.active) this.startCycle();
      else this.stopCycle();
    }
  }

  override render() {
    if (!this.active) return nothing;
    const language = this.languages.length > 0 ? this.languages[this.index % this.languages.length] : undefined;
    const lng = language?.code;
    const invite = t('attract.invite', { lng });
    return html`
      <div class="invitation" lang=${lng ?? nothing} dir=${language?.dir ?? nothing} data-font=${language?.font ?? ''}>
        ${touchIcon()}
        <p class="invite">${invite}</p>
        <p class="subtitle">${t('attract.subtitle', { lng })}</p>
      </div>
    `;
  }

  protected override updated(): void {
    applyLanguageFonts(this.renderRoot); // each invitation in its own script's font
    // The host is the button; its name is the invitation now showing.
    const invite = this.renderRoot.querySelector('.invite')?.textContent;
    if (invite) this.setAttribute('aria-label', invite);
  }

  private wake(event?: Event): void {
    event?.preventDefault();
    event?.stopPropagation();
    if (!this.active || this.waking) return;
    this.waking = true;
    this.dispatchEvent(new Event('kx-wake', { bubbles: true, composed: true }));
  }

  private startCycle(): void {
    this.stopCycle();
    this.cycle = setInterval(() => (this.index += 1), LANGUAGE_INTERVAL_MS);
  }

  private stopCycle(): void {
    if (this.cycle !== null) clearInterval(this.cycle);
    this.cycle = null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-attract-screen': KxAttractScreen;
  }
}
