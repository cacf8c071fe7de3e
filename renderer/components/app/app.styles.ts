import { css } from 'lit';

export const appStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto 1fr;
    height: 100%;
    font-family: var(--kx-font-family);
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1.5rem;
    padding-block: 0.5rem;
    padding-inline: 4rem;
    /* Scales the whole bar, rem sizes inside its components included (global.css sets it). */
    zoom: var(--kx-chrome-zoom, 1);
    background: var(--kx-color-primary);
    color: var(--kx-color-on-primary);
  }
  /* The patient's display controls sit with the language button at the end of the bar. */
  kx-display-controls {
    margin-inline-start: auto;
  }
  .brand {
    font-size: 1.3rem;
    font-weight: 700;
  }
  .topic-title {
    display: flex;
    align-items: center;
    gap: 1.5rem;
  }
  header button {
    /* A compact bar (still far above the 48 px minimum) leaves the page its height. */
    min-height: 3rem;
    /* A label broken over two lines makes the bar taller and is harder to read. */
    white-space: nowrap;
    border-color: var(--kx-color-on-primary);
    background: transparent;
    color: var(--kx-color-on-primary);
  }
  header button:active {
    background: var(--kx-color-primary-pressed);
  }
  main {
    min-height: 0;
    overflow: hidden;
  }
  main > * {
    height: 100%;
    box-sizing: border-box;
  }
  .message {
    padding: 4rem;
    font-size: 1.4rem;
  }
`;
