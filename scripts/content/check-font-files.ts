import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { JsonFile } from './json-file';
import type { ContentProblem } from './problems';
import type { LanguageRegistry } from './schema';

/** Larger than any one script's font in the two weights the kiosk uses (a CJK font is about 5 MB). */
export const FONT_FILE_MAX_BYTES = 12 * 1024 * 1024;

/**
 * The font files languages.json names (`fontFiles`): each must be in locales/fonts/, be WOFF2, not
 * be huge, and carry a family the language's `font` list names, or the text would never use it.
 * Returns the files to copy into the app (and so into content packs) as `locales/fonts/<file>`.
 */
export function checkFontFiles(registry: LanguageRegistry, registryJson: JsonFile, localesDir: string, problems: ContentProblem[]): { path: string; copyFrom: string }[] {
  const copies = new Map<string, string>();
  registry.languages.forEach((language, languageIndex) => {
    (language.fontFiles ?? []).forEach((fontFile, fileIndex) => {
      const field = `languages[${languageIndex}].fontFiles[${fileIndex}]`;
      const line = registryJson.lineOf(['languages', languageIndex, 'fontFiles', fileIndex]);
      const report = (message: string) => problems.push({ file: registryJson.file, field, message, line });
      if (!familiesOf(language.font).includes(fontFile.family.toLowerCase())) {
        report(`family "${fontFile.family}" is not in this language's "font" (${language.font}); put it first there, in quotes, so the text uses it`);
      }
      const absolute = path.join(localesDir, 'fonts', fontFile.file);
      const problem = woff2Problem(absolute);
      if (problem !== null) report(`locales/fonts/${fontFile.file} ${problem}`);
      else copies.set(fontFile.file, absolute);
    });
  });
  return [...copies].map(([name, copyFrom]) => ({ path: `locales/fonts/${name}`, copyFrom }));
}

/** The family names in a CSS font-family list, lower-case, without quotes. */
function familiesOf(fontList: string): string[] {
  return fontList.split(',').map((family) => family.trim().replace(/^["']|["']$/g, '').toLowerCase());
}

function woff2Problem(absolute: string): string | null {
  let size: number;
  try {
    size = statSync(absolute).size;
  } catch {
    return 'is missing (font files go in locales/fonts/)';
  }
  if (size > FONT_FILE_MAX_BYTES) return `is ${Math.round(size / 1024 / 1024)} MB; a font file may be at most ${FONT_FILE_MAX_BYTES / 1024 / 1024} MB (use a subset for the language's script)`;
  const magic = Buffer.alloc(4);
  const handle = openSync(absolute, 'r');
  try {
    readSync(handle, magic, 0, 4, 0);
  } finally {
    closeSync(handle);
  }
  return magic.toString('latin1') === 'wOF2' ? null : 'is not a WOFF2 font file (convert .ttf or .otf with a tool such as woff2_compress)';
}
