import { css } from 'lit';

/*
 * The whole pad fits a short screen (1366x768) at every text size without scrolling: its heights
 * are capped by the window's height (vh) as well as set in rem.
 */
export const pinPadStyles = css`
  dialog {
    width: min(34rem, 92vw);
  }
  .panel {
    display: grid;
    gap: min(1rem, 2vh);
    padding: min(2rem, 4vh);
  }
  header button {
    min-height: max(48px, min(var(--kx-touch-target), 8vh));
    font-size: min(1rem, 3.5vh);
    padding-block: min(0.5rem, 1vh);
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1.5rem;
  }
  h2 {
    margin: 0;
    font-size: min(1.7rem, 5vh);
  }
  p {
    margin: 0;
    font-size: min(1.15rem, 3.5vh);
  }
  .dots {
    display: flex;
    justify-content: center;
    gap: 0.9rem;
    padding-block: min(0.5rem, 1vh);
  }
  .dot {
    width: min(1.1rem, 3vh);
    height: min(1.1rem, 3vh);
    border-radius: 50%;
    border: 2px solid var(--kx-color-primary);
  }
  .dot.filled {
    background: var(--kx-color-primary);
  }
  .message {
    font-size: min(1rem, 3.5vh);
    min-height: 1.6em;
    color: var(--kx-color-caution);
    font-weight: 700;
    text-align: center;
  }
  .keys {
    display: grid;
    grid-template-columns: repeat(3, 1fr);
    gap: min(0.8rem, 1.5vh);
  }
  .key {
    min-height: max(48px, min(5rem, 10vh));
    font-size: min(1.6rem, 5vh);
    line-height: 1.1;
    padding-block: min(0.5rem, 1vh);
    padding-inline: 0.5rem;
  }
  .key.primary {
    font-size: min(1.2rem, 4vh);
  }
`;
