import { css } from 'lit';

/**
 * The header's width decides how the controls show (container "header-bar", app.styles.ts).
 * The breakpoint is in the bar's own em, so it follows the text size and the bar's zoom. It is
 * what the widest language's unfolded bar on a topic page needs (Home, the topic name's longest
 * word, the three sizes, High contrast, Language): measured 57.0 em in French, 56.0 in
 * Vietnamese, 54.2 in English, 46.8 in Chinese; re-measure when labels change.
 */
export const displayControlsStyles = css`
  :host {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .inline,
  .sizes {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .inline {
    gap: 0.75rem;
  }
  .open-display {
    display: none;
  }
  @container header-bar (width < 58em) {
    .inline {
      display: none;
    }
    .open-display {
      display: inline-flex;
    }
  }
  /* In the header bar: outlined in the bar's text colour; the current choice filled. */
  .bar-button {
    min-height: 3rem;
    border-color: var(--kx-color-on-primary);
    background: transparent;
    color: var(--kx-color-on-primary);
    padding-inline: 1rem;
    white-space: nowrap;
  }
  .bar-button:active {
    background: var(--kx-color-primary-pressed);
  }
  .bar-button[aria-pressed='true'] {
    background: var(--kx-color-on-primary);
    color: var(--kx-color-primary);
  }
  /* The same letter at three sizes shows what each button does without reading. */
  .size {
    min-width: 3rem;
    padding-inline: 0.4rem;
    line-height: 1;
  }
  .size-standard .letter {
    font-size: 1rem;
  }
  /* Kept under 1.5rem: Arabic's tall letter box (about 2.1 times the font size) must stay
     inside the button. */
  .size-large .letter {
    font-size: 1.2rem;
  }
  .size-largest .letter {
    font-size: 1.4rem;
  }

  /* The folded controls' dialog is chrome like the bar it opens from: it keeps the bar's zoom
     (global.css), which scales viewport units and px too, so those are divided by it. */
  dialog {
    width: min(40rem, calc(100vw / var(--kx-chrome-zoom, 1) - 2rem));
    max-height: calc(100vh / var(--kx-chrome-zoom, 1) - 2rem);
    box-sizing: border-box;
    color: var(--kx-color-text);
  }
  /* Heights are capped by the window's too: the dialog fits a short screen whole. */
  .panel {
    display: grid;
    gap: min(1.5rem, 2.5vh);
    padding: min(2rem, 4vh);
  }
  .panel button {
    min-height: max(calc(48px / var(--kx-chrome-zoom, 1)), min(var(--kx-touch-target), calc(9.5vh / var(--kx-chrome-zoom, 1))));
  }
  .dialog-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
  }
  h2 {
    margin: 0;
    font-size: min(1.6rem, 5vh);
  }
  .choices {
    display: grid;
    gap: min(1rem, 1.8vh);
  }
  .dialog-button {
    justify-content: flex-start;
    gap: 1rem;
    text-align: start;
  }
  .dialog-button[aria-pressed='true'] {
    background: var(--kx-color-primary);
    color: var(--kx-color-on-primary);
  }
  .dialog-button .letter {
    display: inline-block;
    min-width: 2.2rem;
    text-align: center;
  }
  .dialog-button.size {
    padding-inline: 1rem;
  }
`;
