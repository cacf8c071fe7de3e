/**
 * Gives every element marked `data-font` (a language's font list from the registry) that font,
 * so a language's name or text is drawn in its own script's bundled font whatever language the
 * kiosk shows. Set through the CSSOM because the CSP forbids style attributes.
 */
export function applyLanguageFonts(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-font]')) {
    element.style.fontFamily = element.dataset.font || '';
  }
}
