import { css } from 'lit';

export const diagramFigureStyles = css`
  :host {
    display: block;
  }
  figure {
    margin: 0;
    display: grid;
    gap: 0.75rem;
  }
  .canvas {
    border: 2px solid var(--kx-color-border);
    border-radius: var(--kx-radius);
    overflow: hidden;
    background: #ffffff;
    cursor: zoom-in;
    /* Like the rest of a topic page: sideways drags turn the page, so they must reach script. */
    touch-action: pan-y;
    transition: border-color var(--kx-duration);
  }
  .canvas:active {
    border-color: var(--kx-color-primary);
  }
  .canvas > svg.diagram {
    display: block;
    width: 100%;
    height: auto;
    /* Never taller than the space beside the text on a 1080p screen. */
    max-height: calc(100vh - 24rem);
  }
  .placeholder {
    aspect-ratio: 8 / 5;
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
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
