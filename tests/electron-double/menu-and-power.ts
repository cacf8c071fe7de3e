import { DoubleEvents } from './double-events';
import { notModelled } from './not-modelled';

/** `Menu.setApplicationMenu` (https://www.electronjs.org/docs/latest/api/menu): only "no menu" is modelled. */
export function createMenuModule(): { setApplicationMenu(menu: null): void; readonly removed: boolean } {
  let removed = false;
  return {
    setApplicationMenu(menu: Electron.Menu | null): void {
      if (menu !== null) notModelled('an application menu');
      removed = true;
    },
    get removed() {
      return removed;
    },
  };
}

/**
 * `powerSaveBlocker` (https://www.electronjs.org/docs/latest/api/power-save-blocker): start returns
 * an id the blocker keeps while the app runs; whether the OS honours it only a real run shows.
 */
export class PowerSaveBlockerDouble implements Pick<Electron.PowerSaveBlocker, 'start' | 'isStarted'> {
  private readonly active = new Map<number, 'prevent-app-suspension' | 'prevent-display-sleep'>();
  private nextId = 0;

  start(type: 'prevent-app-suspension' | 'prevent-display-sleep'): number {
    const id = this.nextId++;
    this.active.set(id, type);
    return id;
  }

  isStarted(id: number): boolean {
    return this.active.has(id);
  }

  get activeTypes(): string[] {
    return [...this.active.values()];
  }
}

/** The powerMonitor events the double emits (powerMonitor docs, Events). */
export type PowerMonitorEvents = {
  shutdown: [];
};

/**
 * `powerMonitor` (https://www.electronjs.org/docs/latest/api/power-monitor): only 'shutdown'
 * (Linux and macOS): "Emitted when the system is about to reboot or shut down". Electron's typings
 * give its listener no arguments, so delaying the shutdown with `preventDefault()` is not modelled.
 */
export class PowerMonitorDouble extends DoubleEvents<PowerMonitorEvents> {
  // ---- The operating system's side (not Electron API): used by tests ----

  /**
   * The system is about to shut down or reboot. What ends the process after that (a SIGTERM that
   * Electron turns into a quit, or a kill) is the OS's doing: the test ends it with `kill()`.
   */
  shutDownByOs(): void {
    this.emit('shutdown');
  }
}
