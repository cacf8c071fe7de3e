/**
 * The one IPC contract between the renderer and the main process: channel → signature.
 * Both transports (Electron's ipcMain and the preview server's HTTP endpoint) and both bridges
 * (the preload's `window.kiosk` and the renderer's HTTP fallback) are typed from this file.
 * It must stay free of runtime imports so the renderer bundle can include it.
 */
import type { TopicLinks } from '../config/topic-links';
import type { UsageDay, UsageEvent } from '../usage/usage-counts';
import type { DriveExportResult, DriveListResult } from '../usage/usage-drive-export';
import type { PackProblem } from '../content-packs/unpack-pack';

export type { UsageDay, UsageEvent } from '../usage/usage-counts';
export type { DriveExportFailure, DriveExportResult, DriveListResult } from '../usage/usage-drive-export';
export type { RemovableDrive } from '../usage/removable-drives';
export type { PackProblem } from '../content-packs/unpack-pack';

/*
 * Limits both sides must agree on. Plain data (no imports), so the renderer's controls and the
 * main process's validation use the very same values.
 */

/** Text sizes, smallest first. */
export const TEXT_SIZES = ['standard', 'large', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** Colour themes: the standard look, and white and yellow on black for low vision. */
export const THEMES = ['standard', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** Read-aloud loudness staff can choose, quietest first (renderer/speech/read-aloud-settings.ts maps them to volumes). */
export const READ_ALOUD_VOLUMES = ['quiet', 'medium', 'loud'] as const;
export type ReadAloudVolume = (typeof READ_ALOUD_VOLUMES)[number];

/** Read-aloud speeds: slower for patients who need more time to follow. */
export const READ_ALOUD_SPEEDS = ['slower', 'normal'] as const;
export type ReadAloudSpeed = (typeof READ_ALOUD_SPEEDS)[number];

/** Seconds staff can set the idle time within, so a slip cannot make the kiosk unusable. */
export const IDLE_TIMEOUT_LIMITS = { min: 30, max: 600 } as const;

/** A staff PIN is this many digits. */
export const PIN_LENGTH = { min: 4, max: 8 } as const;

/** Paper sizes staff can choose for handouts (Chromium's names for them). */
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Handouts per day staff can allow: at least one, at most a box of paper. */
export const DAILY_PRINT_LIMITS = { min: 1, max: 500 } as const;

/** Longest clinic name and phone line a handout prints (they share one line at the bottom). */
export const CLINIC_TEXT_LIMITS = { name: 80, phone: 40 } as const;

/** What the renderer may know of the settings (never the staff PIN hash). */
export interface KioskSettingsView {
  /** The language the kiosk starts in and returns to after a patient leaves. */
  defaultLanguage: string;
  /** Languages offered to patients, in the order staff chose; null means all in the registry. */
  enabledLanguages: string[] | null;
  /** Seconds without a touch before "Are you still there?". */
  idleTimeoutSeconds: number;
  /** Seconds that prompt counts down before the kiosk resets. */
  idleCountdownSeconds: number;
  /** Text size each new patient starts with. */
  defaultTextSize: TextSize;
  /** Colour theme each new patient starts with. */
  defaultTheme: Theme;
  /** False turns every animation and transition off (also off when the OS asks for reduced motion). */
  motion: boolean;
  /** False hides every Listen button. */
  readAloud: boolean;
  readAloudVolume: ReadAloudVolume;
  readAloudSpeed: ReadAloudSpeed;
  /** True when staff turned handout printing on (the Print button shows only then). */
  printingEnabled: boolean;
  /** The printer staff chose; null prints on the system's default printer. */
  printerName: string | null;
  paperSize: PaperSize;
  dailyPrintLimit: number;
  /** Printed at the foot of every handout when set; empty when not. */
  clinicName: string;
  clinicPhone: string;
  /** QR-code addresses the IT config gives, per topic and language (they win over the content's). */
  topicLinks: TopicLinks;
}

/** The settings staff may change from the staff panel (all optional: send only what changed). */
export type StaffSettingsChange = Partial<
  Pick<
    KioskSettingsView,
    | 'defaultLanguage'
    | 'idleTimeoutSeconds'
    | 'defaultTextSize'
    | 'defaultTheme'
    | 'motion'
    | 'readAloud'
    | 'readAloudVolume'
    | 'readAloudSpeed'
    | 'printingEnabled'
    | 'printerName'
    | 'paperSize'
    | 'dailyPrintLimit'
    | 'clinicName'
    | 'clinicPhone'
  >
> & {
  enabledLanguages?: string[];
};

export type SettingsUpdateResult =
  | { ok: true; settings: KioskSettingsView }
  | { ok: false; reason: 'not-allowed' | 'invalid'; message: string };

/** Whether staff mode can be entered, and how. */
export interface StaffStatus {
  /** False on a fresh install with no PIN from the installer: staff set one on first use. */
  pinSet: boolean;
  /** True while the PIN pad is locked after too many wrong tries. */
  locked: boolean;
  retryAfterSeconds: number;
  /** True after a correct PIN until staff close the panel (or it times out). */
  sessionOpen: boolean;
}

export interface UnlockResult {
  outcome: 'accepted' | 'rejected' | 'locked' | 'no-pin-set' | 'invalid';
  /** Wrong tries left before the pad locks. */
  triesLeft: number;
  retryAfterSeconds: number;
}

export type SetPinResult = { ok: true } | { ok: false; reason: 'invalid-format' | 'not-allowed' };

/** A patient's "Print" on the Take this home sheet. */
export interface HandoutRequest {
  topicId: string;
  language: string;
  /** Chapter ids to print in full, in topic order; empty prints the key points only. */
  chapters: string[];
}

/** Why a handout did not print; every reason tells the patient to ask at the front desk. */
export type HandoutRefusal = 'printing-off' | 'no-printer' | 'limit-reached' | 'busy' | 'failed' | 'invalid';

export type HandoutPrintResult = { ok: true } | { ok: false; reason: HandoutRefusal };

/**
 * A printer the system offers (for the staff panel's list). Electron's PrinterInfo does not say
 * which printer is the system default; "no printer chosen" leaves that choice to the system.
 */
export interface PrinterChoice {
  name: string;
  displayName: string;
}

export type PrinterListResult = { ok: true; printers: PrinterChoice[] } | { ok: false; reason: 'not-allowed' | 'failed' };

export interface AppInfo {
  /** The kiosk's version from package.json. */
  version: string;
  /** 'electron' inside the real kiosk, 'preview' under `npm run serve`. */
  shell: 'electron' | 'preview';
}

export interface IpcContract {
  'settings/get': () => KioskSettingsView;
  /** Staff only: refused unless a staff session is open. */
  'settings/update': (change: StaffSettingsChange) => SettingsUpdateResult;
  'staff/status': () => StaffStatus;
  'staff/unlock': (pin: string) => UnlockResult;
  /** First use (no PIN yet) or inside a staff session. */
  'staff/set-pin': (pin: string) => SetPinResult;
  'staff/end-session': () => void;
  'app/info': () => AppInfo;
  /** Staff only: closes the kiosk (for maintenance). */
  'app/exit': () => { ok: boolean };
  /**
   * The running app page says it is alive, every RENDERER_HEARTBEAT_MS: a page stuck in a script
   * stops saying so, and the main process restarts it even if nobody touches the screen.
   */
  'app/alive': (state?: RendererState) => void;
  /** Prints the handout silently on the chosen printer; never shows a system dialog. */
  'handout/print': (request: HandoutRequest) => HandoutPrintResult;
  /** Staff only: the printers the system offers. */
  'handout/printers': () => PrinterListResult;
  /**
   * One thing a patient did, for the daily usage counts (main/usage/). A closed list: anything
   * else is refused (and logged once). Nothing about the patient goes with it.
   */
  'usage/record': (event: UsageEvent) => void;
  /** Staff only: the last USAGE_SUMMARY_DAYS days' counts, for the staff panel's Usage page. */
  'usage/summary': () => UsageSummaryResult;
  /** Staff only: every usage count gone (logged). */
  'usage/reset': () => { ok: boolean };
  /** Staff only: the removable drives (USB sticks) the usage file can be exported to. */
  'usage/drives': () => DriveListResult;
  /** Staff only: writes the usage CSV to one of those drives, by the id the list gave it. */
  'usage/export-to-drive': (driveId: string) => DriveExportResult;
  /** Staff only: whether app updates are set up, and where they stand. */
  'update/status': () => AppUpdateStatus;
  /** Staff only: installs a downloaded update now (the kiosk restarts on the new version). */
  'update/install-now': () => { ok: boolean };
  /** At an idle reset: new content (a pack installed or gone back from) is served from now on, and the page must reload. */
  'content/switch-if-ready': () => { reload: boolean };
  /**
   * Once per page load: whether the page started with the content it was given. A new pack that
   * fails is taken back at once; reload: the page must load again to get the content before it.
   */
  'content/started': (ok: boolean) => { reload: boolean };
  /** Staff only: which content the kiosk shows, and what waits for the next reset. */
  'content/status': () => ContentStatusResult;
  /** Staff only: the content packs on the plugged-in USB sticks. */
  'content/packs-on-drives': () => PacksOnDrivesResult;
  /** Staff only: checks and installs one of those packs (shown after the next idle reset); allowOlder: staff confirmed a pack not newer than the one installed. */
  'content/install-from-drive': (driveId: string, fileName: string, allowOlder?: boolean) => ContentInstallResult;
  /** Staff only: goes back to the content shown before (after the next idle reset). */
  'content/roll-back': () => { ok: boolean };
}

/** A content pack as staff see it. */
export interface ContentPackSummary {
  name: string;
  version: string;
  installedAt: string;
}

export type ContentStatusResult =
  | { ok: false; reason: 'not-allowed' }
  | {
      ok: true;
      shown: ContentPackSummary | null;
      next?: ContentPackSummary | null;
      canRollBack: boolean;
      /** Present when IT set a content server (contentUpdateUrl): the kiosk's last look there, null before the first. */
      server?: { lastCheck: ContentServerCheck | null };
    };

/** One look at IT's content server, as staff see it (main/content-packs/content-updates.ts). */
export interface ContentServerCheck {
  at: string;
  result: 'up-to-date' | 'installed' | 'skipped' | 'refused' | 'failed';
  /** The version the server offered, when it got that far. */
  version?: string;
  /** Why a pack was refused. */
  problem?: PackProblem;
}

export type PacksOnDrivesResult = { ok: true; packs: { driveId: string; driveLabel: string; fileName: string }[] } | { ok: false; reason: 'not-allowed' | 'failed' };

export type ContentInstallResult = { ok: true; pack: ContentPackSummary } | { ok: false; reason: 'not-allowed' | 'gone' | 'refused'; problem?: PackProblem; detail?: string };

/** What the app page tells the main process with each heartbeat. */
export interface RendererState {
  /** The attract screen shows: no patient is using the kiosk, so an update may install. */
  attractShowing: boolean;
}

export type AppUpdateStatus =
  | { ok: false; reason: 'not-allowed' }
  | { ok: true; configured: false }
  | {
      ok: true;
      configured: true;
      phase: 'idle' | 'checking' | 'downloading' | 'ready' | 'installing';
      /** The version downloaded and waiting, if any. */
      readyVersion: string | null;
      lastCheck: { at: string; result: 'up-to-date' | 'update-found' | 'failed' } | null;
      quietHours: { start: string; end: string };
    };

/** Days the staff panel's Usage page shows. */
export const USAGE_SUMMARY_DAYS = 30;

export type UsageSummaryResult = { ok: true; today: string; days: Record<string, UsageDay> } | { ok: false; reason: 'not-allowed' };

/** How often the app page reports that it is alive ('app/alive'). */
export const RENDERER_HEARTBEAT_MS = 5_000;

export type IpcChannel = keyof IpcContract;

/**
 * The named functions the renderer sees on `window.kiosk`, each bound to one channel.
 * The preload never exposes `ipcRenderer` itself.
 */
export const BRIDGE_METHODS = {
  getSettings: 'settings/get',
  updateSettings: 'settings/update',
  getStaffStatus: 'staff/status',
  unlockStaff: 'staff/unlock',
  setStaffPin: 'staff/set-pin',
  endStaffSession: 'staff/end-session',
  getAppInfo: 'app/info',
  exitKiosk: 'app/exit',
  reportAlive: 'app/alive',
  printHandout: 'handout/print',
  listPrinters: 'handout/printers',
  recordUsage: 'usage/record',
  getUsageSummary: 'usage/summary',
  resetUsage: 'usage/reset',
  listExportDrives: 'usage/drives',
  exportUsageToDrive: 'usage/export-to-drive',
  getUpdateStatus: 'update/status',
  installUpdateNow: 'update/install-now',
  switchContentIfReady: 'content/switch-if-ready',
  reportContentStarted: 'content/started',
  getContentStatus: 'content/status',
  listContentPacksOnDrives: 'content/packs-on-drives',
  installContentPackFromDrive: 'content/install-from-drive',
  rollBackContent: 'content/roll-back',
} as const satisfies Record<string, IpcChannel>;

export type BridgeMethodName = keyof typeof BRIDGE_METHODS;

export type KioskBridge = {
  [M in BridgeMethodName]: (
    ...args: Parameters<IpcContract[(typeof BRIDGE_METHODS)[M]]>
  ) => Promise<Awaited<ReturnType<IpcContract[(typeof BRIDGE_METHODS)[M]]>>>;
};

/**
 * Builds the bridge object from one `invoke` function, so the preload (ipcRenderer) and the
 * preview fallback (HTTP) expose exactly the same named functions.
 */
export function createBridge(invoke: (channel: IpcChannel, args: unknown[]) => Promise<unknown>): KioskBridge {
  const bridge: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [name, channel] of Object.entries(BRIDGE_METHODS)) {
    bridge[name] = (...args: unknown[]) => invoke(channel, args);
  }
  return bridge as KioskBridge;
}

export const IPC_CHANNELS: readonly IpcChannel[] = Object.values(BRIDGE_METHODS);

export function isIpcChannel(value: string): value is IpcChannel {
  return (IPC_CHANNELS as readonly string[]).includes(value);
}

/** Path prefix under which the preview server exposes the same channels over HTTP POST. */
export const PREVIEW_IPC_PREFIX = '/__kiosk/ipc/';
