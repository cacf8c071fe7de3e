import { css } from 'lit';

export const diagramFigureStyles = css`
  :host {
    display: block;
  }
  /* The picture gets whatever height its caption leaves; the drawing keeps its proportions inside. */
  figure {
    margin: 0;
    height: 100%;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: minmax(0, 1fr) auto;
    gap: 0.75rem;
  }
  /* A portrait topic page (container "topic-page", topic-screen.styles.ts) puts the figure below
     the text: the picture is then as tall as its proportions ask (--kx-diagram-aspect, set from
     the drawing's viewBox), but at most 38 % of the page's body, so the text keeps the rest. */
  @container topic-page (aspect-ratio < 1) {
    figure {
      grid-template-rows: auto auto;
    }
    /* A definite height (the width over the drawing's proportions, at most 38 % of the page's
       body; cq units are the article's), so long text at the largest size cannot squeeze the
       picture away. */
    .canvas {
      height: min(38cqh, calc(100cqw / (var(--kx-diagram-aspect, 4 / 3))));
    }
  }
  /* A small portrait page (a 768 px tablet, larger text): the text needs the room more; "Make
     bigger" shows the picture full screen. */
  @container topic-page (aspect-ratio < 1) and (width < 34rem) {
    .canvas {
      height: min(26cqh, calc(100cqw / (var(--kx-diagram-aspect, 4 / 3))));
    }
  }
  .canvas {
    cursor: zoom-in;
    /* Like the rest of a topic page: sideways drags turn the page, so they must reach script. */
    touch-action: pan-y;
    transition: border-color var(--kx-duration);
  }
  .canvas:active {
    border-color: var(--kx-color-primary);
  }
  .placeholder {
    box-sizing: border-box;
    height: 100%;
    margin: 0;
    display: grid;
    place-items: center;
    padding: 2rem;
    color: var(--kx-color-text-muted);
  }
  /* The caption and its button are chrome, zoomed like the header (global.css): larger text goes
     to the page's text, and the picture keeps its height on a short screen. */
  figcaption {
    zoom: var(--kx-chrome-zoom, 1);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    line-height: 1.3;
    font-weight: 700;
    color: var(--kx-color-text-muted);
  }
  /* Smaller than the page buttons (still a full touch target) so the picture keeps its height. */
  .enlarge {
    flex: none;
    min-height: 3rem;
    padding-inline: 1rem;
    white-space: nowrap;
  }
`;
