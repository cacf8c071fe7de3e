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
    gap: 2rem;
    padding-block: 0.75rem;
    padding-inline: 4rem;
    background: var(--kx-color-primary);
    color: var(--kx-color-on-primary);
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
