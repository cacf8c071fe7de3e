import { css } from 'lit';
import { visuallyHiddenDeclarations } from '../../styles/shared-styles';

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
    /* Narrower gaps on a narrow screen (the bar cannot query its own width). */
    gap: clamp(0.75rem, 2vw, 1.5rem);
    padding-block: 0.5rem;
    /* The sides are the staff's hold corners (global.css): no button may lie under them. The bar
       is zoomed, so its padding is divided by the zoom to cover the corner on screen. */
    padding-inline: max(clamp(1rem, 4vw, 4rem), calc(var(--kx-staff-corner) / var(--kx-chrome-zoom, 1)));
    /* The bar's width decides what it shows (display-controls.styles.ts, and below). */
    container: header-bar / inline-size;
    /* Scales the whole bar, rem sizes inside its components included (global.css sets it). */
    zoom: var(--kx-chrome-zoom, 1);
    background: var(--kx-color-primary);
    color: var(--kx-color-on-primary);
  }
  /* The patient's display controls sit with the language button at the end of the bar. */
  kx-display-controls {
    margin-inline-start: auto;
    flex: none;
  }
  .brand {
    font-size: 1.3rem;
    font-weight: 700;
    /* A long topic name may take two lines in a narrow bar; it never pushes the buttons off. */
    min-width: 0;
    overflow-wrap: break-word;
    line-height: 1.2;
  }
  .topic-title {
    display: flex;
    flex: 1 1 auto;
    align-items: center;
    gap: 1.5rem;
    min-width: 0;
  }
  /* A narrower bar (a portrait tablet, long labels) keeps the globe and the language's own name;
     the word "Language" stays in the button's accessible name. */
  @container header-bar (width < 44em) {
    .topic-title {
      gap: 0.75rem;
    }
    .brand {
      font-size: 1.1rem;
    }
    .language-word {
      ${visuallyHiddenDeclarations}
    }
    header button {
      padding-inline: 0.75rem;
    }
  }
  /* The narrowest bar (768 px) has room for its three buttons only: on topic pages the topic's
     name leaves the bar (each page's own heading stays) and Home shows its house alone; both
     are still read by screen readers. */
  @container header-bar (width < 36em) {
    .topic-title .brand,
    .home-label {
      ${visuallyHiddenDeclarations}
    }
  }
  header button {
    /* Buttons keep their size; the topic's name gives way (it wraps). */
    flex: none;
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
    /* Clip, not hidden: a focus() or scrollIntoView() can never scroll the screen sideways. */
    overflow: clip;
    /* One place for every screen: the topic screen on standby lies under home at the very size
       it will have when shown (app.ts standbyTopic). */
    display: grid;
    grid-template: minmax(0, 1fr) / minmax(0, 1fr);
  }
  main > * {
    grid-area: 1 / 1;
    height: 100%;
    box-sizing: border-box;
  }
  .message {
    padding: 4rem;
    font-size: 1.4rem;
  }
`;
