import { RENDERER_HEARTBEAT_MS } from '../../main/ipc/contract';

/**
 * Tells the main process every RENDERER_HEARTBEAT_MS that this page still runs its scripts. A page
 * stuck in a script falls silent, and main/recovery/renderer-health.ts restarts it even when no
 * patient touches the screen. Only inside Electron: the preview server has no watchdog to tell.
 */
export function startRendererHeartbeat(): void {
  const bridge = window.kiosk;
  if (bridge === undefined) return;
  const beat = () => void bridge.reportAlive().catch(() => {});
  beat();
  setInterval(beat, RENDERER_HEARTBEAT_MS);
}
