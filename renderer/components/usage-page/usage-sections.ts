import { html, nothing, svg, type TemplateResult } from 'lit';
import { SESSION_LENGTH_BUCKETS } from '../../../main/usage/usage-counts';
import { topicPages, type CompiledTopic, type LanguageEntry } from '../../content/content-store';
import { currentLanguage, hasTopicText, t, topicText } from '../../i18n/i18n';
import { formatShortIsoDate } from '../../text/format';
import { pageHeading } from '../topic-screen/page-labels';
import type { TopicUsage, UsageOverview } from './usage-summary';

/*
 * The Usage page's sections, drawn from the figures usage-summary.ts works out. Every figure is in
 * a table (screen readers read tables well); the bars beside them are pictures of the same numbers
 * and hidden from screen readers.
 */

const count = (value: number): string => t('usage.number', { value });

/** A bar from 0 to `max`, as wide as its share: a picture of the number beside it. */
function shareBar(value: number, max: number): TemplateResult {
  const width = max === 0 ? 0 : (100 * value) / max;
  return html`<svg class="share" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">${svg`<rect width=${width} height="10"></rect>`}</svg>`;
}

/** Sessions each day as bars, oldest first (mirrored in right-to-left languages), with a table for screen readers. */
export function renderSessions(overview: UsageOverview): TemplateResult {
  const days = overview.sessionsByDay;
  const busiest = Math.max(0, ...days.map((day) => day.sessions));
  const language = currentLanguage();
  const step = 10;
  // A day without sessions still shows a sliver, so the chart reads as 30 days and not as gaps.
  const bars = days.map(({ sessions }, index) => {
    const height = busiest === 0 ? 1 : Math.max(1, (100 * sessions) / busiest);
    return svg`<rect x=${index * step + 1.5} y=${100 - height} width=${step - 3} height=${height}></rect>`;
  });
  const first = days[0]?.day ?? '';
  const last = days.at(-1)?.day ?? '';
  return html`
    <section aria-labelledby="sessions-heading">
      <h3 id="sessions-heading">${t('usage.sessionsHeading')}</h3>
      <p class="total">${t('usage.sessionsTotal', { count: overview.totals.sessions })}</p>
      <figure class="chart">
        <figcaption>${t('usage.chartCaption')} · ${t('usage.busiestDay', { count: busiest })}</figcaption>
        <svg class="bars" viewBox="0 0 ${days.length * step} 100" preserveAspectRatio="none" aria-hidden="true">${bars}</svg>
        <div class="axis" aria-hidden="true"><span>${formatShortIsoDate(first, language)}</span><span>${formatShortIsoDate(last, language)}</span></div>
        <table class="visually-hidden">
          <caption>${t('usage.chartCaption')}</caption>
          <thead><tr><th scope="col">${t('usage.dayColumn')}</th><th scope="col">${t('usage.sessionsColumn')}</th></tr></thead>
          <tbody>${days.map(({ day, sessions }) => html`<tr><th scope="row">${formatShortIsoDate(day, language)}</th><td>${count(sessions)}</td></tr>`)}</tbody>
        </table>
      </figure>
      <table class="figures">
        <caption>${t('usage.lengthsHeading')}</caption>
        <tbody>
          ${SESSION_LENGTH_BUCKETS.map((bucket) => html`<tr><th scope="row">${t(`usage.lengths.${bucket}`)}</th><td>${count(overview.sessionLengths[bucket])}</td></tr>`)}
          <tr class="apart"><th scope="row">${t('usage.idleResets')}</th><td>${count(overview.totals.idleResets)}</td></tr>
        </tbody>
      </table>
    </section>
  `;
}

/** Each topic: opened and read to the end, then how far patients read page by page, and the chapters they chose. */
export function renderTopics(overview: UsageOverview, installed: CompiledTopic[]): TemplateResult {
  return html`
    <section aria-labelledby="topics-heading">
      <h3 id="topics-heading">${t('usage.topicsHeading')}</h3>
      ${overview.topics.length === 0 ? html`<p>${t('usage.nothingYet')}</p>` : overview.topics.map((usage) => renderTopic(usage, installed.find((topic) => topic.id === usage.topicId)))}
    </section>
  `;
}

function renderTopic(usage: TopicUsage, topic: CompiledTopic | undefined): TemplateResult {
  const title = topic === undefined ? t('usage.unknownTopic', { topic: usage.topicId }) : topicText(topic.id, 'title');
  // Every page of an installed topic, reached or not; for a topic no longer here, the pages counted.
  const pageCount = topic === undefined ? Math.max(0, ...Object.keys(usage.pagesReached).map((page) => Number(page) + 1)) : topicPages(topic).pages.length;
  const pages = Array.from({ length: pageCount }, (_, page) => ({ page, reached: usage.pagesReached[page] ?? 0 }));
  const chapters = Object.entries(usage.chaptersOpened).sort(([, a], [, b]) => b - a);
  return html`
    <div class="topic">
      <h4>${title}</h4>
      <p class="total">${t('usage.topicSummary', { opened: usage.opened, reachedEnd: usage.reachedEnd })}</p>
      ${pages.length === 0
        ? nothing
        : html`<table class="funnel">
            <caption>${t('usage.funnelCaption')}</caption>
            <thead><tr><th scope="col">${t('usage.pageColumn')}</th><th scope="col">${t('usage.reachedColumn')}</th></tr></thead>
            <tbody>
              ${pages.map(
                ({ page, reached }) => html`<tr>
                  <th scope="row"><span class="page-number">${count(page + 1)}</span> ${topic === undefined ? nothing : pageHeading(topic, page)}</th>
                  <td><div class="reached"><span class="number">${count(reached)}</span>${shareBar(reached, usage.opened)}</div></td>
                </tr>`,
              )}
            </tbody>
          </table>`}
      ${chapters.length === 0
        ? nothing
        : html`<table class="figures">
            <caption>${t('usage.chaptersCaption')}</caption>
            <thead><tr><th scope="col">${t('usage.chapterColumn')}</th><th scope="col">${t('usage.timesColumn')}</th></tr></thead>
            <tbody>
              ${chapters.map(([chapter, times]) => {
                const key = `chapters.${chapter}.title`;
                return html`<tr><th scope="row">${topic !== undefined && hasTopicText(topic.id, key) ? topicText(topic.id, key) : chapter}</th><td>${count(times)}</td></tr>`;
              })}
            </tbody>
          </table>`}
    </div>
  `;
}

/** Each language: chosen by a patient, and the sessions that ended in it; each name in its own script. */
export function renderLanguages(overview: UsageOverview, registry: LanguageEntry[]): TemplateResult {
  return html`
    <section aria-labelledby="languages-usage-heading">
      <h3 id="languages-usage-heading">${t('usage.languagesHeading')}</h3>
      ${overview.languages.length === 0
        ? html`<p>${t('usage.nothingYet')}</p>`
        : html`<table class="figures">
            <thead>
              <tr><th scope="col">${t('usage.languageColumn')}</th><th scope="col">${t('usage.chosenColumn')}</th><th scope="col">${t('usage.endedInColumn')}</th></tr>
            </thead>
            <tbody>
              ${overview.languages.map(({ language, chosen, endedIn }) => {
                const entry = registry.find((candidate) => candidate.code === language);
                return html`<tr>
                  <th scope="row">${entry === undefined ? language : html`<span lang=${entry.code} dir=${entry.dir} data-font=${entry.font}>${entry.nativeName}</span>`}</th>
                  <td>${count(chosen)}</td>
                  <td>${count(endedIn)}</td>
                </tr>`;
              })}
            </tbody>
          </table>`}
    </section>
  `;
}

/** Read-aloud, handouts, web-page codes and enlarged diagrams: one number each. */
export function renderFeatures(overview: UsageOverview): TemplateResult {
  const rows = [
    ['readAloudPlays', overview.totals.readAloudPlays],
    ['handoutsPrinted', overview.totals.handoutsPrinted],
    ['qrCodesShown', overview.totals.qrCodesShown],
    ['diagramsEnlarged', overview.totals.diagramsEnlarged],
  ] as const;
  return html`
    <section aria-labelledby="features-heading">
      <h3 id="features-heading">${t('usage.featuresHeading')}</h3>
      <table class="figures">
        <thead><tr><th scope="col">${t('usage.measureColumn')}</th><th scope="col">${t('usage.countColumn')}</th></tr></thead>
        <tbody>${rows.map(([key, value]) => html`<tr><th scope="row">${t(`usage.${key}`)}</th><td>${count(value)}</td></tr>`)}</tbody>
      </table>
    </section>
  `;
}

/** The ten glossary words opened most, in the staff's language where the topic is still here. */
export function renderGlossary(overview: UsageOverview, installed: CompiledTopic[]): TemplateResult {
  return html`
    <section aria-labelledby="glossary-usage-heading">
      <h3 id="glossary-usage-heading">${t('usage.glossaryHeading')}</h3>
      ${overview.glossaryTop.length === 0
        ? html`<p>${t('usage.nothingYet')}</p>`
        : html`<table class="figures">
            <thead><tr><th scope="col">${t('usage.wordColumn')}</th><th scope="col">${t('usage.timesColumn')}</th></tr></thead>
            <tbody>${overview.glossaryTop.map(({ key, opened }) => html`<tr><th scope="row">${glossaryWord(key, installed)}</th><td>${count(opened)}</td></tr>`)}</tbody>
          </table>`}
    </section>
  `;
}

function glossaryWord(key: string, installed: CompiledTopic[]): string {
  const [topicId = '', term = ''] = key.split('/');
  const textKey = `glossary.${term}.term`;
  return installed.some((topic) => topic.id === topicId) && hasTopicText(topicId, textKey) ? topicText(topicId, textKey) : term;
}
