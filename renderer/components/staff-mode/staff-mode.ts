import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AppInfo, KioskSettingsView, UnlockResult } from '../../../main/ipc/contract';
import { kiosk } from '../../bridge/kiosk-bridge';
import type { CompiledTopic, LanguageEntry } from '../../content/content-store';
import { t } from '../../i18n/i18n';
import type { PinEnteredDetail, PinPadMode } from '../pin-pad/pin-pad';
import type { KxStaffPanel } from '../staff-panel/staff-panel';
import { loadStaffScreens } from '../lazy-screens';

/** How long staff hold a top corner to open the PIN pad (documented in docs and README). */
export const STAFF_HOLD_MS = 3000;

type Step = { name: 'closed' } | { name: 'pin'; mode: PinPadMode } | { name: 'panel' };

/**
 * Staff mode: the hidden way in (press and hold a top corner for 3 s, or Ctrl+Alt+S), the PIN
 * pad, and the staff panel. The PIN is checked only in the main process; this component never
 * sees the stored hash, just "accepted", "rejected" (tries left) or "locked" (seconds left).
 * Events: `kx-settings-changed` (from the panel).
 */
@customElement('kx-staff-mode')
export class KxStaffMode extends LitElement {
  static override styles = css`
    .corner {
      position: fixed;
      inset-block-start: 0;
      /* A finger's hold, in the header's side margins (global.css --kx-staff-corner). */
      width: var(--kx-staff-corner);
      height: var(--kx-staff-corner);
      z-index: 20;
      touch-action: none;
      -webkit-touch-callout: none;
    }
    .corner.start {
      inset-inline-start: 0;
    }
    .corner.end {
      inset-inline-end: 0;
    }
  `;

  @property({ attribute: false }) accessor languages: LanguageEntry[] = [];
  @property({ attribute: false }) accessor settings: KioskSettingsView | null = null;
  @property({ attribute: false }) accessor topics: CompiledTopic[] = [];

  @state() private accessor step: Step = { name: 'closed' };
  @state() private accessor pinMessage = '';
  @state() private accessor lockedSeconds = 0;
  @state() private accessor panelNotice = '';
  @state() private accessor appInfo: AppInfo | null = null;

  private holdTimer: ReturnType<typeof setTimeout> | null = null;
  private lockTimer: ReturnType<typeof setInterval> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.handleShortcut, { capture: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.handleShortcut, { capture: true });
    this.cancelHold();
    this.stopLockCountdown();
  }

  /** Whether the PIN pad or the panel is showing. */
  get isOpen(): boolean {
    return this.step.name !== 'closed';
  }

  /** Opens staff mode: the panel if a session is still open, else the PIN pad. */
  async openStaffMode(): Promise<void> {
    if (this.step.name !== 'closed') return;
    // The PIN pad and panel are fetched and run only now, the first time staff hold the corner (lazy-screens.ts).
    let status: Awaited<ReturnType<typeof kiosk.getStaffStatus>>;
    try {
      [status] = await Promise.all([kiosk.getStaffStatus(), loadStaffScreens()]);
    } catch (error) {
      console.error('[kiosk] staff mode could not open:', error);
      return;
    }
    this.pinMessage = '';
    this.panelNotice = '';
    if (status.sessionOpen) return this.openPanel();
    this.step = { name: 'pin', mode: status.pinSet ? 'unlock' : 'create' };
    if (status.locked) this.startLockCountdown(status.retryAfterSeconds);
  }

  /** Closes everything and ends the staff session (idle reset, or staff pressed Done). */
  async closeStaffMode(): Promise<void> {
    await this.panelSaved();
    this.step = { name: 'closed' };
    this.stopLockCountdown();
    // Always, even when nothing showed: a session left open before a reload must not outlive it.
    await kiosk.endStaffSession();
  }

  override render() {
    return html`
      <div class="corner start" aria-hidden="true" @pointerdown=${this.startHold} @pointerup=${this.cancelHold} @pointerleave=${this.cancelHold} @pointercancel=${this.cancelHold}></div>
      <div class="corner end" aria-hidden="true" @pointerdown=${this.startHold} @pointerup=${this.cancelHold} @pointerleave=${this.cancelHold} @pointercancel=${this.cancelHold}></div>
      ${this.renderStep()}
    `;
  }

  /**
   * The PIN pad and the panel exist only while they show: patients never see them, so the kiosk
   * does not build the whole settings form at every start and after every idle reset.
   */
  private renderStep() {
    const step = this.step;
    if (step.name === 'pin') {
      return html`<kx-pin-pad
        .open=${true}
        .mode=${step.mode}
        .message=${this.pinMessage}
        .lockedSeconds=${this.lockedSeconds}
        @kx-pin-entered=${this.handlePin}
        @kx-close=${this.handlePinClose}
      ></kx-pin-pad>`;
    }
    if (step.name === 'panel') {
      return html`<kx-staff-panel
        .open=${true}
        .languages=${this.languages}
        .settings=${this.settings}
        .topics=${this.topics}
        .appInfo=${this.appInfo}
        .notice=${this.panelNotice}
        @kx-change-pin=${this.openPinChange}
        @kx-close=${() => void this.closeStaffMode()}
      ></kx-staff-panel>`;
    }
    return nothing;
  }

  private readonly openPinChange = async (): Promise<void> => {
    await this.panelSaved();
    this.step = { name: 'pin', mode: 'change' };
  };

  /** Waits for the changes staff tapped just before leaving the panel (staff-panel.ts `whenSaved`). */
  private async panelSaved(): Promise<void> {
    await this.renderRoot.querySelector<KxStaffPanel>('kx-staff-panel')?.whenSaved();
  }

  private readonly startHold = (event: PointerEvent): void => {
    event.preventDefault();
    this.cancelHold();
    this.holdTimer = setTimeout(() => void this.openStaffMode(), STAFF_HOLD_MS);
  };

  private readonly cancelHold = (): void => {
    if (this.holdTimer !== null) clearTimeout(this.holdTimer);
    this.holdTimer = null;
  };

  private readonly handleShortcut = (event: KeyboardEvent): void => {
    if (event.ctrlKey && event.altKey && event.code === 'KeyS') {
      event.preventDefault();
      void this.openStaffMode();
    }
  };

  private readonly handlePin = async (event: CustomEvent<PinEnteredDetail>): Promise<void> => {
    if (this.step.name !== 'pin') return;
    const { pin } = event.detail;
    if (this.step.mode === 'unlock') {
      this.showUnlockResult(await kiosk.unlockStaff(pin));
      return;
    }
    const wasChange = this.step.mode === 'change';
    const result = await kiosk.setStaffPin(pin);
    if (result.ok) {
      await this.openPanel();
      this.panelNotice = wasChange ? t('staff.pinChanged') : '';
    } else {
      this.pinMessage = result.reason === 'invalid-format' ? t('staff.invalidFormat') : t('staff.pinPrompt');
      if (result.reason === 'not-allowed') this.step = { name: 'pin', mode: 'unlock' };
    }
  };

  private showUnlockResult(result: UnlockResult): void {
    switch (result.outcome) {
      case 'accepted':
        void this.openPanel();
        return;
      case 'no-pin-set':
        this.step = { name: 'pin', mode: 'create' };
        return;
      case 'locked':
        this.pinMessage = '';
        this.startLockCountdown(result.retryAfterSeconds);
        return;
      default:
        this.pinMessage = t('staff.wrongPin', { count: result.triesLeft });
    }
  }

  private readonly handlePinClose = (): void => {
    // Cancelling a PIN change goes back to the panel; otherwise staff mode closes.
    if (this.step.name === 'pin' && this.step.mode === 'change') this.step = { name: 'panel' };
    else void this.closeStaffMode();
  };

  private async openPanel(): Promise<void> {
    this.stopLockCountdown();
    this.appInfo = await kiosk.getAppInfo();
    this.step = { name: 'panel' };
  }

  private startLockCountdown(seconds: number): void {
    this.stopLockCountdown();
    this.lockedSeconds = Math.max(1, Math.ceil(seconds));
    this.lockTimer = setInterval(() => {
      this.lockedSeconds = Math.max(0, this.lockedSeconds - 1);
      if (this.lockedSeconds === 0) this.stopLockCountdown();
    }, 1000);
  }

  private stopLockCountdown(): void {
    if (this.lockTimer !== null) clearInterval(this.lockTimer);
    this.lockTimer = null;
    this.lockedSeconds = 0;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-staff-mode': KxStaffMode;
  }
}
