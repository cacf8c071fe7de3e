import { html, LitElement, nothing, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import type { CompiledScreen } from '../../content/content-store';
import { I18nController } from '../../controllers/i18n-controller';
import { hasTopicText, topicText } from '../../i18n/i18n';
import { screenTextStyles } from '../../styles/screen-styles';
import { richText } from '../../text/rich-text';

/**
 * What every screen-kind component (`kx-screen-intro`, `-list`, `-cards`, `-callout`) shares:
 * the topic and screen it shows, re-rendering on language change, and reading its own text
 * keys with glossary links made tappable.
 * Events: `kx-glossary-open` (from a tapped medical word).
 */
export abstract class KxScreenBody extends LitElement {
  static override styles: CSSResultGroup = screenTextStyles;

  /** The topic the screen belongs to (its text namespace). */
  @property() accessor topicId = '';
  /** The screen's structure from topic.json. */
  @property({ attribute: false }) accessor screen: CompiledScreen | null = null;

  private readonly i18n = new I18nController(this);

  /** The screen's text at `screens.<id>.<suffix>`, with glossary links as buttons. */
  protected rich(suffix: string) {
    return richText(this.topicId, topicText(this.topicId, `screens.${this.screen?.id}.${suffix}`));
  }

  /** The key read-aloud's timings name this text by (renderer/speech/sentence-highlight.ts). */
  protected speechKey(suffix: string): string {
    return `screens.${this.screen?.id}.${suffix}`;
  }

  /** The optional lead sentence of list and cards screens. */
  protected renderLead() {
    return hasTopicText(this.topicId, `screens.${this.screen?.id}.lead`) ? html`<p data-speech-key=${this.speechKey('lead')}>${this.rich('lead')}</p>` : nothing;
  }
}
