import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { topicPages, type CompiledTopic } from '../../content/content-store';
import { I18nController } from '../../controllers/i18n-controller';
import { navigateEvent } from '../../events';
import { reportUsage } from '../../usage/report-usage';
import { t, topicText } from '../../i18n/i18n';
import { readingHighlightStyles } from '../../styles/screen-styles';
import { buttonStyles } from '../../styles/shared-styles';
import { arrowForwardIcon } from '../icon/icons';

/**
 * Body of a topic's contents page: one large button per chapter (its number, title and page
 * count), then "Sources and review". A patient who is called in after two pages can come back
 * and go straight to the part they want. Events: `kx-navigate` to the chapter's first page.
 */
@customElement('kx-topic-contents')
export class KxTopicContents extends LitElement {
  static override styles = [
    buttonStyles,
    readingHighlightStyles,
    css`
      :host {
        display: block;
      }
      p {
        margin-block: 0 1rem;
      }
      /* As many columns as fit (one on a portrait or small screen), so that all the chapters of
         a topic show at once on a wide screen. */
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
        gap: 0.75rem;
      }
      li {
        display: grid;
      }
      button {
        inline-size: 100%;
        justify-content: flex-start;
        text-align: start;
        padding-block: 0.75rem;
        padding-inline: 1rem;
        gap: 1rem;
      }
      .number {
        flex: none;
        display: inline-grid;
        place-items: center;
        inline-size: 2.2em;
        block-size: 2.2em;
        border-radius: 50%;
        background: var(--kx-color-primary);
        color: var(--kx-color-on-primary);
      }
      .words {
        flex: 1;
        display: grid;
        gap: 0.2rem;
        min-inline-size: 0;
      }
      .title {
        overflow-wrap: anywhere;
      }
      .count {
        font-weight: 400;
        color: var(--kx-color-text-muted, inherit);
      }
      .sources {
        font-weight: 400;
      }
    `,
  ];

  @property({ attribute: false }) accessor topic: CompiledTopic | null = null;

  private readonly i18n = new I18nController(this);

  override render() {
    const topic = this.topic;
    if (!topic) return nothing;
    const { pages, chapters } = topicPages(topic);
    return html`
      <p data-speech-key="ui:contents.lead">${t('contents.lead')}</p>
      <ol aria-label=${t('contents.label')}>
        ${chapters.map(
          (chapter, index) => html`
            <li>
              <button data-chapter=${chapter.id} @click=${() => this.open(topic, chapter.firstPage, chapter.id)}>
                <span class="number" aria-hidden="true">${t('contents.chapterNumber', { number: index + 1 })}</span>
                <span class="words">
                  <span class="title" data-speech-key=${`chapters.${chapter.id}.title`}>${topicText(topic.id, `chapters.${chapter.id}.title`)}</span>
                  <span class="count">${t('home.screenCount', { count: chapter.pageCount })}</span>
                </span>
                ${arrowForwardIcon()}
              </button>
            </li>
          `,
        )}
        <li>
          <button class="sources" data-chapter="sources" @click=${() => this.open(topic, pages.length - 1)}>
            <span class="words"><span class="title" data-speech-key="ui:sources.title">${t('sources.title')}</span></span>
            ${arrowForwardIcon()}
          </button>
        </li>
      </ol>
    `;
  }

  /** `chapterId` is left out for the Sources page, which is not a chapter. */
  private open(topic: CompiledTopic, page: number, chapterId?: string): void {
    if (chapterId !== undefined) reportUsage({ event: 'chapter-opened', topicId: topic.id, chapterId });
    this.dispatchEvent(navigateEvent({ name: 'topic', topicId: topic.id, page }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-topic-contents': KxTopicContents;
  }
}
