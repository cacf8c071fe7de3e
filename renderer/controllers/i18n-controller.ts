import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { currentLanguage, onLanguageChanged } from '../i18n/i18n';

/**
 * Re-renders its host whenever the language changes. Every component that shows text adds one,
 * so a language switch updates the whole screen in place without a reload.
 */
export class I18nController implements ReactiveController {
  private stopListening: (() => void) | null = null;
  /** The language of the host's last render ('' before the first). */
  private renderedLanguage = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // A host put back on the page missed any switch made while it was off it.
    if (this.renderedLanguage !== '' && this.renderedLanguage !== currentLanguage()) this.host.requestUpdate();
    // i18next calls every listener it had when the switch began, so a host taken off the page by
    // an earlier listener in the same switch (a page made ahead, dropped) is still called: it
    // must not render again for a page no one will see.
    this.stopListening = onLanguageChanged(() => {
      if (this.stopListening !== null) this.host.requestUpdate();
    });
  }

  hostUpdate(): void {
    this.renderedLanguage = currentLanguage();
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.stopListening = null;
  }
}
