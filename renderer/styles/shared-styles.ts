import { css } from 'lit';

/**
 * Button looks shared by every component: large touch targets, an immediate pressed state and
 * a visible focus ring for staff using a keyboard.
 */
export const buttonStyles = css`
  button {
    font: inherit;
    font-weight: 700;
    min-height: var(--kx-touch-target);
    min-width: var(--kx-touch-target);
    padding-block: 0.5rem;
    padding-inline: 1.5rem;
    border-radius: var(--kx-radius);
    border: 2px solid var(--kx-color-primary);
    background: var(--kx-color-surface);
    color: var(--kx-color-primary);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.6rem;
    cursor: pointer;
    touch-action: manipulation;
    transition: background-color var(--kx-duration), transform var(--kx-duration);
  }
  button.primary {
    background: var(--kx-color-primary);
    color: var(--kx-color-on-primary);
  }
  /* Pressed shows at once (no transition in); letting go fades back. */
  button:active {
    background: var(--kx-color-primary-soft);
    transform: scale(0.97);
    transition-duration: 0s;
  }
  button.primary:active {
    background: var(--kx-color-primary-pressed);
  }
  button:focus-visible {
    outline: 4px solid var(--kx-color-focus);
    outline-offset: 3px;
  }
  button[disabled] {
    opacity: 0.4;
    cursor: default;
  }
  svg.icon {
    width: 1.4em;
    height: 1.4em;
    flex: none;
  }
  svg.icon.directional:dir(rtl) {
    transform: scaleX(-1);
  }
`;

/** What dims the screen behind a modal box. */
export const backdropColor = css`rgb(10 20 30 / 50%)`;

/** The look of every modal box (language picker, glossary definition). */
export const dialogStyles = css`
  dialog {
    border: none;
    border-radius: calc(var(--kx-radius) * 1.5);
    padding: 0;
    background: var(--kx-color-surface);
    color: var(--kx-color-text);
    box-shadow: 0 1rem 3rem rgb(0 0 0 / 30%);
  }
  dialog::backdrop {
    background: ${backdropColor};
  }
  .panel {
    padding: 2rem;
  }
`;

/**
 * The declarations that keep text for screen readers only: in the page, announced, but not
 * drawn. For rules that hide a label only at some sizes (inside a container query).
 */
export const visuallyHiddenDeclarations = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

/** Text for screen readers only: in the page, announced, but not drawn. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    ${visuallyHiddenDeclarations}
  }
`;
