import { css } from 'lit';

export const usagePageStyles = css`
  /* Staff only, like the staff panel (staff-panel.styles.ts): chrome-sized, well above 44 px targets. */
  :host {
    --kx-touch-target: 3.4rem;
  }
  dialog {
    zoom: var(--kx-chrome-zoom, 1);
    width: min(90rem, calc(100vw / var(--kx-chrome-zoom, 1) - 2rem));
    max-width: none;
    max-height: calc(100vh / var(--kx-chrome-zoom, 1) - 2rem);
    box-sizing: border-box;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 2rem;
    margin-block-end: 1.5rem;
  }
  h2 {
    margin: 0;
    font-size: 1.8rem;
  }
  .period {
    flex: 1;
    margin: 0;
    color: var(--kx-color-text-muted);
  }
  .problem {
    color: var(--kx-color-caution);
    font-weight: 700;
  }
  /* Two columns where they fit (landscape), one on a portrait or small screen. */
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr));
    gap: 0 3rem;
  }
  section {
    margin-block-end: 1.8rem;
  }
  h3 {
    margin-block: 0 0.4rem;
    font-size: 1.3rem;
  }
  h4 {
    margin-block: 1rem 0.2rem;
    font-size: 1.15rem;
  }
  p {
    margin-block: 0 0.6rem;
  }
  .help {
    color: var(--kx-color-text-muted);
  }
  .total {
    font-weight: 700;
  }
  .chart {
    margin: 0 0 1rem;
  }
  figcaption {
    margin-block-end: 0.4rem;
    color: var(--kx-color-text-muted);
  }
  .bars {
    display: block;
    width: 100%;
    height: 9rem;
    border-block-end: 2px solid var(--kx-color-border);
    fill: var(--kx-color-primary);
  }
  /* Time runs the way the staff's language reads: oldest day at the start of the line. */
  :host(:dir(rtl)) .bars,
  :host(:dir(rtl)) .share {
    transform: scaleX(-1);
  }
  .axis {
    display: flex;
    justify-content: space-between;
    color: var(--kx-color-text-muted);
    font-size: 0.9rem;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-block-end: 0.8rem;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block: 0.3rem;
  }
  th,
  td {
    padding: 0.35rem 0.5rem;
    border-block-end: 1px solid var(--kx-color-border);
    text-align: start;
    vertical-align: baseline;
  }
  thead th {
    color: var(--kx-color-text-muted);
    font-weight: 400;
    font-size: 0.9rem;
  }
  tbody th {
    font-weight: 400;
  }
  /* Number columns line up at the end, headings too. */
  thead th:not(:first-child) {
    text-align: end;
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .apart th,
  .apart td {
    border-block-start: 2px solid var(--kx-color-border);
  }
  .page-number {
    display: inline-block;
    min-width: 1.6em;
    color: var(--kx-color-text-muted);
  }
  /* The funnel: each page's count, then a bar of its share of the sessions that opened the topic. */
  .reached {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: 0.6rem;
  }
  .number {
    min-width: 2.5em;
  }
  .share {
    width: min(8rem, 25vw);
    height: 0.8rem;
    flex: none;
    background: var(--kx-color-border);
    fill: var(--kx-color-primary);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.6rem;
  }
  .confirm {
    flex-basis: 100%;
    font-weight: 700;
  }
  .status {
    min-height: 1.5em;
    margin-block: 0.6rem 0;
    color: var(--kx-color-primary);
    font-weight: 700;
  }
  button.danger {
    border-color: var(--kx-color-caution);
    color: var(--kx-color-caution);
  }
`;
