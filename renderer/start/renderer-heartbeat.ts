import { RENDERER_HEARTBEAT_MS, type RendererState } from '../../main/ipc/contract';

/** What each heartbeat carries; the app updates it (reportAttractShowing). */
const state: RendererState = { attractShowing: false };

/**
 * Tells the main process every RENDERER_HEARTBEAT_MS that this page still runs its scripts. A page
 * stuck in a script falls silent, and main/recovery/renderer-health.ts restarts it even when no
 * patient touches the screen. Each beat also says whether the attract screen shows, which is when
 * an app update may install (main/updates/). Only inside Electron: the preview server has no
 * watchdog and no updater to tell.
 */
export function startRendererHeartbeat(): void {
  if (window.kiosk === undefined) return;
  beat();
  setInterval(beat, RENDERER_HEARTBEAT_MS);
}

/** The attract screen came or went: said at once, not at the next beat. */
export function reportAttractShowing(showing: boolean): void {
  if (state.attractShowing === showing) return;
  state.attractShowing = showing;
  beat();
}

function beat(): void {
  void window.kiosk?.reportAlive({ ...state }).catch(() => {});
}
