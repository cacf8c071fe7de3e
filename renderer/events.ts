import type { TextSize, Theme } from '../main/ipc/contract';

/**
 * App-wide events. All bubble and are composed, so they cross shadow roots up to <kx-app>,
 * which owns navigation and language state.
 */

/** Where the patient is: the topic list, or one page of one topic (0-based). */
export type Route = { name: 'home' } | { name: 'topic'; topicId: string; page: number };

export interface LanguageSelectDetail {
  language: string;
}

export function navigateEvent(route: Route): CustomEvent<Route> {
  return new CustomEvent('kx-navigate', { detail: route, bubbles: true, composed: true });
}

export function languageSelectEvent(language: string): CustomEvent<LanguageSelectDetail> {
  return new CustomEvent('kx-language-select', { detail: { language }, bubbles: true, composed: true });
}

export function closeEvent(): Event {
  return new Event('kx-close', { bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'kx-navigate': CustomEvent<Route>;
    'kx-language-select': CustomEvent<LanguageSelectDetail>;
    'kx-close': Event;
  }
}

export interface GlossaryOpenDetail {
  topicId: string;
  term: string;
}

export function glossaryOpenEvent(detail: GlossaryOpenDetail): CustomEvent<GlossaryOpenDetail> {
  return new CustomEvent('kx-glossary-open', { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'kx-glossary-open': CustomEvent<GlossaryOpenDetail>;
  }
}

export interface DiagramOpenDetail {
  topicId: string;
  diagramId: string;
}

export function diagramOpenEvent(detail: DiagramOpenDetail): CustomEvent<DiagramOpenDetail> {
  return new CustomEvent('kx-diagram-open', { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'kx-diagram-open': CustomEvent<DiagramOpenDetail>;
  }
}

export interface DisplayChangeDetail {
  textSize?: TextSize;
  theme?: Theme;
}

export function displayChangeEvent(detail: DisplayChangeDetail): CustomEvent<DisplayChangeDetail> {
  return new CustomEvent('kx-display-change', { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'kx-display-change': CustomEvent<DisplayChangeDetail>;
  }
}
