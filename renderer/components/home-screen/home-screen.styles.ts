import { css } from 'lit';

export const homeScreenStyles = css`
  :host {
    display: block;
    padding-block: 2rem;
    padding-inline: 4rem;
  }
  h1 {
    font-size: 2.4rem;
    margin-block: 0 0.5rem;
    line-height: 1.2;
  }
  h1:focus {
    outline: none;
  }
  .lead {
    font-size: 1.25rem;
    color: var(--kx-color-text-muted);
    margin-block: 0 2rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(34rem, 1fr));
    gap: 2rem;
  }
  button.topic {
    width: 100%;
    min-height: 12rem;
    justify-content: flex-start;
    text-align: start;
    padding: 1.5rem;
    gap: 1.5rem;
    color: var(--kx-color-text);
    border-color: var(--kx-color-border);
    box-shadow: 0 0.15rem 0.5rem rgb(0 0 0 / 8%);
  }
  .topic img {
    width: 7rem;
    height: 7rem;
    flex: none;
  }
  .topic-text {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
  }
  .topic-title {
    font-size: 1.6rem;
    color: var(--kx-color-primary);
  }
  .topic-summary {
    font-weight: 400;
  }
  .topic-count {
    font-weight: 400;
    color: var(--kx-color-text-muted);
  }
  .empty {
    font-size: 1.25rem;
  }
`;
