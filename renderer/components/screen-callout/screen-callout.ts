import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CompiledScreen } from '../../content/content-store';
import { I18nController } from '../../controllers/i18n-controller';
import { t, topicText } from '../../i18n/i18n';
import { screenTextStyles } from '../../styles/screen-styles';
import { richText } from '../../text/rich-text';

/**
 * Body of a `callout` screen: one paragraph set apart in a box. The `caution` tone labels
 * something that is not yet an available treatment, so patients do not mistake it for one.
 * Events: `kx-glossary-open` (from a tapped medical word).
 */
@customElement('kx-screen-callout')
export class KxScreenCallout extends LitElement {
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

  /** The topic the screen belongs to (its text namespace). */
  @property() accessor topicId = '';
  /** The screen's structure from topic.json. */
  @property({ attribute: false }) accessor screen: CompiledScreen | null = null;

  private readonly i18n = new I18nController(this);

  override render() {
    const screen = this.screen;
    if (screen?.kind !== 'callout') return nothing;
    return html`
      <div class="callout ${screen.tone}" role="note">
        <span class="label">${t(screen.tone === 'caution' ? 'callout.caution' : 'callout.info')}</span>
        <p>${richText(this.topicId, topicText(this.topicId, `screens.${screen.id}.body`))}</p>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-screen-callout': KxScreenCallout;
  }
}
