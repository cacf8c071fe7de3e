import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { screenTextStyles } from '../../styles/screen-styles';
import { KxScreenBody } from '../screen-body/screen-body';
import { t } from '../../i18n/i18n';

/**
 * Body of a `callout` screen: one paragraph set apart in a box. The `caution` tone labels
 * something that is not yet an available treatment, so patients do not mistake it for one.
 */
@customElement('kx-screen-callout')
export class KxScreenCallout extends KxScreenBody {
  static override styles = [
    screenTextStyles,
    css`
      .callout {
        border-inline-start: 0.6rem solid var(--kx-color-primary);
        background: var(--kx-color-primary-soft);
        border-radius: var(--kx-radius);
        padding-block: 1.25rem;
        padding-inline: 1.5rem;
        max-width: 60rem;
      }
      .callout.caution {
        border-inline-start-color: var(--kx-color-caution);
        background: var(--kx-color-caution-soft);
      }
      .label {
        display: block;
        font-weight: 700;
        margin-block-end: 0.5rem;
      }
      p {
        margin: 0;
      }
    `,
  ];

  override render() {
    const screen = this.screen;
    if (screen?.kind !== 'callout') return nothing;
    return html`
      <div class="callout ${screen.tone}" role="note">
        <span class="label" data-speech-key=${`ui:callout.${screen.tone}`}>${t(screen.tone === 'caution' ? 'callout.caution' : 'callout.info')}</span>
        <p data-speech-key=${this.speechKey('body')}>${this.rich('body')}</p>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-screen-callout': KxScreenCallout;
  }
}
