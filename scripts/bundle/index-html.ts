/**
 * The built index.html: the source page with the start-up data (the compiled language registry
 * and content index) written into its empty data block, so the first screen has them without
 * fetching anything (renderer/start/embedded-start-data.ts says why).
 */
import { START_DATA_ELEMENT_ID, replaceDataBlock, type EmbeddedStartData } from '../../renderer/start/embedded-start-data';

const EMPTY_BLOCK = `<script type="application/json" id="${START_DATA_ELEMENT_ID}"></script>`;

export function withStartData(indexHtml: string, data: EmbeddedStartData): string {
  const filled = indexHtml.includes(EMPTY_BLOCK) ? replaceDataBlock(indexHtml, START_DATA_ELEMENT_ID, data) : null;
  if (filled === null) throw new Error(`renderer/index.html has no empty ${EMPTY_BLOCK} for the build to fill.`);
  return filled;
}
