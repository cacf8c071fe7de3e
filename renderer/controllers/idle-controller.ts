import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { idlePhase, type IdlePhase, type IdleTimes } from '../idle/idle-phase';

/** Everything that counts as "someone is here". */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export interface IdleControllerOptions {
  /** Current idle and countdown times (they follow the staff settings). */
  times: () => IdleTimes;
  /** False while there is nothing to time (the attract screen is already showing). */
  enabled: () => boolean;
  /** True when there is nothing to lose (home screen, defaults): reset without asking first. */
  skipPrompt: () => boolean;
  /** Called once when nobody answered the prompt: reset the kiosk. */
  onExpired: () => void;
}

/**
 * Watches for touches, pointer moves and keys anywhere on the page and, when there have been
 * none for the idle time, reports the "Are you still there?" countdown and then expiry to its
 * host. Checks once a second, so it follows a changed setting and a faked test clock alike.
 */
export class IdleController implements ReactiveController {
  /** What the host should show now. */
  phase: IdlePhase = { phase: 'active' };
  private lastActivityAt = Date.now();
  private ticker: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: IdleControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, this.handleActivity, { capture: true, passive: true });
    this.ticker = setInterval(this.check, 1000);
  }

  hostDisconnected(): void {
    for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, this.handleActivity, { capture: true });
    if (this.ticker !== null) clearInterval(this.ticker);
    this.ticker = null;
  }

  /** Starts the idle time again (any activity, "I'm still here", or after a reset). */
  restart(): void {
    this.lastActivityAt = Date.now();
    this.setPhase({ phase: 'active' });
  }

  /**
   * Activity only moves the start of the idle time. An open prompt stays until the next check
   * (at most a second): closing it on pointerdown would let the same tap's click land on whatever
   * lies beneath "I'm still here".
   */
  private readonly handleActivity = (): void => {
    this.lastActivityAt = Date.now();
  };

  private readonly check = (): void => {
    if (!this.options.enabled()) {
      this.lastActivityAt = Date.now();
      return;
    }
    const next = idlePhase(this.lastActivityAt, Date.now(), this.options.times());
    if (next.phase === 'expired' || (next.phase === 'prompt' && this.phase.phase === 'active' && this.options.skipPrompt())) {
      this.restart();
      this.options.onExpired();
      return;
    }
    this.setPhase(next);
  };

  private setPhase(next: IdlePhase): void {
    const changed = next.phase !== this.phase.phase || (next.phase === 'prompt' && this.phase.phase === 'prompt' && next.secondsLeft !== this.phase.secondsLeft);
    this.phase = next;
    if (changed) this.host.requestUpdate();
  }
}
