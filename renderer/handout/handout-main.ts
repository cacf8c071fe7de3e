/**
 * The "Take this home" handout: one or two printed pages in the patient's language with the
 * topic's key points, the "when to tell your care team" and "questions to ask" lists, a diagram in
 * black and white, the chapters the patient chose in full, the care-team note, the review status
 * and the clinic's line. The main process opens it in a hidden window and prints it silently when
 * `window.handoutReady` resolves (main/printing/); the preview prints it to PDF the same way.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { findTopic, type CompiledScreen, type CompiledTopic } from '../content/content-store';
import { loadDiagramFile } from '../diagrams/diagram-source';
import { diagramStyles } from '../diagrams/diagram-styles';
import { prepareDiagram } from '../diagrams/prepare-diagram';
import { hasTopicText, startI18n, t, topicText } from '../i18n/i18n';
import { readEmbeddedStartData } from '../start/embedded-start-data';
import { formatIsoDate } from '../text/format';
import { registerLanguageFontFiles } from '../text/language-fonts';
import { plainText, readHandoutAddress, type HandoutRequestOnPage } from './handout-text';

declare global {
  interface Window {
    /** Resolves once the handout is laid out with its fonts and diagram; rejects if it cannot be. */
    handoutReady?: Promise<void>;
  }
}

const main = document.getElementById('handout') as HTMLElement;
window.handoutReady = showHandout();
window.handoutReady.catch((error: unknown) => {
  console.error('[kiosk] the handout could not be made:', error);
  main.textContent = String(error instanceof Error ? error.message : error);
});

async function showHandout(): Promise<void> {
  const request = readHandoutAddress(new URLSearchParams(location.search));
  if (request === null) throw new Error('The handout address names no topic or language.');
  const { registry, content } = readEmbeddedStartData();
  const topic = findTopic(content, request.topicId);
  const language = registry.languages.find((entry) => entry.code === request.language);
  if (topic === undefined || topic.handout === undefined) throw new Error(`The topic "${request.topicId}" has no handout.`);
  if (language === undefined) throw new Error(`The language "${request.language}" is not in this kiosk.`);
  registerLanguageFontFiles(registry.languages);
  await startI18n(registry, language.code, [topic.id]);
  document.documentElement.lang = language.code;
  document.documentElement.dir = language.dir;
  document.body.style.fontFamily = language.font;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, diagramStyles.styleSheet!];
  render(handout(topic, request, registry.sourceLanguage), main);
  await drawDiagram(topic, language.dir);
  // Both weights of the language's font, whether the app's own or a file the language brought, before printing.
  await Promise.all([400, 700].map((weight) => document.fonts.load(`${weight} 1rem ${language.font}`, language.nativeName)));
  await document.fonts.ready;
  main.removeAttribute('aria-busy');
}

function handout(topic: CompiledTopic, request: HandoutRequestOnPage, sourceLanguage: string): TemplateResult {
  const text = (key: string) => plainText(topicText(topic.id, key), (term) => topicText(topic.id, `glossary.${term}.term`));
  const plan = topic.handout!;
  const listed = new Set([plan.whenToTell, plan.questions].filter((id) => id !== undefined));
  const chosen = (topic.chapters ?? []).filter((chapter) => request.chapters.includes(chapter.id));
  const today = new Date();
  const isoToday = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return html`
    <header class="top">
      <h1>${text('title')}</h1>
      <p class="printed">${t('handout.printedOn', { date: formatIsoDate(isoToday, request.language) })}</p>
    </header>
    <section class="key-points">
      <h2>${t('handout.keyPoints')}</h2>
      ${plan.keyPoints.map(
        (group) => html`
          ${group.chapter === undefined ? nothing : html`<h3>${text(`chapters.${group.chapter}.title`)}</h3>`}
          <ul>
            ${group.points.map((point) => html`<li>${text(`handout.points.${point}`)}</li>`)}
          </ul>
        `,
      )}
    </section>
    ${listSection(topic, plan.whenToTell, 'when-to-tell', text)}
    ${plan.diagram === undefined ? nothing : html`<figure class="handout-diagram" data-diagram=${plan.diagram}><figcaption>${text(`diagrams.${plan.diagram}.name`)}</figcaption></figure>`}
    ${listSection(topic, plan.questions, 'questions', text)}
    ${chosen.length === 0
      ? nothing
      : html`
          <section class="in-detail">
            <h2>${t('handout.inDetail')}</h2>
            ${chosen.map(
              (chapter) => html`
                <h3>${text(`chapters.${chapter.id}.title`)}</h3>
                ${chapter.screens
                  .filter((screenId) => !listed.has(screenId))
                  .map((screenId) => topic.screens.find((screen) => screen.id === screenId))
                  .map((screen) => (screen === undefined ? nothing : screenText(topic.id, screen, text, 'h4')))}
              `,
            )}
          </section>
        `}
    <footer>
      <p class="care-note">${t('app.careTeamNote')}</p>
      <p class="review">${reviewLine(topic, request.language, sourceLanguage)}</p>
      ${request.clinicName || request.clinicPhone ? html`<p class="clinic">${[request.clinicName, request.clinicPhone].filter(Boolean).join(' · ')}</p>` : nothing}
    </footer>
  `;
}

/** "When to tell your care team" comes right after the key points: it is what keeps a patient safe. */
function listSection(topic: CompiledTopic, screenId: string | undefined, className: string, text: (key: string) => string): TemplateResult | typeof nothing {
  const screen = topic.screens.find((candidate) => candidate.id === screenId);
  return screen === undefined ? nothing : html`<section class="list ${className}">${screenText(topic.id, screen, text, 'h2')}</section>`;
}

/** One screen's words, as on the kiosk but in plain text. */
function screenText(topicId: string, screen: CompiledScreen, text: (key: string) => string, heading: 'h2' | 'h4'): TemplateResult {
  const key = `screens.${screen.id}`;
  const title = heading === 'h2' ? html`<h2>${text(`${key}.title`)}</h2>` : html`<h4>${text(`${key}.title`)}</h4>`;
  const lead = hasTopicText(topicId, `${key}.lead`) ? html`<p>${text(`${key}.lead`)}</p>` : nothing;
  switch (screen.kind) {
    case 'intro':
    case 'callout':
      return html`${title}<p>${text(`${key}.body`)}</p>`;
    case 'list':
      return html`${title}${lead}<ul>${screen.items.map((item) => html`<li>${text(`${key}.items.${item}`)}</li>`)}</ul>`;
    case 'cards':
      return html`${title}${lead}${screen.cards.map((card) => html`<p><strong>${text(`${key}.cards.${card}.title`)}:</strong> ${text(`${key}.cards.${card}.body`)}</p>`)}`;
  }
}

/** The clinical review, and for a translation its translator's review, as the Sources page says them. */
function reviewLine(topic: CompiledTopic, language: string, sourceLanguage: string): string {
  const review = topic.review;
  const clinical = review.status === 'reviewed' ? t('sources.reviewed', { reviewer: review.reviewer, date: formatIsoDate(review.date, language) }) : t('sources.notReviewed');
  if (language === sourceLanguage) return clinical;
  const translation = topic.translationReviews[language];
  const translated =
    translation?.status === 'reviewed' ? t('sources.translationReviewed', { reviewer: translation.reviewer, date: formatIsoDate(translation.date, language) }) : t('sources.translationDraft');
  return `${clinical} ${translated}`;
}

/** The handout's diagram, drawn in the patient's language (labels) and direction. */
async function drawDiagram(topic: CompiledTopic, direction: 'ltr' | 'rtl'): Promise<void> {
  const figure = main.querySelector<HTMLElement>('figure[data-diagram]');
  const diagramId = topic.handout?.diagram;
  const diagram = topic.screens.map((screen) => screen.diagram).find((candidate) => candidate?.id === diagramId);
  if (figure === null || diagram === undefined) return;
  const prepared = prepareDiagram(await loadDiagramFile(diagram.url), (label) => topicText(topic.id, `diagrams.${diagram.id}.labels.${label}`), direction);
  prepared.svg.setAttribute('role', 'img');
  prepared.svg.setAttribute('aria-label', topicText(topic.id, `diagrams.${diagram.id}.description`));
  figure.prepend(prepared.svg);
}
