import { css } from 'lit';

export const languagePickerStyles = css`
  /* Wide enough for three columns, so six languages show at once with no scrolling. */
  dialog {
    width: min(58rem, 92vw);
    max-height: 92vh;
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 2rem;
    margin-block-end: 1.5rem;
  }
  h2 {
    margin: 0;
    font-size: 1.8rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    gap: 1rem;
  }
  button.language {
    width: 100%;
    min-height: 5.5rem;
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
