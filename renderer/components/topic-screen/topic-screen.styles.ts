import { css } from 'lit';

export const topicScreenStyles = css`
  :host {
    display: grid;
    /* The article may shrink and scroll; the navigation bar must always stay on screen. */
    grid-template-rows: minmax(0, 1fr) auto auto;
    height: 100%;
    box-sizing: border-box;
    /* Spacing stops growing past the standard size: larger text gets the room instead. */
    padding-block: min(1.5rem, 36px) min(1rem, 24px);
    padding-inline: min(4rem, 96px);
    gap: min(1rem, 24px);
    /* Sideways drags are page swipes (handled in script); only vertical panning scrolls. */
    touch-action: pan-y;
  }
  /* Dialogs draw in the top layer; out of the grid they add no empty rows or gaps. */
  kx-glossary-popup,
  kx-diagram-viewer {
    position: absolute;
  }
  /* The page's text scrolls in its own column; a diagram beside it stays in view. */
  article {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: minmax(0, 1fr);
    min-height: 0;
  }
  .text {
    overflow-y: auto;
    border-radius: var(--kx-radius);
    overscroll-behavior: contain;
    /* A scroll container decides touch panning for what is inside it, so it repeats pan-y. */
    touch-action: pan-y;
  }
  /* A screen with a diagram: text on the reading side, the picture beside it. The larger text
     sizes give the text a wider share (global.css). */
  article.with-diagram {
    grid-template-columns: var(--kx-text-and-diagram-columns, minmax(0, 5fr) minmax(0, 6fr));
    gap: 3rem;
    /* The figure takes the article's whole height (100cqh), whatever the text size. */
    container-type: size;
  }
  kx-diagram-figure {
    height: 100cqh;
  }
  /* When more text is below the fold, its last visible line fades out: there is more to read. */
  .text.more-below {
    mask-image: linear-gradient(to bottom, #000 calc(100% - 2.5rem), transparent);
  }
  h1 {
    /* Already large: at the larger text sizes it stays at 64 px and leaves the room to the text. */
    font-size: min(2.4rem, 64px);
    line-height: 1.2;
    margin-block: 0 min(1.5rem, 36px);
  }
  h1:focus {
    outline: none;
  }
  .text:focus-visible {
    outline: 4px solid var(--kx-color-focus);
    outline-offset: -4px;
  }
  .below-article {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1.5rem;
  }
  .care-note {
    margin: 0;
    /* Read last and often: a size smaller than the page's text, never under 24 px. */
    font-size: max(0.8rem, 24px);
    color: var(--kx-color-text-muted);
  }
  /* Always in the layout, shown only while there is more below: the page never jumps. */
  button.more {
    flex: none;
    min-height: 64px;
    padding-block: 0.25rem;
    white-space: nowrap;
  }
  button.more[aria-hidden='true'] {
    visibility: hidden;
  }
  nav {
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    align-items: center;
    gap: 1.5rem;
    border-block-start: 2px solid var(--kx-color-border);
    padding-block-start: min(1rem, 24px);
  }
  nav button {
    white-space: nowrap;
  }
  .back {
    justify-self: start;
  }
  .next {
    justify-self: end;
  }
  .position {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5rem;
    font-weight: 700;
  }
  /* The dots only show where the page is: they keep their size, the words around them grow. */
  .dots {
    display: flex;
    gap: min(0.6rem, 14px);
  }
  .dot {
    width: min(0.8rem, 19px);
    height: min(0.8rem, 19px);
    border-radius: 50%;
    border: 2px solid var(--kx-color-primary);
  }
  .dot.current {
    background: var(--kx-color-primary);
  }
`;
