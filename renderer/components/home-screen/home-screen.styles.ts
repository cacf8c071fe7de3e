import { css } from 'lit';

/**
 * The home screen is laid out for 1 to about 30 topics, on any screen shape. One topic gets one
 * large card in the middle of the screen (icon above the words when the screen is narrow);
 * a few get large cards side by side; many become a grid of smaller cards that scrolls, with
 * the heading staying in view. Column counts come from the cards' readable width, not from
 * device sizes.
 */
export const homeScreenStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto auto minmax(0, 1fr);
    box-sizing: border-box;
    padding-block: min(2rem, calc(2 * var(--kx-standard-rem))) 0;
    padding-inline: clamp(1rem, 4vw, 4rem);
    container: home / inline-size;
  }
  h1 {
    font-size: 2.4rem;
    margin-block: 0 0.5rem;
    line-height: 1.2;
  }
  h1:focus {
    outline: none;
  }
  .lead-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.5rem;
    margin-block: 0 1.5rem;
  }
  .lead {
    font-size: 1.25rem;
    color: var(--kx-color-text-muted);
    margin: 0;
  }
  kx-listen-button {
    zoom: var(--kx-chrome-zoom, 1);
  }
  /* The topics scroll under the heading when there are more than fit. */
  .topics {
    /* Its height is the screen's, less the heading: the single card sizes itself from it. */
    container: topic-list / size;
    overflow-y: auto;
    overscroll-behavior: contain;
    touch-action: pan-y;
    /* Room for the cards' shadow and the focus ring, and a margin at the end of the scroll. */
    padding: 0.5rem;
    margin-inline: -0.5rem;
    padding-block-end: 2rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 2rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 30rem), 1fr));
  }
  ul.many {
    gap: 1.25rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  button.topic {
    width: 100%;
    height: 100%;
    min-height: 12rem;
    justify-content: flex-start;
    text-align: start;
    padding: 1.5rem;
    gap: 1.5rem;
    color: var(--kx-color-text);
    border-color: var(--kx-color-border);
    box-shadow: 0 0.15rem 0.5rem rgb(0 0 0 / 8%);
  }
  .many button.topic {
    min-height: 8rem;
    padding: 1rem;
    gap: 1rem;
  }
  .topic img {
    width: 7rem;
    height: 7rem;
    flex: none;
  }
  .many .topic img {
    width: 4.5rem;
    height: 4.5rem;
  }
  .topic-text {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
    min-width: 0;
    overflow-wrap: break-word;
  }
  .topic-title {
    font-size: 1.6rem;
    color: var(--kx-color-primary);
  }
  .many .topic-title {
    font-size: 1.35rem;
  }
  .topic-summary {
    font-weight: 400;
  }
  .topic-count {
    font-weight: 400;
    color: var(--kx-color-text-muted);
  }
  /* The "start" cue of a single topic: the whole card is the button, this says so. */
  .start {
    display: none;
  }

  /* One topic: one large card, centred in the space below the heading. */
  .topics.single {
    display: grid;
    /* safe: a card taller than the space starts at the top (and scrolls) instead of being cut. */
    align-content: safe center;
    justify-items: center;
  }
  ul.single {
    grid-template-columns: minmax(0, 60rem);
    inline-size: 100%;
    justify-content: center;
  }
  .single button.topic {
    min-height: 18rem;
    padding: 2.5rem;
    gap: 2.5rem;
  }
  .single .topic img {
    width: 12rem;
    height: 12rem;
  }
  .single .topic-title {
    font-size: 2.4rem;
  }
  .single .topic-summary {
    font-size: 1.35rem;
  }
  .single .start {
    display: inline-flex;
    align-items: center;
    gap: 0.6rem;
    align-self: flex-start;
    margin-block-start: 1rem;
    padding-block: 0.75rem;
    padding-inline: 1.5rem;
    border-radius: var(--kx-radius);
    background: var(--kx-color-primary);
    color: var(--kx-color-on-primary);
    font-weight: 700;
  }
  /* Portrait and narrow screens: the picture above the words, so the words keep a readable
     width and the card fills more of the tall screen. */
  @media (orientation: portrait) {
    .single button.topic {
      flex-direction: column;
      align-items: flex-start;
      padding-block: 3rem;
    }
  }
  @container home (width < 36rem) {
    .single button.topic {
      flex-direction: column;
      align-items: flex-start;
      padding: 1.5rem;
      gap: 1.5rem;
    }
    .single .topic img {
      width: 8rem;
      height: 8rem;
    }
  }
  /* A short space (1366x768, 1024x768, larger text): the single card stays compact enough to
     show whole, with its Start cue, without scrolling. */
  @container topic-list (height < 24rem) {
    .single button.topic {
      min-height: 0;
      padding: 1.5rem;
      gap: 1.5rem;
    }
    .single .topic img {
      width: 7rem;
      height: 7rem;
    }
    .single .topic-title {
      font-size: 1.8rem;
    }
    .single .start {
      margin-block-start: 0.25rem;
    }
  }
  .empty {
    font-size: 1.25rem;
  }
`;
