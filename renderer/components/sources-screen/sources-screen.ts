import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CompiledTopic } from '../../content/content-store';

type Review = CompiledTopic['review'];
import { I18nController } from '../../controllers/i18n-controller';
import { currentLanguage, isSourceLanguage, t, topicText } from '../../i18n/i18n';
import { screenTextStyles } from '../../styles/screen-styles';
import { formatIsoDate } from '../../text/format';

/**
 * The "Sources and review" page added after every topic's own screens: where the facts come
 * from, when the text last changed, and — honestly — whether a clinician has reviewed it and,
 * in a translated language, whether a qualified medical translator has checked the translation.
 */
@customElement('kx-sources-screen')
export class KxSourcesScreen extends LitElement {
  static override styles = [
    screenTextStyles,
    css`
      h2 {
        font-size: 1.35rem;
        margin-block: 1.25rem 0.4rem;
      }
      h2:first-child {
        margin-block-start: 0;
      }
      .status {
        font-weight: 700;
      }
      .status.not-reviewed {
        color: var(--kx-color-caution);
      }
    `,
  ];

  /** The topic whose sources and review are shown. */
  @property({ attribute: false }) accessor topic: CompiledTopic | null = null;

  private readonly i18n = new I18nController(this);

  override render() {
    const topic = this.topic;
    if (!topic) return nothing;
    const language = currentLanguage();
    return html`
      <h2>${t('sources.sourcesHeading')}</h2>
      <ul>
        ${topic.sources.map((source) => html`<li>${topicText(topic.id, `sources.${source.id}`)}</li>`)}
      </ul>
      <h2>${t('sources.reviewHeading')}</h2>
      ${renderReview(topic.review, language, { reviewed: 'sources.reviewed', notReviewed: 'sources.notReviewed' })}
      <p>${t('sources.lastEdited', { date: formatIsoDate(topic.lastEdited, language) })}</p>
      ${isSourceLanguage(language)
        ? nothing
        : html`<h2>${t('sources.translationHeading')}</h2>
            ${renderReview(topic.translationReviews[language] ?? { status: 'not-reviewed' }, language, {
              reviewed: 'sources.translationReviewed',
              notReviewed: 'sources.translationDraft',
              className: 'translation',
            })}`}
    `;
  }
}

/** One review record (clinical, or of a translation) as a status line: who and when, or "not yet". */
function renderReview(review: Review, language: string, texts: { reviewed: string; notReviewed: string; className?: string }) {
  return html`
    <p class="status ${texts.className ?? ''} ${review.status}">
      ${review.status === 'reviewed'
        ? t(texts.reviewed, { reviewer: review.reviewer, date: formatIsoDate(review.date, language) })
        : t(texts.notReviewed)}
    </p>
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-sources-screen': KxSourcesScreen;
  }
}
