import { svg } from 'lit';

/**
 * Line icons drawn for the kiosk, 24-unit grid, stroked in the current text colour.
 * Icons that point along the reading direction carry the `directional` class and are mirrored
 * in right-to-left languages by the shared button styles.
 */
const frame = (paths: ReturnType<typeof svg>, directional = false) =>
  svg`<svg class="icon ${directional ? 'directional' : ''}" viewBox="0 0 24 24" aria-hidden="true" fill="none"
    stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;

export const arrowForwardIcon = () => frame(svg`<path d="M4 12h15M13 6l6 6-6 6"/>`, true);
export const arrowBackIcon = () => frame(svg`<path d="M20 12H5M11 6l-6 6 6 6"/>`, true);
export const homeIcon = () => frame(svg`<path d="M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10"/>`);
export const globeIcon = () =>
  frame(svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18"/>`);
export const closeIcon = () => frame(svg`<path d="M6 6l12 12M18 6L6 18"/>`);
/** A printer with a sheet coming out: "Take this home" and Print. */
export const printIcon = () => frame(svg`<path d="M7 9V3h10v6M7 17H4v-8h16v8h-3M7 14h10v7H7z"/>`);
/** A mobile phone: open a web page on it (the QR code). */
export const phoneIcon = () => frame(svg`<rect x="6.5" y="2" width="11" height="20" rx="2"/><path d="M11 18h2"/>`);
/** A tick box, empty or ticked: a choice a patient can turn on and off. */
export const tickBoxIcon = (ticked: boolean) => frame(ticked ? svg`<rect x="3" y="3" width="18" height="18" rx="3"/><path d="M7 12l3.5 3.5L17 9"/>` : svg`<rect x="3" y="3" width="18" height="18" rx="3"/>`);
export const checkIcon = () => frame(svg`<path d="M5 12l5 5 9-10"/>`);
/** Delete the last digit: points backwards along the reading direction. */
export const backspaceIcon = () => frame(svg`<path d="M21 5H9l-6 7 6 7h12zM12 9l6 6M18 9l-6 6"/>`, true);
/** A loudspeaker with sound: listen. */
export const speakerIcon = () => frame(svg`<path d="M4 9h4l5-4v14l-5-4H4zM16.5 8.5a5 5 0 010 7M19 6a8.5 8.5 0 010 12"/>`);
export const pauseIcon = () => frame(svg`<path d="M8 5v14M16 5v14"/>`);
/** Points along the reading direction, like the play symbol it is. */
export const playIcon = () => frame(svg`<path d="M7 5l12 7-12 7z"/>`, true);
/** A list: the topic's contents. */
export const contentsIcon = () => frame(svg`<path d="M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01"/>`);
export const arrowUpIcon = () => frame(svg`<path d="M12 20V5M6 11l6-6 6 6"/>`);
export const arrowDownIcon = () => frame(svg`<path d="M12 4v15M6 13l6 6 6-6"/>`);
export const minusIcon = () => frame(svg`<path d="M5 12h14"/>`);
export const plusIcon = () => frame(svg`<path d="M5 12h14M12 5v14"/>`);
export const touchIcon = () =>
  frame(svg`<path d="M9 11V5.5a1.5 1.5 0 013 0V11m0-1.5a1.5 1.5 0 013 0V12m0-1a1.5 1.5 0 013 0v4c0 3.3-2.7 6-6 6h-1c-2 0-3.4-.9-4.5-2.4L4 15.5a1.5 1.5 0 012.4-1.8L9 16"/>`);
/** Magnifying glass with a plus: make a picture bigger. */
export const zoomInIcon = () => frame(svg`<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5L21 21M8 10.5h5M10.5 8v5"/>`);
export const zoomOutIcon = () => frame(svg`<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5L21 21M8 10.5h5"/>`);
/** Four corners: show the whole picture again. */
export const fitIcon = () => frame(svg`<path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5"/>`);
/** A circle half filled: light and dark, for the contrast switch. */
export const contrastIcon = () => frame(svg`<circle cx="12" cy="12" r="9"/><path d="M12 3a9 9 0 010 18z" fill="currentColor"/>`);
/** A small and a large letter: text size and colours, for the folded display controls. */
export const textSizeIcon = () => frame(svg`<path d="M3 19l4-10 4 10M4.2 16h5.6M12 19l5-14 5 14M13.6 14.5h6.8"/>`);
