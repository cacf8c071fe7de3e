import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CompiledScreen } from '../../content/content-store';
import { I18nController } from '../../controllers/i18n-controller';
import { hasTopicText, topicText } from '../../i18n/i18n';
import { screenTextStyles } from '../../styles/screen-styles';
import { richText } from '../../text/rich-text';

/**
 * Body of a `list` screen: an optional lead sentence and up to five bullets.
 * Events: `kx-glossary-open` (from a tapped medical word).
 */
@customElement('kx-screen-list')
export class KxScreenList extends LitElement {
  static override styles = screenTextStyles;

  /** The topic the screen belongs to (its text namespace). */
  @property() accessor topicId = '';
  /** The screen's structure from topic.json. */
  @property({ attribute: false }) accessor screen: CompiledScreen | null = null;

  private readonly i18n = new I18nController(this);

  override render() {
    const screen = this.screen;
    if (screen?.kind !== 'list') return nothing;
    const key = (suffix: string) => `screens.${screen.id}.${suffix}`;
    return html`
      ${hasTopicText(this.topicId, key('lead')) ? html`<p>${richText(this.topicId, topicText(this.topicId, key('lead')))}</p>` : nothing}
      <ul>
        ${screen.items.map((item) => html`<li>${richText(this.topicId, topicText(this.topicId, key(`items.${item}`)))}</li>`)}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-screen-list': KxScreenList;
  }
}
