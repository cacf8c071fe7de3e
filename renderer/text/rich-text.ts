import { html, type TemplateResult } from 'lit';
import { GLOSSARY_LINK_PATTERN } from '../../scripts/content/glossary-links';
import { glossaryOpenEvent } from '../events';
import { topicText } from '../i18n/i18n';

/**
 * Renders topic text, turning each glossary link (`[[term]]` or `[[term|shown words]]`) into a
 * button that asks for the term's definition. All other text stays plain (Lit escapes it).
 */
export function richText(topicId: string, text: string): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(GLOSSARY_LINK_PATTERN)) {
    const term = match[1] ?? '';
    const shown = match[2] ?? topicText(topicId, `glossary.${term}.term`);
    parts.push(text.slice(last, match.index));
    parts.push(html`<button class="term" data-term=${term} @click=${(event: Event) => openTerm(event, topicId, term)}>${shown}</button>`);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

function openTerm(event: Event, topicId: string, term: string): void {
  (event.currentTarget as HTMLElement).dispatchEvent(glossaryOpenEvent({ topicId, term }));
}
