import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PACK_FOLDERS } from '../content-packs/pack-manifest';
import { START_DATA_ELEMENT_ID, replaceDataBlock } from '../../renderer/start/embedded-start-data';
import { safeSegments } from './resolve-app-path';

/**
 * With a content pack in use (main/content-packs/), the kiosk's pages read their content from the
 * pack's folder instead of the app's: every request under content/, locales/ or audio/ is answered
 * from the pack, whole (a file the pack lacks is missing, never taken from the app's older
 * content), and the two pages that carry the start-up data (index.html, handout.html) get the
 * pack's language list and topic index in place of the app's.
 */

/** The pack folder that answers this request, or null when the app's own folder does. */
export function packServes(rawPathname: string): boolean {
  const segments = safeSegments(rawPathname);
  return segments !== null && segments.length > 1 && (PACK_FOLDERS as readonly string[]).includes(segments[0]!);
}

/** The kiosk page itself (what a new content pack's trial counts from: pack-service.ts). */
export function isEntryPage(rawPathname: string): boolean {
  const segments = safeSegments(rawPathname);
  return segments !== null && (segments.length === 0 || (segments.length === 1 && segments[0] === 'index.html'));
}

/** Pages whose start-up data block comes from the pack. */
export function carriesStartData(rawPathname: string): boolean {
  const segments = safeSegments(rawPathname);
  return segments !== null && (segments.length === 0 || (segments.length === 1 && (segments[0] === 'index.html' || segments[0] === 'handout.html')));
}

/** The page with its start-up data block holding `data` instead (serialized so no text can end the block early). */
export function replaceStartData(html: string, data: { registry: unknown; content: unknown }): string {
  const replaced = replaceDataBlock(html, START_DATA_ELEMENT_ID, data);
  if (replaced === null) throw new Error(`the page has no ${START_DATA_ELEMENT_ID} block`);
  return replaced;
}

/** The pack's start-up data, read from the files it carries. */
export async function packStartData(packFolder: string): Promise<{ registry: unknown; content: unknown }> {
  const [registry, content] = await Promise.all([readFile(path.join(packFolder, 'locales', 'languages.json'), 'utf8'), readFile(path.join(packFolder, 'content', 'index.json'), 'utf8')]);
  return { registry: JSON.parse(registry) as unknown, content: JSON.parse(content) as unknown };
}
