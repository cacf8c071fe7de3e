import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CompiledTopic, ScreenStructure } from '../../content/content-store';
import { I18nController } from '../../controllers/i18n-controller';
import { navigateEvent } from '../../events';
import { hasTopicText, t, topicText } from '../../i18n/i18n';
import { buttonStyles } from '../../styles/shared-styles';
import { arrowBackIcon, arrowForwardIcon, homeIcon } from '../icon/icons';
import { topicScreenStyles } from './topic-screen.styles';

/**
 * One page of a topic at a time, with Back / Next, a "Page 2 of 5" position and Home.
 * Events: `kx-navigate` (to another page of the topic, or home).
 */
@customElement('kx-topic-screen')
export class KxTopicScreen extends LitElement {
  static override styles = [buttonStyles, topicScreenStyles];

  /** The topic being read. */
  @property({ attribute: false }) accessor topic: CompiledTopic | null = null;
  /** 0-based index of the page shown. */
  @property({ type: Number }) accessor page = 0;

  private readonly i18n = new I18nController(this);

  override render() {
    const topic = this.topic;
    const screen = topic?.screens[this.page];
    if (!topic || !screen) return nothing;
    return html`
      <div class="topic-bar">
        <button class="home" @click=${this.handleHome}>${homeIcon()}${t('nav.home')}</button>
        <span class="topic-name">${topicText(topic.id, 'title')}</span>
      </div>
      <article aria-labelledby="screen-title">
        <h1 id="screen-title" tabindex="-1">${this.text(screen, 'title')}</h1>
        ${this.renderScreenBody(screen)}
      </article>
      <p class="care-note">${t('app.careTeamNote')}</p>
      ${this.renderNavigation(topic)}
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A new page is announced by moving focus to its heading (screen readers read it out).
    if (changed.has('page') || changed.has('topic')) this.shadowRoot?.querySelector('h1')?.focus();
  }

  private renderScreenBody(screen: ScreenStructure) {
    switch (screen.kind) {
      case 'intro':
        return html`<p class="body">${this.text(screen, 'body')}</p>`;
      case 'list':
        return html`
          ${this.hasText(screen, 'lead') ? html`<p class="lead">${this.text(screen, 'lead')}</p>` : nothing}
          <ul>${screen.items.map((item) => html`<li>${this.text(screen, `items.${item}`)}</li>`)}</ul>
        `;
    }
  }

  private renderNavigation(topic: CompiledTopic) {
    const total = topic.screens.length;
    const isFirst = this.page === 0;
    const isLast = this.page === total - 1;
    return html`
      <nav aria-label=${t('nav.label')}>
        <button class="back" ?disabled=${isFirst} @click=${() => this.goToPage(this.page - 1)}>
          ${arrowBackIcon()}${t('nav.back')}
        </button>
        <div class="position">
          <span>${t('nav.position', { current: this.page + 1, total })}</span>
          <span class="dots" aria-hidden="true">
            ${topic.screens.map((_, index) => html`<span class="dot ${index === this.page ? 'current' : ''}"></span>`)}
          </span>
        </div>
        ${isLast
          ? html`<button class="next primary" data-last @click=${this.handleHome}>${homeIcon()}${t('nav.home')}</button>`
          : html`<button class="next primary" @click=${() => this.goToPage(this.page + 1)}>
              ${t('nav.next')}${arrowForwardIcon()}
            </button>`}
      </nav>
    `;
  }

  private text(screen: ScreenStructure, key: string): string {
    return topicText(this.topic?.id ?? '', `screens.${screen.id}.${key}`);
  }

  private hasText(screen: ScreenStructure, key: string): boolean {
    return hasTopicText(this.topic?.id ?? '', `screens.${screen.id}.${key}`);
  }

  private goToPage(page: number): void {
    if (!this.topic) return;
    this.dispatchEvent(navigateEvent({ name: 'topic', topicId: this.topic.id, page }));
  }

  private readonly handleHome = (): void => {
    this.dispatchEvent(navigateEvent({ name: 'home' }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-topic-screen': KxTopicScreen;
  }
}
