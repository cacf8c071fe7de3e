import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { I18nController } from '../../controllers/i18n-controller';
import { t } from '../../i18n/i18n';
import { readAloud, type SpokenPage } from '../../speech/read-aloud';
import { buttonStyles } from '../../styles/shared-styles';
import { pauseIcon, playIcon, speakerIcon } from '../icon/icons';
import { reportUsage } from '../../usage/report-usage';
import { runWhenIdleAfterNextFrame } from '../../start/idle-after-frame';

/**
 * The Listen button: reads its page aloud, then becomes Pause, then Resume. When the page's
 * audio cannot be played it says so in one short line, and the page stays as it was.
 * It shows only when `page` is set (the page has audio in this language).
 */
@customElement('kx-listen-button')
export class KxListenButton extends LitElement {
  static override styles = [
    buttonStyles,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: 0.75rem;
        flex-wrap: wrap;
      }
      /* As compact as the page's other small buttons (More below), so both share a line under the text. */
      button {
        min-height: calc(8 / 3 * var(--kx-standard-rem));
        padding-block: 0.25rem;
        padding-inline: 1rem;
        white-space: nowrap;
      }
      .message {
        margin: 0;
        font-size: 0.9em;
        color: var(--kx-color-caution);
      }
    `,
  ];

  /** The page this button reads; null hides it. */
  @property({ attribute: false }) accessor page: SpokenPage | null = null;
  /**
   * Whether the page's sound is fetched ahead of a tap. Off on a topic page on standby behind the
   * home screen: the player keeps one sound ready, and that is home's own.
   */
  @property({ type: Boolean, attribute: false }) accessor prepareSound = true;

  @state() private accessor revision = 0;

  private readonly i18n = new I18nController(this);
  private readonly refresh = (): void => {
    this.revision += 1;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    readAloud.addEventListener('change', this.refresh);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    readAloud.removeEventListener('change', this.refresh);
    this.stopPreparing();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Most patients who listen tap Listen on the page they just opened: its sound is fetched
    // while they look at it, so the tap only starts playing (read-aloud.ts prepare()).
    const page = this.page;
    if (changed.has('page') || changed.has('prepareSound')) {
      this.stopPreparing();
      if (page && this.prepareSound) this.stopPreparing = runWhenIdleAfterNextFrame(() => this.isConnected && this.page === page && readAloud.prepare(page));
    }
  }
  /** Cancels a preparation still waiting (the page changed, or the button left the screen). */
  private stopPreparing: () => void = () => undefined;

  override render() {
    const page = this.page;
    if (!page || !readAloud.settings.enabled) return nothing;
    const mine = readAloud.currentBase === page.base;
    const state = mine ? readAloud.state : 'idle';
    const [label, icon] = state === 'playing' ? [t('speech.pause'), pauseIcon()] : state === 'paused' ? [t('speech.resume'), playIcon()] : [t('speech.listen'), speakerIcon()];
    return html`
      <button class="listen ${state === 'playing' ? 'primary' : ''}" data-state=${state} aria-busy=${state === 'loading' ? 'true' : 'false'} @click=${this.handleClick}>
        ${icon}${label}
      </button>
      ${state === 'error' ? html`<p class="message" role="status">${t('speech.unavailable')}</p>` : nothing}
    `;
  }

  private readonly handleClick = (): void => {
    if (!this.page) return;
    // A fresh start counts as a play; a pause or a resume does not. Counted after the sound is
    // asked to play, which is what the patient waits for.
    const freshStart = readAloud.state === 'idle' || readAloud.state === 'error';
    void readAloud.toggle(this.page);
    if (freshStart) reportUsage({ event: 'read-aloud-played' });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-listen-button': KxListenButton;
  }
}
