import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import type { KioskSettingsView } from '../ipc/contract';
import { withStartSettings } from '../../renderer/start/embedded-settings';
import { carriesStartData, isEntryPage, packServes, packStartData, replaceStartData } from './pack-overlay';
import { resolveAppPath } from './resolve-app-path';

export interface AppFileResponse {
  status: 200 | 404;
  headers: Record<string, string>;
  body: Buffer;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  // Read-aloud audio (made at build time: scripts/speech/).
  '.mp3': 'audio/mpeg',
  '.map': 'application/json; charset=utf-8',
};

/** Headers every response carries, whatever its type. */
const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
};

/**
 * Reads one file of the built app for a request path. The single place that turns a request into
 * bytes, used by both transports; anything unknown or outside the app folder is a plain 404. With
 * a content pack in use (`packFolder`), its content answers instead of the app's (pack-overlay.ts).
 * The kiosk page carries `startSettings`, when given (renderer/start/embedded-settings.ts).
 */
export async function readAppFile(appRoot: string, rawPathname: string, packFolder: string | null = null, startSettings?: KioskSettingsView): Promise<AppFileResponse> {
  const fromPack = packFolder !== null && packServes(rawPathname);
  const filePath = await resolveAppPath(fromPack ? packFolder : appRoot, rawPathname);
  const contentType = filePath === null ? undefined : CONTENT_TYPES[path.extname(filePath)];
  if (filePath === null || contentType === undefined) return notFound();
  let body: Buffer;
  try {
    body = await readFile(filePath);
    if (packFolder !== null && carriesStartData(rawPathname)) body = Buffer.from(replaceStartData(body.toString('utf8'), await packStartData(packFolder)));
    if (startSettings !== undefined && isEntryPage(rawPathname)) body = Buffer.from(withStartSettings(body.toString('utf8'), startSettings));
  } catch {
    return notFound();
  }
  const headers: Record<string, string> = { ...COMMON_HEADERS, 'Content-Type': contentType };
  if (contentType.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  return { status: 200, headers, body };
}

function notFound(): AppFileResponse {
  return {
    status: 404,
    headers: { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    body: Buffer.from('Not found'),
  };
}
