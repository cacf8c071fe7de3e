import { css } from 'lit';

export const diagramViewerStyles = css`
  dialog {
    width: 100vw;
    height: 100vh;
    max-width: none;
    max-height: none;
    margin: 0;
    border-radius: 0;
  }
  .panel {
    box-sizing: border-box;
    height: 100%;
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
    gap: 1rem;
    padding-block: min(1.5rem, calc(1.5 * var(--kx-standard-rem)));
    padding-inline: min(4rem, calc(4 * var(--kx-standard-rem)), 5vw);
  }
  /* On a narrow screen or with long labels the hint (and the title) go on a line of their own.
     Both bars are chrome, zoomed like the kiosk's header (global.css), so at larger text sizes the
     picture keeps the height. */
  header,
  footer {
    zoom: var(--kx-chrome-zoom, 1);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: min(1rem, var(--kx-standard-rem)) min(1.5rem, calc(1.5 * var(--kx-standard-rem)));
  }
  /* Buttons keep their words on one line; the title and the hint wrap around them. */
  header button,
  footer button {
    flex: none;
    white-space: nowrap;
  }
  h2 {
    flex: 1 1 16rem;
    margin: 0;
    font-size: 1.8rem;
    line-height: 1.2;
  }
  .close {
    min-height: min(5rem, calc(5 * var(--kx-standard-rem)));
    padding-inline: min(2rem, calc(2 * var(--kx-standard-rem)));
    font-size: 1.2rem;
    margin-inline-start: auto;
  }
  footer button:first-of-type {
    margin-inline-start: auto;
  }
  .stage {
    /* The viewer does its own pinch, pan and double-tap; the browser must not zoom or scroll. */
    touch-action: none;
    cursor: grab;
  }
  .hint {
    flex: 1 1 10rem;
    margin: 0;
    color: var(--kx-color-text-muted);
  }
  .message {
    display: grid;
    place-items: center;
    height: 100%;
    margin: 0;
    color: var(--kx-color-text-muted);
  }
`;
