import { css } from 'lit';

export const staffPanelStyles = css`
  /* Staff only, many controls on one screen: still well above the 44 px minimum touch target. */
  :host {
    --kx-touch-target: 3.4rem;
  }
  /* Staff settings are chrome, not a patient's reading: zoomed like the header (global.css), they
     grow only to 28 px whatever text size the patient left on screen. The zoom scales viewport
     units too, so they are divided by it. */
  dialog {
    zoom: var(--kx-chrome-zoom, 1);
    width: min(80rem, calc(100vw / var(--kx-chrome-zoom, 1) - 2rem));
    max-height: calc(100vh / var(--kx-chrome-zoom, 1) - 2rem);
    box-sizing: border-box;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem 2rem;
    margin-block-end: 1rem;
  }
  h2 {
    margin: 0;
    font-size: 1.8rem;
  }
  .status {
    flex: 1;
    margin: 0;
    color: var(--kx-color-primary);
    font-weight: 700;
  }
  /* Two columns where they fit (landscape), one on a portrait or small screen. */
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 28rem), 1fr));
    gap: 0 2.5rem;
  }
  section {
    margin-block-end: 1.5rem;
  }
  h3 {
    margin-block: 0 0.3rem;
    font-size: 1.3rem;
  }
  h4 {
    margin-block: 0.8rem 0.3rem;
    font-size: 1.1rem;
  }
  .help,
  p {
    margin-block: 0 0.6rem;
    color: var(--kx-color-text-muted);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* The name, then its three buttons; on a narrow screen the buttons go under the name. */
  .languages li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.6rem;
    padding-block: 0.4rem;
    border-block-end: 1px solid var(--kx-color-border);
  }
  .languages li.off .name {
    color: var(--kx-color-text-muted);
  }
  .name {
    display: flex;
    flex: 1 1 10rem;
    flex-direction: column;
    font-weight: 700;
  }
  .english {
    font-weight: 400;
    font-size: 0.85rem;
    color: var(--kx-color-text-muted);
  }
  .toggle {
    min-width: 7rem;
  }
  button[aria-pressed='true'] {
    background: var(--kx-color-primary);
    color: var(--kx-color-on-primary);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6rem;
  }
  .stepper {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem;
  }
  .stepper .value {
    min-width: 9rem;
    text-align: center;
    font-weight: 700;
    font-size: 1.2rem;
  }
  .topics li {
    color: var(--kx-color-text-muted);
  }
  .exit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem;
    margin-block-start: 1rem;
  }
  button.danger {
    border-color: var(--kx-color-caution);
    color: var(--kx-color-caution);
  }
  .clinic-line {
    display: grid;
    gap: 0.75rem;
    margin: 0;
  }
  .clinic-line div {
    display: grid;
    grid-template-columns: minmax(8rem, auto) minmax(0, 1fr) auto;
    align-items: center;
    gap: 1rem;
  }
  .clinic-line dt {
    font-weight: 700;
  }
  .clinic-line dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
