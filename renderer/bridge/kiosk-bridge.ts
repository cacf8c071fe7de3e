import { createBridge, PREVIEW_IPC_PREFIX, type KioskBridge } from '../../main/ipc/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the kiosk runs in a plain browser (preview). */
    kiosk?: KioskBridge;
  }
}

/**
 * The main-process API. Inside Electron it is the preload's `window.kiosk`; under
 * `npm run serve` the same named functions call the same handlers over loopback HTTP.
 */
export const kiosk: KioskBridge = window.kiosk ?? createBridge(invokeOverHttp);

async function invokeOverHttp(channel: string, args: unknown[]): Promise<unknown> {
  const response = await fetch(`${PREVIEW_IPC_PREFIX}${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(args),
  });
  if (!response.ok) throw new Error(`Kiosk call ${channel} failed with HTTP ${response.status}`);
  return response.json();
}
