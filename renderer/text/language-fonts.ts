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

/**
 * Starts downloading the font files a language is drawn with, in both weights the interface
 * uses, as soon as the start-up language is known. Left to itself the browser asks for a font
 * file only when laid-out text needs it, so the bold headings' file would be requested after
 * the first layout and the first paint would wait for it. The language's own name is the
 * sample text: it picks the right script subsets (Latin, Vietnamese, Arabic, Chinese).
 */
export function preloadLanguageFonts(language: { font: string; nativeName: string }): void {
  for (const weight of [400, 700]) {
    document.fonts.load(`${weight} 1rem ${language.font}`, language.nativeName).catch((error: unknown) => console.warn('[kiosk] font preload failed:', error));
  }
}

/** The font files already handed to the page, so a registry read twice adds each face once. */
const registeredFontFiles = new Set<string>();

/**
 * Makes the font files a language brings (languages.json `fontFiles`, in locales/fonts/: a script
 * the app has no font for, added as files or in a content pack) known to the page. Like the app's
 * own @font-face rules, a face is fetched only when text needs it. Same origin, so the CSP allows it.
 */
export function registerLanguageFontFiles(languages: readonly { fontFiles?: readonly { family: string; weight: number; file: string }[] | undefined }[]): void {
  for (const { fontFiles = [] } of languages) {
    for (const { family, weight, file } of fontFiles) {
      if (registeredFontFiles.has(file)) continue;
      registeredFontFiles.add(file);
      document.fonts.add(new FontFace(family, `url("locales/fonts/${encodeURIComponent(file)}") format("woff2")`, { weight: String(weight) }));
    }
  }
}
