import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIpcChannel, PREVIEW_IPC_PREFIX, type KioskSettingsView } from '../../main/ipc/contract';
import type { IpcHandlers } from '../../main/ipc/handlers';
import { readAppFile } from '../../main/protocol/app-files';
import { isEntryPage } from '../../main/protocol/pack-overlay';

/** Largest IPC request body accepted; the contract's arguments are small JSON values. */
const MAX_BODY_BYTES = 64 * 1024;

export interface PreviewServerOptions {
  /** The built app folder (dist/renderer), served exactly as the app:// protocol serves it. */
  appRoot: string;
  handlers: IpcHandlers;
  /** The content pack folder in use, if any (main/content-packs/): its content is served instead of the app's. */
  packFolder?: () => string | null;
  /**
   * Called when the kiosk page itself is requested (kiosk-services.ts `entryPageRequested`): its
   * answer, the settings the page starts with, is written into the page.
   */
  entryPageRequested?: () => KioskSettingsView;
}

/**
 * The preview transport: GET serves app files through the same resolver as `app://kiosk/`,
 * POST `/__kiosk/ipc/<channel>` calls the same IPC handlers as Electron's ipcMain. It is only
 * ever bound to 127.0.0.1 (see serve.ts), and refuses cross-origin IPC calls, the HTTP
 * equivalent of main's sender-frame check.
 */
export function createPreviewServer(options: PreviewServerOptions): Server {
  return createServer((request, response) => {
    handleRequest(options, request, response).catch((error: unknown) => {
      console.error('[preview] request failed:', error);
      if (!response.headersSent) send(response, 500, { 'Content-Type': 'text/plain' }, 'Internal error');
      else response.destroy();
    });
  });
}

async function handleRequest(options: PreviewServerOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const rawPath = (request.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  if (rawPath.startsWith(PREVIEW_IPC_PREFIX)) {
    await handleIpc(options.handlers, rawPath.slice(PREVIEW_IPC_PREFIX.length), request, response);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }, 'Method not allowed');
    return;
  }
  const startSettings = request.method === 'GET' && isEntryPage(rawPath) ? options.entryPageRequested?.() : undefined;
  const file = await readAppFile(options.appRoot, rawPath, options.packFolder?.() ?? null, startSettings);
  send(response, file.status, file.headers, request.method === 'HEAD' ? '' : file.body);
}

async function handleIpc(handlers: IpcHandlers, channel: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const json = { 'Content-Type': 'application/json; charset=utf-8' };
  if (request.method !== 'POST') return send(response, 405, { ...json, Allow: 'POST' }, JSON.stringify({ error: 'POST only' }));
  if (!isSameOrigin(request)) return send(response, 403, json, JSON.stringify({ error: 'cross-origin call refused' }));
  if (!isIpcChannel(channel)) return send(response, 404, json, JSON.stringify({ error: `unknown channel ${channel}` }));
  const args = await readJsonArray(request);
  if (args === null) return send(response, 400, json, JSON.stringify({ error: 'body must be a JSON array of arguments' }));
  try {
    const result = await handlers[channel](...args);
    send(response, 200, json, JSON.stringify(result ?? null));
  } catch (error) {
    send(response, 400, json, JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
  }
}

/** Browsers always send Origin on POST; it must be this server's own origin. */
function isSameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  const host = request.headers.host;
  return origin !== undefined && host !== undefined && origin === `http://${host}`;
}

async function readJsonArray(request: IncomingMessage): Promise<unknown[] | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer): void {
  response.writeHead(status, headers);
  response.end(body);
}
