import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CompiledTopic } from '../../content/content-store';

type Review = CompiledTopic['review'];
import { I18nController } from '../../controllers/i18n-controller';
import { currentLanguage, isSourceLanguage, t, topicText } from '../../i18n/i18n';
import { screenTextStyles } from '../../styles/screen-styles';
import { formatIsoDate } from '../../text/format';
import { applyLanguageFonts } from '../../text/language-fonts';
import { readAloud, type SpeechManifest } from '../../speech/read-aloud';
import { readEmbeddedStartData } from '../../start/embedded-start-data';

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

  /** Which pages have read-aloud audio, and whose voice (audio/index.json), once loaded. */
  @state() private accessor speech: SpeechManifest | null = null;

  private readonly i18n = new I18nController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    void readAloud.speechManifest().then((manifest) => (this.speech = manifest));
  }

  protected override updated(): void {
    // Each language's name in the voice list is drawn in its own bundled font.
    if (this.shadowRoot) applyLanguageFonts(this.shadowRoot);
  }

  override render() {
    const topic = this.topic;
    if (!topic) return nothing;
    const language = currentLanguage();
    return html`
      <h2 data-speech-key="ui:sources.sourcesHeading">${t('sources.sourcesHeading')}</h2>
      <ul>
        ${topic.sources.map((source) => html`<li data-speech-key=${`sources.${source.id}`}>${topicText(topic.id, `sources.${source.id}`)}</li>`)}
      </ul>
      <h2 data-speech-key="ui:sources.reviewHeading">${t('sources.reviewHeading')}</h2>
      ${renderReview(topic.review, language, { reviewed: 'sources.reviewed', notReviewed: 'sources.notReviewed' })}
      <p data-speech-key="ui:sources.lastEdited">${t('sources.lastEdited', { date: formatIsoDate(topic.lastEdited, language) })}</p>
      ${isSourceLanguage(language)
        ? nothing
        : html`<h2 data-speech-key="ui:sources.translationHeading">${t('sources.translationHeading')}</h2>
            ${renderReview(topic.translationReviews[language] ?? { status: 'not-reviewed' }, language, {
              reviewed: 'sources.translationReviewed',
              notReviewed: 'sources.translationDraft',
              className: 'translation',
            })}`}
      ${this.renderVoices(topic)}
    `;
  }

  /** For each language with read-aloud audio: a person's recorded voice, a computer voice, or both. */
  private renderVoices(topic: CompiledTopic) {
    const byLanguage = this.speech?.topics[topic.id];
    if (!byLanguage || Object.keys(byLanguage).length === 0) return nothing;
    const registry = new Map(readEmbeddedStartData().registry.languages.map((entry) => [entry.code, entry]));
    const marker = '\u2063'; // stands in for the language's name, which is drawn in its own script and font
    return html`
      <h2>${t('speech.heading')}</h2>
      <ul class="voices">
        ${Object.entries(byLanguage).map(([code, pages]) => {
          const kinds = new Set(Object.values(pages));
          const key = kinds.size > 1 ? 'speech.voiceMixed' : kinds.has('recorded') ? 'speech.voiceRecorded' : 'speech.voiceComputer';
          const [before = '', after = ''] = t(key, { language: marker }).split(marker);
          const language = registry.get(code);
          return html`<li data-voice=${code}>${before}<span lang=${code} dir=${language?.dir ?? 'auto'} data-font=${language?.font ?? ''}>${language?.nativeName ?? code}</span>${after}</li>`;
        })}
      </ul>
    `;
  }
}

/** One review record (clinical, or of a translation) as a status line: who and when, or "not yet". */
function renderReview(review: Review, language: string, texts: { reviewed: string; notReviewed: string; className?: string }) {
  return html`
    <p class="status ${texts.className ?? ''} ${review.status}" data-speech-key=${`ui:${review.status === 'reviewed' ? texts.reviewed : texts.notReviewed}`}>
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
