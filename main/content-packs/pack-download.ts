import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, rmSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { CONTENT_INDEX_MAX_BYTES, contentIndexSchema, type ContentIndex } from './content-update-schedule';

/**
 * Fetching from IT's content server (content-updates.ts): the small index file, then the pack it
 * names, streamed to a file with its size and SHA-256 checked on the way. Nothing here trusts the
 * network: a pack that arrives whole is still opened only by unpackVerifiedPack, which checks its
 * signature. These checks only stop a cut-short or swollen download early, with a clear reason.
 */

/** The part of fetch() this uses (Node's global fetch; a stand-in in tests). */
export type FetchLike = (url: string, init: { signal: AbortSignal; redirect: 'error' }) => Promise<Response>;

export const INDEX_TIMEOUT_MS = 30_000;
/** A pack of hundreds of megabytes over a slow clinic network: generous, but a stalled download still ends. */
export const PACK_TIMEOUT_MS = 30 * 60_000;

export type FetchIndexResult = { ok: true; index: ContentIndex } | { ok: false; reason: string };

export async function fetchContentIndex(url: string, fetchLike: FetchLike): Promise<FetchIndexResult> {
  let text: string;
  try {
    const response = await fetchLike(url, { signal: AbortSignal.timeout(INDEX_TIMEOUT_MS), redirect: 'error' });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return { ok: false, reason: `the server answered ${response.status} for ${url}` };
    }
    const bytes = await readAtMost(response, CONTENT_INDEX_MAX_BYTES);
    if (bytes === null) return { ok: false, reason: `${url} is larger than ${CONTENT_INDEX_MAX_BYTES} bytes; it is not a content index` };
    text = new TextDecoder().decode(bytes);
  } catch (error) {
    return { ok: false, reason: `${url} could not be fetched (${networkReason(error)})` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${url} is not valid JSON` };
  }
  const index = contentIndexSchema.safeParse(parsed);
  if (!index.success) return { ok: false, reason: `${url} is not a content index as npm run content:pack writes it (${index.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`).join('; ')})` };
  return { ok: true, index: index.data };
}

export type DownloadResult = { ok: true } | { ok: false; reason: string };

/**
 * Streams the pack to `toFile`, stopping as soon as it passes the size the index gave. A download
 * that is short, long or whose SHA-256 differs from the index's is removed and reported.
 */
export async function downloadPack(url: string, expected: { size: number; sha256: string }, toFile: string, fetchLike: FetchLike): Promise<DownloadResult> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(new Error(`no whole pack after ${PACK_TIMEOUT_MS / 60_000} minutes`)), PACK_TIMEOUT_MS);
  timer.unref?.();
  const file = createWriteStream(toFile, { flags: 'wx' });
  // A full disk or a folder that cannot be written: kept here and reported, never an uncaught error.
  let writeError: NodeJS.ErrnoException | null = null;
  file.on('error', (error) => (writeError = error));
  const fail = async (reason: string): Promise<DownloadResult> => {
    file.destroy();
    await finished(file).catch(() => {});
    rmSync(toFile, { force: true });
    return { ok: false, reason };
  };
  try {
    const response = await fetchLike(url, { signal: abort.signal, redirect: 'error' });
    if (!response.ok || response.body === null) {
      await response.body?.cancel().catch(() => {});
      return await fail(`the server answered ${response.status} for ${url}`);
    }
    const hash = createHash('sha256');
    let received = 0;
    for await (const chunk of response.body) {
      const bytes = chunk as Uint8Array;
      received += bytes.byteLength;
      // Leaving the loop cancels the rest of the body.
      if (received > expected.size) break;
      hash.update(bytes);
      if (writeError !== null) throw writeError;
      if (!file.write(bytes)) await once(file, 'drain'); // rejects on a write error
    }
    if (received > expected.size) return await fail(`${url} is larger than the ${expected.size} bytes its index gives`);
    file.end();
    await finished(file);
    if (writeError !== null) throw writeError;
    if (received < expected.size) return await fail(`the download of ${url} was cut short (${received} of ${expected.size} bytes)`);
    if (hash.digest('hex') !== expected.sha256) return await fail(`${url} does not match the SHA-256 its index gives (changed on the server while downloading?)`);
    return { ok: true };
  } catch (error) {
    return await fail(`${url} could not be downloaded (${networkReason(error)})`);
  } finally {
    clearTimeout(timer);
  }
}

/** The body, or null as soon as it is longer than `limit` bytes. */
async function readAtMost(response: Response, limit: number): Promise<Uint8Array | null> {
  if (response.body === null) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of response.body) {
    const bytes = chunk as Uint8Array;
    length += bytes.byteLength;
    if (length > limit) return null;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** A short reason from fetch's nested errors ("fetch failed" alone says nothing): ECONNREFUSED, ENOSPC, a timeout... */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code ?? (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') return code;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'no answer in time';
  return error instanceof Error ? error.message : String(error);
}
