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
    padding-block: 1.5rem;
    padding-inline: 4rem;
  }
  header,
  footer {
    display: flex;
    align-items: center;
    gap: 1.5rem;
  }
  /* Buttons keep their words on one line; the title and the hint wrap around them. */
  header button,
  footer button {
    flex: none;
    white-space: nowrap;
  }
  h2 {
    flex: 1 1 auto;
    margin: 0;
    font-size: 1.8rem;
    line-height: 1.2;
  }
  .close {
    min-height: 5rem;
    padding-inline: 2rem;
    font-size: 1.2rem;
  }
  .stage {
    /* The viewer does its own pinch, pan and double-tap; the browser must not zoom or scroll. */
    touch-action: none;
    cursor: grab;
  }
  .hint {
    flex: 1 1 auto;
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
