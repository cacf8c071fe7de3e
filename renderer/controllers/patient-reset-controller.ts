import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Runs `onReset` at each idle reset for the next patient (the app shell's `kx-reset` on window),
 * so a component can drop what the last patient left: an open dialog, a scroll position.
 * Listens only while the host is connected.
 */
export class PatientResetController implements ReactiveController {
  private readonly handleReset = (): void => this.onReset();

  constructor(
    host: ReactiveElement,
    private readonly onReset: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('kx-reset', this.handleReset);
  }

  hostDisconnected(): void {
    window.removeEventListener('kx-reset', this.handleReset);
  }
}
