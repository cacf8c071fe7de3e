import { css } from 'lit';

export const topicScreenStyles = css`
  :host {
    display: grid;
    /* The article may shrink and scroll; the navigation bar must always stay on screen. */
    grid-template-rows: minmax(0, 1fr) auto auto;
    height: 100%;
    box-sizing: border-box;
    padding-block: 1.5rem 1rem;
    padding-inline: 4rem;
    gap: 1rem;
    /* Sideways drags are page swipes (handled in script); only vertical panning scrolls. */
    touch-action: pan-y;
  }
  article {
    overflow-y: auto;
    border-radius: var(--kx-radius);
    overscroll-behavior: contain;
    /* A scroll container decides touch panning for what is inside it, so it repeats pan-y. */
    touch-action: pan-y;
  }
  /* A screen with a diagram: text on the reading side, the picture beside it. */
  article.with-diagram {
    display: grid;
    grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
    align-items: start;
    gap: 3rem;
    /* The figure takes the article's whole height (100cqh), whatever the text size. */
    container-type: size;
  }
  kx-diagram-figure {
    height: 100cqh;
  }
  h1 {
    font-size: 2.4rem;
    line-height: 1.2;
    margin-block: 0 1.5rem;
  }
  h1:focus {
    outline: none;
  }
  article:focus-visible {
    outline: 4px solid var(--kx-color-focus);
    outline-offset: 4px;
  }
  .care-note {
    margin: 0;
    color: var(--kx-color-text-muted);
  }
  nav {
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    align-items: center;
    gap: 1.5rem;
    border-block-start: 2px solid var(--kx-color-border);
    padding-block-start: 1rem;
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
  .dots {
    display: flex;
    gap: 0.6rem;
  }
  .dot {
    width: 0.8rem;
    height: 0.8rem;
    border-radius: 50%;
    border: 2px solid var(--kx-color-primary);
  }
  .dot.current {
    background: var(--kx-color-primary);
  }
`;
