import { css } from 'lit';

export const pinPadStyles = css`
  dialog {
    width: min(34rem, 92vw);
  }
  .panel {
    display: grid;
    gap: 1rem;
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1.5rem;
  }
  h2 {
    margin: 0;
    font-size: 1.7rem;
  }
  p {
    margin: 0;
    font-size: 1.15rem;
  }
  .dots {
    display: flex;
    justify-content: center;
    gap: 0.9rem;
    padding-block: 0.5rem;
  }
  .dot {
    width: 1.1rem;
    height: 1.1rem;
    border-radius: 50%;
    border: 2px solid var(--kx-color-primary);
  }
  .dot.filled {
    background: var(--kx-color-primary);
  }
  .message {
    min-height: 1.6em;
    color: var(--kx-color-caution);
    font-weight: 700;
    text-align: center;
  }
  .keys {
    display: grid;
    grid-template-columns: repeat(3, 1fr);
    gap: 0.8rem;
  }
  .key {
    min-height: 5rem;
    font-size: 1.6rem;
    padding-inline: 0.5rem;
  }
  .key.primary {
    font-size: 1.2rem;
  }
`;
