import { css } from 'lit';

/**
 * The sentence being read aloud: a custom highlight over its words (glossary buttons inside stay
 * buttons), or the whole text marked when the words could not be found. Every shadow root that
 * shows spoken text needs these rules: highlight styles do not cross shadow boundaries.
 */
export const readingHighlightStyles = css`
  ::highlight(kx-reading) {
    background-color: var(--kx-color-reading);
    color: var(--kx-color-on-reading);
  }
  [data-reading] {
    background-color: var(--kx-color-reading);
    color: var(--kx-color-on-reading);
  }
`;

/** Body text of topic screens, shared by every screen kind: large, calm, easy to scan. */
export const screenTextStyles = css`
  ${readingHighlightStyles}
  :host {
    display: block;
    font-size: 1.25rem;
    line-height: 1.5;
  }
  p {
    margin-block: 0 1rem;
    max-width: 38em;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: 0.6rem;
    max-width: 38em;
  }
  /* A tappable medical word: looks like a word with a dotted underline, taps like a button. */
  button.term {
    font: inherit;
    color: var(--kx-color-primary);
    background: none;
    border: none;
    padding-block: 0.15rem;
    padding-inline: 0.15rem;
    margin: 0;
    min-height: 2rem; /* 48 CSS px: a full touch target without spreading the lines apart */
    min-width: 2rem; /* short words such as "FES" too */
    cursor: pointer;
    text-decoration: underline dotted 0.12em;
    text-underline-offset: 0.22em;
    touch-action: manipulation;
  }
  button.term:active {
    background: var(--kx-color-primary-soft);
  }
  button.term:focus-visible {
    outline: 4px solid var(--kx-color-focus);
    outline-offset: 2px;
  }
`;
