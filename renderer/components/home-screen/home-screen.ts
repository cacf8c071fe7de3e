import { html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { pageCount, type CompiledTopic } from '../../content/content-store';
import { I18nController } from '../../controllers/i18n-controller';
import { PatientResetController } from '../../controllers/patient-reset-controller';
import { navigateEvent } from '../../events';
import { currentLanguage, t, topicText } from '../../i18n/i18n';
import { homeAudio, readAloud, spokenPageFor, type SpeechManifest, type SpokenPage } from '../../speech/read-aloud';
import { readingHighlightStyles } from '../../styles/screen-styles';
import { runAfterFirstPaint } from '../../start/after-paint';
import '../listen-button/listen-button';
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
  static override styles = [buttonStyles, readingHighlightStyles, homeScreenStyles];

  /** Topics to offer, already in display order. */
  @property({ attribute: false }) accessor topics: CompiledTopic[] = [];
  /** Which languages have the home screen's read-aloud audio, once loaded (after the first paint). */
  @state() private accessor speech: SpeechManifest | null = null;
  private spoken: SpokenPage | null = null;

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
    // The Listen button is not part of the first paint: what it needs loads once the screen shows.
    runAfterFirstPaint(() => void readAloud.speechManifest().then((manifest) => (this.speech = manifest)));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    readAloud.stop();
  }

  /** The home screen's heading and lead, read aloud: what the kiosk is and how to start. */
  private spokenPage(): SpokenPage | null {
    const language = currentLanguage();
    if (!this.speech?.home[language]) return null;
    this.spoken = spokenPageFor(this.spoken, homeAudio(language), () => this.shadowRoot);
    return this.spoken;
  }


  override render() {
    return html`
      <h1 tabindex="-1" data-speech-key="ui:home.title">${t('home.title')}</h1>
      <div class="lead-row">
        <p class="lead" data-speech-key="ui:home.lead">${t('home.lead')}</p>
        <kx-listen-button .page=${this.spokenPage()}></kx-listen-button>
      </div>
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
