/**
 * The printable review sheet of one topic in one language (`npm run content:review-sheet`): what
 * clinicians and medical translators read, mark and sign on paper instead of the JSON files.
 * Every screen in the order patients see it, under its chapter, with the English text beside the
 * translation, the source passages that support it, its diagram drawn with that language's labels
 * (by sheet-page.ts in the browser), then the Sources text, the glossary and a final sign-off.
 *
 * Pure: takes the checked content and returns HTML, so unit tests can read it without a browser.
 */
import { topicPages } from '../../../renderer/content/topic-pages';
import { GLOSSARY_LINK_PATTERN } from '../glossary-links';
import type { LanguageEntry, ScreenStructure, TopicStructure } from '../schema';
import { textAt } from '../text-rules';

export interface ReviewSheetInput {
  topic: TopicStructure;
  /** The language being reviewed; the source language alone gives a one-column sheet. */
  language: LanguageEntry;
  sourceLanguage: LanguageEntry;
  texts: unknown;
  sourceTexts: unknown;
  /** Diagram id → the SVG file's text. */
  diagramFiles: ReadonlyMap<string, string>;
  /** The day the sheet was made, YYYY-MM-DD. */
  generatedOn: string;
  /** Relative URLs of the sheet's bundled style sheet and script. */
  assets: { css: string; script: string };
}

/** One row of a screen's table: which part of the screen, and its words in each language. */
interface TextRow {
  part: string;
  key: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character);

/** Text as patients see it, with the tappable medical words underlined and their term id kept. */
function shownText(texts: unknown, key: string): string {
  const raw = textAt(texts, key);
  if (raw === undefined) return '<span class="missing">(missing)</span>';
  let html = '';
  let last = 0;
  for (const match of raw.matchAll(GLOSSARY_LINK_PATTERN)) {
    const term = match[1] ?? '';
    const words = match[2] ?? textAt(texts, `glossary.${term}.term`) ?? term;
    html += escapeHtml(raw.slice(last, match.index)) + `<u class="term" title="glossary: ${escapeHtml(term)}">${escapeHtml(words)}</u>`;
    last = (match.index ?? 0) + match[0].length;
  }
  return html + escapeHtml(raw.slice(last));
}

function screenRows(screen: ScreenStructure): TextRow[] {
  const prefix = `screens.${screen.id}`;
  const rows: TextRow[] = [{ part: 'Title', key: `${prefix}.title` }];
  switch (screen.kind) {
    case 'intro':
    case 'callout':
      rows.push({ part: screen.kind === 'callout' ? `Box (${screen.tone})` : 'Text', key: `${prefix}.body` });
      break;
    case 'list':
      rows.push({ part: 'Lead', key: `${prefix}.lead` });
      screen.items.forEach((item, index) => rows.push({ part: `Point ${index + 1}`, key: `${prefix}.items.${item}` }));
      break;
    case 'cards':
      rows.push({ part: 'Lead', key: `${prefix}.lead` });
      screen.cards.forEach((card, index) => {
        rows.push({ part: `Card ${index + 1}: title`, key: `${prefix}.cards.${card}.title` }, { part: `Card ${index + 1}: text`, key: `${prefix}.cards.${card}.body` });
      });
      break;
  }
  if (screen.diagram) {
    const diagram = `diagrams.${screen.diagram.id}`;
    rows.push({ part: 'Picture: name', key: `${diagram}.name` }, { part: 'Picture: description (read by screen readers)', key: `${diagram}.description` });
  }
  return rows;
}

export function reviewSheetHtml(input: ReviewSheetInput): string {
  const { topic, language, sourceLanguage, texts, sourceTexts } = input;
  const translated = language.code !== sourceLanguage.code;
  const { pages, chapters } = topicPages(topic);
  const screenCount = topic.screens.length;
  const inLanguage = (html: string) => `<td lang="${language.code}" dir="${language.dir}" class="translation">${html}</td>`;
  const inSource = (html: string) => `<td lang="${sourceLanguage.code}" dir="${sourceLanguage.dir}">${html}</td>`;
  const row = (part: string, key: string) => {
    // An optional text (a lead) that neither language has is left out of the sheet.
    if (textAt(sourceTexts, key) === undefined && textAt(texts, key) === undefined) return '';
    return `<tr><th scope="row">${escapeHtml(part)}</th>${inSource(shownText(sourceTexts, key))}${translated ? inLanguage(shownText(texts, key)) : ''}</tr>`;
  };
  const head = `<tr><th scope="col">Part</th><th scope="col">${escapeHtml(sourceLanguage.englishName)}</th>${translated ? `<th scope="col">${escapeHtml(language.englishName)}</th>` : ''}</tr>`;
  const title = textAt(sourceTexts, 'title') ?? topic.id;
  const languageName = translated ? `${language.englishName} (${language.nativeName})` : language.englishName;

  const chapterTitle = (id: string) => {
    const source = escapeHtml(textAt(sourceTexts, `chapters.${id}.title`) ?? id);
    const own = textAt(texts, `chapters.${id}.title`);
    return translated && own !== undefined ? `${source} / <span lang="${language.code}" dir="${language.dir}">${escapeHtml(own)}</span>` : source;
  };

  const signOff = (what: string) => `
    <div class="sign-off" aria-label="Sign-off for ${escapeHtml(what)}">
      <p><span class="box"></span> Approved <span class="box"></span> Changes needed (write them above or in the notes)</p>
      <p>Clinician: <span class="line"></span> Date: <span class="line short"></span></p>
      ${translated ? '<p>Medical translator: <span class="line"></span> Date: <span class="line short"></span></p>' : ''}
      <p>Notes: <span class="line long"></span></p>
    </div>`;

  let screenNumber = 0;
  const screenSections = pages
    .filter((shown) => shown.kind === 'screen')
    .map((shown) => {
      screenNumber += 1;
      const screen = shown.screen as ScreenStructure;
      const chapter = shown.chapter;
      const passages = [...screen.sourcePassages, ...(screen.diagram?.sourcePassages ?? [])];
      const diagram = screen.diagram
        ? `<figure data-diagram="${screen.diagram.id}"><div class="drawing"></div><figcaption>Picture as patients see it in ${escapeHtml(language.englishName)}; its labels are listed below.</figcaption></figure>
           <table class="texts labels"><thead>${head}</thead><tbody>${labelIds(input.diagramFiles.get(screen.diagram.id) ?? '')
             .map((label) => row(`Picture label “${label}”`, `diagrams.${screen.diagram!.id}.labels.${label}`))
             .join('')}</tbody></table>`
        : '';
      return `
  <section class="screen" id="screen-${screen.id}" data-screen="${screen.id}">
    <header>
      <p class="where">${chapter ? `Chapter: ${chapterTitle(chapter.id)} · page ${chapter.pageInChapter} of ${chapter.pagesInChapter}` : 'No chapters'}</p>
      <p class="count">Screen ${screenNumber} of ${screenCount} · <code>${screen.id}</code> (${screen.kind})</p>
    </header>
    <table class="texts"><thead>${head}</thead><tbody>${screenRows(screen).map((entry) => row(entry.part, entry.key)).join('')}</tbody></table>
    ${diagram}
    <div class="passages"><h3>What the source says (quoted exactly, for checking)</h3><ul>${passages.map((passage) => `<li>“${escapeHtml(passage)}”</li>`).join('')}</ul></div>
    ${signOff(`screen ${screenNumber}`)}
  </section>`;
    })
    .join('');

  const contents = chapters.length
    ? `<h2>Chapters</h2><ol class="chapters">${chapters.map((chapter) => `<li>${chapterTitle(chapter.id)} (${chapter.pageCount} ${chapter.pageCount === 1 ? 'screen' : 'screens'})</li>`).join('')}</ol>`
    : '<p>This topic has no chapters: its screens follow one another.</p>';
  const glossaryRows = topic.glossary
    .map((term) => row(`“${textAt(sourceTexts, `glossary.${term}.term`) ?? term}”: word`, `glossary.${term}.term`) + row('… its definition', `glossary.${term}.definition`))
    .join('');
  const review = topic.review.status === 'reviewed' ? `reviewed by ${escapeHtml(topic.review.reviewer)} on ${topic.review.date}` : 'not yet reviewed by a clinician';
  const translationReview = topic.translationReviews[language.code];
  const translationStatus = !translated
    ? ''
    : translationReview?.status === 'reviewed'
      ? `<li>${escapeHtml(language.englishName)} translation: checked by ${escapeHtml(translationReview.reviewer)} on ${translationReview.date}</li>`
      : `<li>${escapeHtml(language.englishName)} translation: a draft, not yet checked by a medical translator</li>`;
  const diagramData = Object.fromEntries(
    topic.screens.flatMap((screen) => {
      if (!screen.diagram) return [];
      const id = screen.diagram.id;
      const labels = Object.fromEntries(labelIds(input.diagramFiles.get(id) ?? '').map((label) => [label, textAt(texts, `diagrams.${id}.labels.${label}`) ?? '']));
      return [[id, { svg: input.diagramFiles.get(id) ?? '', labels, name: textAt(texts, `diagrams.${id}.name`) ?? id }]];
    }),
  );

  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Review sheet: ${escapeHtml(title)}, ${escapeHtml(languageName)}</title>
<link rel="stylesheet" href="${input.assets.css}">
<script type="application/json" id="diagram-data">${JSON.stringify({ direction: language.dir, diagrams: diagramData }).replace(/</g, '\\u003c')}</script>
<script type="module" src="${input.assets.script}"></script>
</head>
<body data-language="${language.code}">
  <section class="cover">
    <h1>Review sheet: ${escapeHtml(title)}</h1>
    <p class="language">Language: ${escapeHtml(languageName)}</p>
    <ul>
      <li>Topic <code>${topic.id}</code>, text last changed ${topic.lastEdited}; sheet made ${input.generatedOn}</li>
      <li>Clinical review: ${review}</li>
      ${translationStatus}
      <li>${screenCount} screens${translated ? `, ${escapeHtml(sourceLanguage.englishName)} beside ${escapeHtml(language.englishName)}` : ''}, each with the source passages it rests on and a sign-off box</li>
    </ul>
    ${contents}
    <p class="how">Mark changes on the page. Underlined words are the medical words patients can tap for a definition (see the glossary at the end).
    When every page is approved, record the sign-off in <code>content/${topic.id}/topic.json</code>
    (<code>review</code> for the clinician, <code>translationReviews.${language.code}</code> for the translator); until then patients are told the text is not yet reviewed.</p>
  </section>
  ${screenSections}
  <section class="sources-page">
    <h2>Sources and review page</h2>
    <table class="texts"><thead>${head}</thead><tbody>${topic.sources.map((source) => row(`Source “${source.id}”`, `sources.${source.id}`)).join('')}${row('Topic title', 'title')}${row('Home screen summary', 'summary')}${topic.chapters?.map((chapter) => row(`Chapter “${chapter.id}”`, `chapters.${chapter.id}.title`)).join('') ?? ''}</tbody></table>
    ${signOff('the sources page')}
  </section>
  <section class="glossary">
    <h2>Glossary: the words patients can tap</h2>
    <table class="texts"><thead>${head}</thead><tbody>${glossaryRows}</tbody></table>
    ${signOff('the glossary')}
  </section>
  <section class="final">
    <h2>Sign-off for the whole topic${translated ? ` in ${escapeHtml(language.englishName)}` : ''}</h2>
    <p>I have read every page of this sheet${translated ? ' and compared the translation with the English' : ''}.</p>
    ${signOff('the whole topic')}
  </section>
</body>
</html>
`;
}

/** The label ids of a diagram file, in the file's order. */
export function labelIds(svgText: string): string[] {
  return [...svgText.matchAll(/<foreignObject\b[^>]*\bdata-label="([^"]+)"/g)].map((match) => match[1]!);
}
