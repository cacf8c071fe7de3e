import type { ReactiveController, ReactiveElement } from 'lit';
import { closeEvent } from '../events';

/**
 * Keeps a native <dialog> in step with its host's "open" state and reports every way a patient
 * can close it — the close button, Escape, or a tap on the dimmed backdrop — as one `kx-close`
 * event, so the owner of the state stays the single source of truth.
 * The dialog's content must sit in a panel that fills it, so only backdrop taps hit the dialog.
 */
export class ModalDialogController implements ReactiveController {
  constructor(
    private readonly host: ReactiveElement,
    private readonly isOpen: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.isOpen() && !dialog.open) dialog.showModal();
    if (!this.isOpen() && dialog.open) dialog.close();
  }

  /** For the close button. */
  readonly requestClose = (): void => {
    this.host.dispatchEvent(closeEvent());
  };

  /** For the dialog's `close` event (Escape closes the native dialog by itself). */
  readonly handleDialogClose = (): void => {
    if (this.isOpen()) this.requestClose();
  };

  /** For the dialog's `click` event: only a tap outside the panel lands on the dialog itself. */
  readonly handleDialogClick = (event: MouseEvent): void => {
    if (event.target === this.dialog) this.requestClose();
  };

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.host.renderRoot.querySelector('dialog');
  }
}
