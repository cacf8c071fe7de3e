import type { ReactiveController, ReactiveElement } from 'lit';
import { closeEvent } from '../events';
import { runWhenIdleAfterNextFrame } from '../start/idle-after-frame';

/** How long after the frame that shows it a dialog opened with showModalAfterFrame becomes modal at the latest. */
const MODAL_WITHIN_MS = 100;

export interface ModalDialogOptions {
  /**
   * Make the dialog modal only after the frame that shows it, in the idle time that follows. For
   * a dialog whose host keeps it laid out (hidden) while closed and reveals it itself, with a
   * backdrop of its own that a tap closes: showModal() moves the dialog into the top layer,
   * which styles and lays out all of it again and restyles the page it makes inert (~50 ms on a
   * slow kiosk PC), so done in the tap it would hold back the frame the patient is waiting for
   * (bench/README.md).
   */
  showModalAfterFrame?: boolean;
}

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
    private readonly options: ModalDialogOptions = {},
  ) {
    host.addController(this);
  }

  private cancelShowModal: (() => void) | null = null;

  hostUpdated(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.isOpen() && !dialog.open) {
      if (!this.options.showModalAfterFrame) dialog.showModal();
      else this.cancelShowModal ??= runWhenIdleAfterNextFrame(() => {
        this.cancelShowModal = null;
        // Still wanted open (not closed again, not taken off the page) when the frame has gone.
        const stillClosed = this.dialog;
        if (this.isOpen() && stillClosed?.isConnected && !stillClosed.open) stillClosed.showModal();
      }, MODAL_WITHIN_MS);
    }
    if (!this.isOpen()) {
      this.cancelShowModal?.();
      this.cancelShowModal = null;
      if (dialog.open) dialog.close();
    }
  }

  hostDisconnected(): void {
    this.cancelShowModal?.();
    this.cancelShowModal = null;
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
