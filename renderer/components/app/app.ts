import { html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { kiosk } from '../../bridge/kiosk-bridge';
import { findTopic, loadContentIndex, loadLanguageRegistry, pageCount, type ContentIndex } from '../../content/content-store';
import { I18nController } from '../../controllers/i18n-controller';
import type { LanguageSelectDetail, Route } from '../../events';
import { chooseLanguages, type LanguageChoice } from '../../i18n/language-choice';
import { currentLanguage, startI18n, switchLanguage, t, topicText } from '../../i18n/i18n';
import { buttonStyles } from '../../styles/shared-styles';
import { globeIcon, homeIcon } from '../icon/icons';
import { appStyles } from './app.styles';
import '../home-screen/home-screen';
import '../topic-screen/topic-screen';
import '../language-picker/language-picker';

type Phase = 'loading' | 'ready' | 'failed';

/**
 * The app shell: loads settings, languages and the content index, then shows the header (with
 * the language control) and the current screen. It owns the route and the language, so every
 * other component is told what to show and reports taps as events.
 * Listens for: `kx-navigate`, `kx-language-select`, `kx-close`.
 */
@customElement('kx-app')
export class KxApp extends LitElement {
  static override styles = [buttonStyles, appStyles];

  @state() private accessor phase: Phase = 'loading';
  @state() private accessor route: Route = { name: 'home' };
  @state() private accessor pickerOpen = false;

  private content: ContentIndex = { topics: [] };
  private languages: LanguageChoice | null = null;
  private readonly i18n = new I18nController(this);

  constructor() {
    super();
    this.addEventListener('kx-navigate', (event) => this.handleNavigate(event.detail));
    this.addEventListener('kx-language-select', (event) => void this.handleLanguageSelect(event.detail));
    this.addEventListener('kx-close', () => (this.pickerOpen = false));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.phase === 'loading') void this.start();
  }

  private async start(): Promise<void> {
    try {
      const [registry, content, settings] = await Promise.all([loadLanguageRegistry(), loadContentIndex(), kiosk.getSettings()]);
      const languages = chooseLanguages(registry, settings);
      for (const warning of languages.warnings) console.warn(`[kiosk] ${warning}`);
      const offeredCodes = languages.offered.map((language) => language.code);
      await startI18n(registry, languages.defaultLanguage, content.topics.map((topic) => topic.id), offeredCodes);
      this.content = content;
      this.languages = languages;
      this.phase = 'ready';
    } catch (error) {
      console.warn('[kiosk] start-up failed:', error);
      this.phase = 'failed';
    }
  }

  override render() {
    if (this.phase === 'loading') return nothing;
    if (this.phase === 'failed') {
      // i18next may be what failed, so this one message is plain English.
      return html`<p class="message" role="alert">This information could not be loaded. Please ask a member of staff for help.</p>`;
    }
    return html`${this.renderHeader()}<main>${this.renderScreen()}</main>${this.renderPicker()}`;
  }

  private renderHeader() {
    const current = this.languages?.offered.find((language) => language.code === currentLanguage());
    return html`
      <header>
        ${this.route.name === 'topic' ? this.renderTopicTitle(this.route.topicId) : html`<span class="brand">${t('app.name')}</span>`}
        <button class="language-button" aria-haspopup="dialog" @click=${() => (this.pickerOpen = true)}>
          ${globeIcon()}<span>${t('language.button')}</span><span lang=${current?.code ?? ''}>· ${current?.nativeName ?? ''}</span>
        </button>
      </header>
    `;
  }

  /** On topic pages the header's start holds the way home and the topic's name. */
  private renderTopicTitle(topicId: string) {
    return html`
      <span class="topic-title">
        <button class="home" @click=${() => this.handleNavigate({ name: 'home' })}>${homeIcon()}${t('nav.home')}</button>
        <span class="brand">${topicText(topicId, 'title')}</span>
      </span>
    `;
  }

  private renderScreen() {
    const route = this.route;
    if (route.name === 'home') return html`<kx-home-screen .topics=${this.content.topics}></kx-home-screen>`;
    const topic = findTopic(this.content, route.topicId);
    if (!topic) return html`<p class="message" role="alert">${t('error.topicMissing')}</p>`;
    return html`<kx-topic-screen .topic=${topic} .page=${route.page}></kx-topic-screen>`;
  }

  private renderPicker() {
    return html`
      <kx-language-picker
        .languages=${this.languages?.offered ?? []}
        .current=${currentLanguage()}
        .open=${this.pickerOpen}
      ></kx-language-picker>
    `;
  }

  private handleNavigate(route: Route): void {
    if (route.name === 'topic') {
      const topic = findTopic(this.content, route.topicId);
      if (!topic) return;
      const page = Math.min(Math.max(route.page, 0), pageCount(topic) - 1);
      this.route = { ...route, page };
      return;
    }
    this.route = route;
  }

  private async handleLanguageSelect({ language }: LanguageSelectDetail): Promise<void> {
    this.pickerOpen = false;
    if (!this.languages?.offered.some((entry) => entry.code === language)) {
      console.warn(`[kiosk] language "${language}" is not offered; ignored`);
      return;
    }
    await switchLanguage(language);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-app': KxApp;
  }
}
