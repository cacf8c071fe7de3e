import type { ItConfig } from '../config/it-config';
import type { KioskLog } from '../log/rotating-log';
import { startAppUpdates, type AppUpdates, type UpdaterLike } from './app-updates';
import { DEFAULT_QUIET_HOURS } from './update-schedule';

export interface ElectronUpdateOptions {
  itConfig: ItConfig;
  log: KioskLog;
  startedAt: Date;
  platform: NodeJS.Platform;
  /** Set by the AppImage runtime: the AppImage file the kiosk runs from. */
  appImagePath: string | undefined;
  /** Lets the new version take the single-instance lock as it starts (app.releaseSingleInstanceLock). */
  releaseInstanceLock: () => void;
  /** Takes it back when the install failed (app.requestSingleInstanceLock). */
  retakeInstanceLock: () => void;
}

/**
 * Whether this install can replace itself as the kiosk user: only the Linux AppImage can. A deb
 * needs root, and the Windows installer is per-machine (administrator rights), so a standard kiosk
 * account would stop at a password or UAC prompt over the kiosk; IT installs those.
 */
export function canUpdateItself(platform: NodeJS.Platform, appImagePath: string | undefined): boolean {
  return platform === 'linux' && appImagePath !== undefined && appImagePath !== '';
}

/**
 * Starts app updates in the real kiosk when the IT config names an update server and the install
 * can update itself; otherwise electron-updater is never even loaded, so the kiosk makes no
 * network request at all. Loaded after the window is on its way, so it costs nothing before the
 * first screen.
 */
export async function startElectronAppUpdates(options: ElectronUpdateOptions): Promise<AppUpdates | undefined> {
  const { itConfig, log } = options;
  if (itConfig.updateUrl === undefined) return undefined;
  if (!canUpdateItself(options.platform, options.appImagePath)) {
    log.write('warning', { message: 'updateUrl is set, but this kiosk was installed from a deb or a Windows installer, which cannot update itself without administrator rights; it does not look for updates (docs/deploying.md, "Updating the kiosk").' });
    return undefined;
  }
  try {
    const { autoUpdater } = await import('electron-updater');
    // Its own log lines are left out: the kiosk logs each step itself (update-check, -downloaded, -installing, -failed).
    autoUpdater.logger = null;
    return startAppUpdates({
      updater: autoUpdater as unknown as UpdaterLike,
      url: itConfig.updateUrl,
      channel: itConfig.updateChannel,
      quietHours: itConfig.quietHours ?? DEFAULT_QUIET_HOURS,
      log: (event, details) => log.write(event, details),
      startedAt: options.startedAt.getTime(),
      releaseInstanceLock: options.releaseInstanceLock,
      retakeInstanceLock: options.retakeInstanceLock,
    });
  } catch (error) {
    log.write('update-failed', { reason: `the updater could not start: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
}
