import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { currentLanguage, onLanguageChanged } from '../i18n/i18n';
import { runWhenIdleAfterNextFrame } from '../start/idle-after-frame';

/** A hidden host's re-render in a new language waits for idle time, or this long at the latest. */
const DEFERRED_WITHIN_MS = 2000;

export interface I18nOptions {
  /**
   * While this holds (the host is laid out but hidden, such as a sheet made ahead), a language
   * switch re-renders the host in the idle time after the switch's frame instead of in it: no one
   * sees it, and the switch's frame would lay it out too. Any other update of the host renders
   * it in the new language as usual.
   */
  deferWhile?: () => boolean;
}

/**
 * Re-renders its host whenever the language changes. Every component that shows text adds one,
 * so a language switch updates the whole screen in place without a reload.
 */
export class I18nController implements ReactiveController {
  private stopListening: (() => void) | null = null;
  private cancelDeferred: (() => void) | null = null;
  /** The language of the host's last render ('' before the first). */
  private renderedLanguage = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: I18nOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A host put back on the page missed any switch made while it was off it.
    if (this.renderedLanguage !== '' && this.renderedLanguage !== currentLanguage()) this.host.requestUpdate();
    // i18next calls every listener it had when the switch began, so a host taken off the page by
    // an earlier listener in the same switch (a page made ahead, dropped) is still called: it
    // must not render again for a page no one will see.
    this.stopListening = onLanguageChanged(() => {
      if (this.stopListening === null) return;
      if (this.options.deferWhile?.()) this.renderWhenIdle();
      else this.host.requestUpdate();
    });
  }

  hostUpdate(): void {
    this.renderedLanguage = currentLanguage();
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.stopListening = null;
    this.cancelDeferred?.();
    this.cancelDeferred = null;
  }

  private renderWhenIdle(): void {
    this.cancelDeferred?.();
    this.cancelDeferred = runWhenIdleAfterNextFrame(() => {
      this.cancelDeferred = null;
      // Not if it rendered in the new language meanwhile (it was opened, or its content changed).
      if (this.renderedLanguage !== currentLanguage()) this.host.requestUpdate();
    }, DEFERRED_WITHIN_MS);
  }
}
