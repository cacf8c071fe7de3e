import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Maps the path part of a request (`/content/index.json`, still percent-encoded) to a file inside
 * the app folder, or null when it must be refused. Shared by the `app://` protocol in Electron and
 * the preview server, so both refuse exactly the same requests.
 *
 * Refused: NUL bytes, malformed escapes, `..` and `.` segments (plain or encoded), backslashes,
 * drive letters, empty segments (`//etc`), directories, missing files, and any file whose real
 * path (after symlinks) lies outside the app folder.
 */
export async function resolveAppPath(appRoot: string, rawPathname: string): Promise<string | null> {
  const segments = safeSegments(rawPathname);
  if (segments === null) return null;
  const relative = segments.length === 0 ? ['index.html'] : segments;

  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await realpath(appRoot);
    realFile = await realpath(path.join(realRoot, ...relative));
  } catch {
    return null; // missing file or broken link
  }
  if (!isInside(realRoot, realFile)) return null;
  try {
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
}

/** Decodes and splits a URL path; null if any part could step outside or is ambiguous. */
export function safeSegments(rawPathname: string): string[] | null {
  if (rawPathname.includes('\0') || !rawPathname.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.slice(1).split('/');
  if (segments.length === 1 && segments[0] === '') return [];
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (segment.includes(':')) return null; // `C:` drive letters and alternate data streams
  }
  return segments;
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
