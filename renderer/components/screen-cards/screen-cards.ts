import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CompiledScreen } from '../../content/content-store';
import { I18nController } from '../../controllers/i18n-controller';
import { hasTopicText, topicText } from '../../i18n/i18n';
import { screenTextStyles } from '../../styles/screen-styles';
import { richText } from '../../text/rich-text';

/**
 * Body of a `cards` screen: an optional lead sentence and two to six cards side by side, each a
 * short title and one or two sentences (e.g. one card per disease that can cause atrophy).
 * Events: `kx-glossary-open` (from a tapped medical word).
 */
@customElement('kx-screen-cards')
export class KxScreenCards extends LitElement {
  static override styles = [
    screenTextStyles,
    css`
      .cards {
        list-style: none;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr));
        gap: 1.25rem;
        max-width: none;
      }
      .card {
        background: var(--kx-color-surface);
        border: 2px solid var(--kx-color-border);
        border-radius: var(--kx-radius);
        padding-block: 1rem;
        padding-inline: 1.25rem;
      }
      h2 {
        font-size: 1.3rem;
        margin-block: 0 0.4rem;
        color: var(--kx-color-primary);
      }
      .card p {
        margin: 0;
        font-size: 1.1rem;
      }
    `,
  ];

  /** The topic the screen belongs to (its text namespace). */
  @property() accessor topicId = '';
  /** The screen's structure from topic.json. */
  @property({ attribute: false }) accessor screen: CompiledScreen | null = null;

  private readonly i18n = new I18nController(this);

  override render() {
    const screen = this.screen;
    if (screen?.kind !== 'cards') return nothing;
    const key = (suffix: string) => `screens.${screen.id}.${suffix}`;
    return html`
      ${hasTopicText(this.topicId, key('lead')) ? html`<p>${richText(this.topicId, topicText(this.topicId, key('lead')))}</p>` : nothing}
      <ul class="cards">
        ${screen.cards.map(
          (card) => html`
            <li class="card">
              <h2>${richText(this.topicId, topicText(this.topicId, key(`cards.${card}.title`)))}</h2>
              <p>${richText(this.topicId, topicText(this.topicId, key(`cards.${card}.body`)))}</p>
            </li>
          `,
        )}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-screen-cards': KxScreenCards;
  }
}
