import { css } from 'lit';

export const languagePickerStyles = css`
  /* Wide enough for three columns (two on a narrow screen), so six languages show at once with
     no scrolling; on a short screen the buttons are lower. Like the header it opens from, it is
     chrome: zoomed like the header (global.css), so it grows only to 28 px at larger text sizes.
     The zoom scales viewport units and px too, so those are divided by it. */
  dialog {
    zoom: var(--kx-chrome-zoom, 1);
    width: min(44rem, calc(92vw / var(--kx-chrome-zoom, 1)));
    max-height: calc(92vh / var(--kx-chrome-zoom, 1));
  }
  .panel {
    padding: min(2rem, 4vh);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 1rem 2rem;
    margin-block-end: min(1.5rem, 3vh);
  }
  h2 {
    margin: 0;
    font-size: min(1.8rem, 5.5vh);
  }
  header button {
    min-height: max(calc(48px / var(--kx-chrome-zoom, 1)), min(var(--kx-touch-target), calc(9vh / var(--kx-chrome-zoom, 1))));
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
    gap: min(1rem, 2vh);
  }
  button.language {
    width: 100%;
    min-height: max(calc(48px / var(--kx-chrome-zoom, 1)), min(5.5rem, calc(13vh / var(--kx-chrome-zoom, 1))));
    flex-direction: column;
    gap: 0.1rem;
    color: var(--kx-color-text);
    border-color: var(--kx-color-border);
  }
  button.language[aria-current='true'] {
    border-color: var(--kx-color-primary);
    border-width: 4px;
    background: var(--kx-color-primary-soft);
  }
  .native {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    font-size: 1.4rem;
  }
  .english {
    font-weight: 400;
    font-size: 0.9rem;
    color: var(--kx-color-text-muted);
  }
`;
