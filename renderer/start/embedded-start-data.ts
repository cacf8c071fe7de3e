import type { ContentIndex, LanguageRegistry } from '../content/content-store';

/**
 * The language registry and the content index, written into index.html by the build
 * (scripts/bundle/index-html.ts) as a JSON data block. The first screen needs both before it can
 * do anything; as two files they were two more requests racing the script and the fonts. Together
 * with building the renderer as one file, this made the first screen ~30 ms sooner in cold-start
 * measurements (bench/README.md). The same files are still built (locales/languages.json,
 * content/index.json) for the main process and for people reading the build.
 *
 * A data block is not a script: the Content Security Policy does not apply to it, and it never runs.
 */
export interface EmbeddedStartData {
  registry: LanguageRegistry;
  content: ContentIndex;
}

export const START_DATA_ELEMENT_ID = 'kx-start-data';

/** A JSON data block's text. `<` is escaped so no text in the data can end the block (`</script>`) early. */
function serializeDataBlock(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The page with the JSON data block `id` (empty, or filled before) holding `value` instead, or
 * null when the page has no such block. Used by the build, the main process and the tests alike.
 */
export function replaceDataBlock(html: string, id: string, value: unknown): string | null {
  const block = new RegExp(`(<script type="application/json" id="${id}">)[\\s\\S]*?(</script>)`);
  if (!block.test(html)) return null;
  const serialized = serializeDataBlock(value);
  return html.replace(block, (_match, open: string, close: string) => `${open}${serialized}${close}`);
}

/** Reads the block's text; a missing or damaged block (an index.html not made by the build) throws, saying so. */
export function parseStartData(text: string | null | undefined): EmbeddedStartData {
  const problem = 'index.html has no valid start-up data (it is written by the build: run `npm run build`)';
  if (!text) throw new Error(problem);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${problem}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { registry, content } = (data ?? {}) as Partial<EmbeddedStartData>;
  if (!Array.isArray(registry?.languages) || typeof registry.sourceLanguage !== 'string' || !Array.isArray(content?.topics)) {
    throw new Error(`${problem}: a language list, a source language and a topic list are expected`);
  }
  return { registry, content };
}

export function readEmbeddedStartData(): EmbeddedStartData {
  return parseStartData(document.getElementById(START_DATA_ELEMENT_ID)?.textContent);
}
