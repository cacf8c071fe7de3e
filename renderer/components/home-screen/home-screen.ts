import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { pageCount, type CompiledTopic } from '../../content/content-store';
import { I18nController } from '../../controllers/i18n-controller';
import { PatientResetController } from '../../controllers/patient-reset-controller';
import { navigateEvent } from '../../events';
import { t, topicText } from '../../i18n/i18n';
import { buttonStyles } from '../../styles/shared-styles';
import { arrowForwardIcon } from '../icon/icons';
import { homeScreenStyles } from './home-screen.styles';
import { markHomeTextPainted } from './home-painted-mark';

/**
 * The start screen: a heading and one card per topic (one large card when there is one topic,
 * a scrolling grid when there are many; see home-screen.styles.ts).
 * Events: `kx-navigate` (to the first page of the tapped topic).
 */
@customElement('kx-home-screen')
export class KxHomeScreen extends LitElement {
  static override styles = [buttonStyles, homeScreenStyles];

  /** Topics to offer, already in display order. */
  @property({ attribute: false }) accessor topics: CompiledTopic[] = [];

  private readonly i18n = new I18nController(this);
  /** The next patient sees the first topics: a scrolled grid goes back to the top at the idle reset. */
  private readonly reset = new PatientResetController(this, () => {
    const list = this.shadowRoot?.querySelector('.topics');
    if (list) list.scrollTop = 0;
  });

  /** Coming back home moves the focus to the heading, as a page turn does on topic pages. */
  focusHeading(): void {
    this.shadowRoot?.querySelector('h1')?.focus();
  }

  protected override firstUpdated(): void {
    markHomeTextPainted();
  }


  override render() {
    return html`
      <h1 tabindex="-1">${t('home.title')}</h1>
      <p class="lead">${t('home.lead')}</p>
      ${this.topics.length === 0
        ? html`<p class="empty" role="status">${t('home.empty')}</p>`
        : html`<div class="topics ${this.layout()}"><ul class=${this.layout()}>${this.topics.map((topic) => this.renderTopic(topic))}</ul></div>`}
    `;
  }

  /** One large card, a few large cards, or a scrolling grid of smaller ones. */
  private layout(): 'single' | 'few' | 'many' {
    if (this.topics.length === 1) return 'single';
    return this.topics.length <= 4 ? 'few' : 'many';
  }

  private renderTopic(topic: CompiledTopic) {
    return html`
      <li>
        <button class="topic" data-topic=${topic.id} @click=${() => this.handleOpen(topic.id)}>
          <img src=${topic.iconUrl} alt="" />
          <span class="topic-text">
            <span class="topic-title">${topicText(topic.id, 'title')}</span>
            <span class="topic-summary">${topicText(topic.id, 'summary')}</span>
            <span class="topic-count">${t('home.screenCount', { count: pageCount(topic) })}</span>
            <span class="start" aria-hidden="true">${t('home.start')}${arrowForwardIcon()}</span>
          </span>
        </button>
      </li>
    `;
  }

  private handleOpen(topicId: string): void {
    this.dispatchEvent(navigateEvent({ name: 'topic', topicId, page: 0 }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-home-screen': KxHomeScreen;
  }
}
