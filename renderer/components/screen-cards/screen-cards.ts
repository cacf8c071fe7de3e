import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { screenTextStyles } from '../../styles/screen-styles';
import { KxScreenBody } from '../screen-body/screen-body';

/**
 * Body of a `cards` screen: an optional lead sentence and two to six cards side by side, each a
 * short title and one or two sentences (e.g. one card per disease that can cause atrophy).
 */
@customElement('kx-screen-cards')
export class KxScreenCards extends KxScreenBody {
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

  override render() {
    const screen = this.screen;
    if (screen?.kind !== 'cards') return nothing;
    return html`
      ${this.renderLead()}
      <ul class="cards">
        ${screen.cards.map(
          (card) => html`
            <li class="card">
              <h2 data-speech-key=${this.speechKey(`cards.${card}.title`)}>${this.rich(`cards.${card}.title`)}</h2>
              <p data-speech-key=${this.speechKey(`cards.${card}.body`)}>${this.rich(`cards.${card}.body`)}</p>
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
