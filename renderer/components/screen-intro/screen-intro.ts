import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CompiledScreen } from '../../content/content-store';
import { I18nController } from '../../controllers/i18n-controller';
import { topicText } from '../../i18n/i18n';
import { screenTextStyles } from '../../styles/screen-styles';
import { richText } from '../../text/rich-text';

/**
 * Body of an `intro` screen: one short paragraph.
 * Events: `kx-glossary-open` (from a tapped medical word).
 */
@customElement('kx-screen-intro')
export class KxScreenIntro extends LitElement {
  static override styles = screenTextStyles;

  /** The topic the screen belongs to (its text namespace). */
  @property() accessor topicId = '';
  /** The screen's structure from topic.json. */
  @property({ attribute: false }) accessor screen: CompiledScreen | null = null;

  private readonly i18n = new I18nController(this);

  override render() {
    if (!this.screen) return html``;
    return html`<p>${richText(this.topicId, topicText(this.topicId, `screens.${this.screen.id}.body`))}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-screen-intro': KxScreenIntro;
  }
}
