import { css } from 'lit';

export const topicScreenStyles = css`
  :host {
    display: grid;
    /* The article may shrink and scroll; the navigation bar must always stay on screen. */
    grid-template-rows: minmax(0, 1fr) auto auto;
    height: 100%;
    box-sizing: border-box;
    /* Spacing stops growing past the standard size: larger text gets the room instead; on a
       narrow screen the sides give way to the text. */
    padding-block: min(1.5rem, calc(1.5 * var(--kx-standard-rem))) min(1rem, var(--kx-standard-rem));
    padding-inline: min(4rem, calc(4 * var(--kx-standard-rem)), 5vw);
    gap: min(1rem, var(--kx-standard-rem));
    /* The page's shape decides where a diagram goes (below). */
    container: topic-page / size;
    /* Sideways drags are page swipes (handled in script); only vertical panning scrolls. */
    touch-action: pan-y;
  }
  /* On standby behind the home screen (the app's standby topic), in the same place: laid out, never drawn. */
  :host([standby]) {
    visibility: hidden;
  }
  /* Dialogs draw in the top layer; out of the grid they add no empty rows or gaps. */
  kx-glossary-popup,
  kx-diagram-viewer {
    position: absolute;
  }
  /* The page shown and the pages made ahead of the next tap share one place; those ahead are
     laid out there but never drawn, reachable or announced until the patient turns to them. */
  .pages {
    display: grid;
    grid-template: minmax(0, 1fr) / minmax(0, 1fr);
    min-height: 0;
  }
  .pages > article {
    grid-area: 1 / 1;
  }
  article.ahead {
    visibility: hidden;
  }
  /* Once laid out and measured, a page ahead keeps its layout but drops out of every frame's
     style, layout and paint work until it is shown (topic-screen.ts measureHiddenPages). */
  article.ahead[data-parked] {
    content-visibility: hidden;
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
    /* A scroll box clips sideways too, and a large bold letter at a line's start or end (the T of
       "Talk", a W) reaches a little past its line. A little room on both sides, given back by
       the margin, keeps those letters whole and the text where it was. */
    padding-inline: 0.25rem;
    margin-inline: -0.25rem;
    border-radius: var(--kx-radius);
    overscroll-behavior: contain;
    /* A scroll container decides touch panning for what is inside it, so it repeats pan-y. */
    touch-action: pan-y;
  }
  /* A screen with a diagram: text on the reading side, the picture beside it. The larger text
     sizes give the text a wider share (global.css). */
  article.with-diagram {
    grid-template-columns: var(--kx-text-and-diagram-columns, minmax(0, 5fr) minmax(0, 6fr));
    gap: min(3rem, calc(3 * var(--kx-standard-rem)));
    /* The figure takes the article's whole height (100cqh), whatever the text size. */
    container-type: size;
  }
  kx-diagram-figure {
    height: 100cqh;
  }
  /* A page taller than it is wide (a portrait kiosk, a tablet): the picture goes below the text,
     across the whole width, as tall as its proportions ask but never more than 38 % of the
     page's body (26 % on a small one), so the text keeps the larger part (diagram-figure.styles.ts). */
  @container topic-page (aspect-ratio < 1) {
    article.with-diagram {
      grid-template-columns: minmax(0, 1fr);
      /* The picture follows the text directly; a short text leaves the spare room below both. */
      grid-template-rows: minmax(0, max-content) auto;
      align-content: start;
      gap: min(1.5rem, calc(1.5 * var(--kx-standard-rem)));
    }
    kx-diagram-figure {
      height: auto;
    }
  }
  /* When more text is below the fold, its last visible line fades out: there is more to read. */
  .text.more-below {
    mask-image: linear-gradient(to bottom, #000 calc(100% - 2.5rem), transparent);
  }
  h1 {
    /* Already large: at the larger text sizes it stays at 64 px (at standard scale) and leaves
       the room to the text. */
    font-size: min(2.4rem, calc(8 / 3 * var(--kx-standard-rem)));
    line-height: 1.2;
    margin-block: 0 min(1.5rem, calc(1.5 * var(--kx-standard-rem)));
    overflow-wrap: break-word;
  }
  /* Paragraphs and lists keep a readable line length on wide screens (screen-styles.ts). */
  h1:focus {
    outline: none;
  }
  .text:focus-visible {
    outline: 4px solid var(--kx-color-focus);
    outline-offset: -4px;
  }
  /* On a narrow screen the "More below" button goes under the care note instead of squeezing it. */
  /* Listen sits first under the text on every page, scaled like the other page buttons. */
  kx-listen-button {
    zoom: var(--kx-chrome-zoom, 1);
    flex: none;
  }
  /* The same size as Listen beside it, so the two never push the page's text up on a short screen. */
  button.take-home {
    zoom: var(--kx-chrome-zoom, 1);
    flex: none;
    min-height: calc(8 / 3 * var(--kx-standard-rem));
    padding-block: 0.25rem;
    padding-inline: 1rem;
  }
  .below-article {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: min(0.5rem, calc(0.5 * var(--kx-standard-rem))) min(1.5rem, calc(1.5 * var(--kx-standard-rem)));
  }
  .care-note {
    flex: 1 1 16rem;
    margin: 0;
    /* Read last and often: a size smaller than the page's text, never under the standard size. */
    font-size: max(0.8rem, var(--kx-standard-rem));
    color: var(--kx-color-text-muted);
  }
  /* Always in the layout, shown only while there is more below: the page never jumps. */
  /* Like the header, the page's buttons are chrome: scaled by the same zoom (global.css), they
     grow only to 28 px at the larger text sizes and leave the height to the page's text. */
  button.more,
  nav {
    zoom: var(--kx-chrome-zoom, 1);
  }
  button.more {
    flex: none;
    margin-inline-start: auto;
    min-height: calc(8 / 3 * var(--kx-standard-rem));
    padding-block: 0.25rem;
    padding-inline: 1rem;
    white-space: nowrap;
  }
  button.more[aria-hidden='true'] {
    visibility: hidden;
  }
  nav {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: min(1.5rem, calc(1.5 * var(--kx-standard-rem)));
    border-block-start: 2px solid var(--kx-color-border);
    padding-block-start: min(1rem, var(--kx-standard-rem));
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
    text-align: center;
    min-width: 0;
  }
  /* In a topic with chapters the position is a button back to the contents page. Its words may
     be long ("What you can do · 1 of 1"), so unlike the other page buttons it wraps. */
  button.position {
    white-space: normal;
    padding-inline: min(0.75rem, calc(0.75 * var(--kx-standard-rem)));
    border-color: var(--kx-color-border);
    justify-self: center;
    /* Room for the progress bar below the words (a button is otherwise as wide as its words). */
    inline-size: min(100%, 22rem);
  }
  button.position[disabled] {
    opacity: 1;
  }
  .position-line {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  /* How far through the topic: one segment per page, filled up to this one. The bar takes the
     width between Back and Next, so any number of pages fits any screen. */
  .progress {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: min(0.25rem, calc(0.25 * var(--kx-standard-rem)));
    inline-size: min(100%, 20rem);
  }
  .segment {
    block-size: min(0.6rem, calc(0.6 * var(--kx-standard-rem)));
    border-radius: calc(0.3 * var(--kx-standard-rem));
    border: 2px solid var(--kx-color-primary);
    box-sizing: border-box;
  }
  .segment.done {
    background: var(--kx-color-primary);
  }
  /* A wider gap where a chapter begins. */
  .segment.chapter-start:not(:first-child) {
    margin-inline-start: min(0.3rem, calc(0.3 * var(--kx-standard-rem)));
  }
  /* A short or narrow page (a 1366x768 screen, a tablet, larger text on a small screen): the
     heading and the page buttons give their room to the text. */
  @container topic-page (width < 34rem) {
    h1 {
      font-size: min(1.8rem, calc(2 * var(--kx-standard-rem)));
    }
  }
  /* Narrow and tall (a portrait tablet or kiosk, larger text): there is height to spare but not
     width, so the care note gets its own line (Listen and More below share the one under it) and
     the position ("What you can do · 1 of 1") gets the whole width above Back and Next. A short
     landscape screen keeps each on one line: there the height is what the text needs. */
  @container topic-page (width < 34rem) and (aspect-ratio < 1) {
    .care-note {
      order: -1;
      flex-basis: 100%;
    }
    nav {
      grid-template-columns: 1fr 1fr;
      grid-template-areas: 'position position' 'back next';
      row-gap: min(0.75rem, calc(0.75 * var(--kx-standard-rem)));
    }
    nav .back {
      grid-area: back;
    }
    nav .next {
      grid-area: next;
    }
    nav .position {
      grid-area: position;
      justify-self: stretch;
      inline-size: auto;
    }
  }
  @container topic-page (height < 26rem) {
    h1 {
      font-size: min(1.8rem, calc(2 * var(--kx-standard-rem)));
      margin-block-end: min(0.75rem, calc(0.75 * var(--kx-standard-rem)));
    }
    nav button {
      min-height: max(3.5rem, 48px);
    }
  }
`;
