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
    grid-template-rows: minmax(0, 1fr) auto;
    gap: 0.75rem;
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
  figcaption {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    font-weight: 700;
    color: var(--kx-color-text-muted);
  }
  /* Smaller than the page buttons (still a full touch target) so the picture keeps its height. */
  .enlarge {
    flex: none;
    min-height: 3rem;
    padding-inline: 1rem;
  }
`;
