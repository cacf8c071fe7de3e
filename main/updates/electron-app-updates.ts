import type { ItConfig } from '../config/it-config';
import type { KioskLog } from '../log/rotating-log';
import { startAppUpdates, type AppUpdates, type UpdaterLike } from './app-updates';
import { DEFAULT_QUIET_HOURS } from './update-schedule';

/**
 * Starts app updates in the real kiosk when the IT config names an update server; without one
 * electron-updater is never even loaded, so the kiosk makes no network request at all. Loaded
 * after the window is on its way, so it costs nothing before the first screen.
 */
export async function startElectronAppUpdates(itConfig: ItConfig, log: KioskLog, startedAt: Date): Promise<AppUpdates | undefined> {
  if (itConfig.updateUrl === undefined) return undefined;
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
      startedAt: startedAt.getTime(),
    });
  } catch (error) {
    log.write('update-failed', { reason: `the updater could not start: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
}
