import { itConfigAsSettings, type ItConfig } from './config/it-config';
import type { AppInfo, KioskSettingsView, RendererState } from './ipc/contract';
import type { AppUpdates } from './updates/app-updates';
import { createIpcHandlers, toSettingsView, type IpcHandlers } from './ipc/handlers';
import { createDailyPrintCount } from './printing/daily-print-count';
import { createHandoutPrinter, type PrintJob } from './printing/handout-printer';
import type { SystemPrinter } from './printing/print-decision';
import { STAFF_EXIT_CODE } from './recovery/exit-codes';
import type { KioskLog, KioskLogEvent } from './log/rotating-log';
import { createSettingsStore, type SettingsStore } from './settings/settings-store';
import { createStaffAccess, type StaffAccess } from './staff/staff-access';
import { createUsageRecorder } from './usage/usage-events';
import { createUsageStore, type UsageStore } from './usage/usage-store';
import type { LogEntry } from './log/read-log';
import { createPackService, type PackService } from './content-packs/pack-service';
import { emptyDownloads, startContentUpdates, type ContentUpdates } from './content-packs/content-updates';
import { DEFAULT_CONTENT_UPDATE_TIME } from './content-packs/content-update-schedule';
import type { FetchLike } from './content-packs/pack-download';
import path from 'node:path';
import { createStatusWriter, freeDiskBytes, STATUS_FIRST_DELAY_MS, STATUS_INTERVAL_MS, type StatusWriter } from './status/status-writer';
import type { DriveLister } from './usage/removable-drives';
import { createUsageDriveExport } from './usage/usage-drive-export';
import { createUsageExporter, USAGE_EXPORT_CHECK_MS, USAGE_EXPORT_FIRST_DELAY_MS, type UsageExporter } from './usage/usage-export';

export interface KioskServiceOptions {
  /** settings.json in the user-data folder; null keeps settings in memory (preview without a file). */
  settingsFile: string | null;
  /** The machine's defaults from the IT config (already checked field by field), if any. */
  itConfig?: ItConfig;
  appInfo: AppInfo;
  log: KioskLog;
  /** Ends the process with this exit code when staff choose "Exit kiosk" (STAFF_EXIT_CODE). */
  exitApp: (exitCode: number) => void;
  /** Receives the app page's heartbeat (main/recovery/renderer-health.ts; the update rules). */
  rendererAlive?: (state: RendererState) => void;
  /** App updates once started, when IT set an update server (main/updates/). */
  appUpdates?: () => AppUpdates | undefined;
  /** The shell's printer: Electron's silent webContents.print, or the preview's PDF folder. */
  printing?: KioskPrinting;
  /** usage.json in the user-data folder; null (or left out) keeps the usage counts in memory. */
  usageFile?: string | null;
  /** Lists the USB sticks staff can export the usage file to (removable-drives.ts); none without it. */
  removableDrives?: DriveLister;
  /** What the status file in IT's statusFolder needs from the shell (main/status/). */
  statusSource?: StatusSource;
  /** content-packs/ in the user-data folder; null (or left out): no content packs. */
  contentPacksFolder?: string | null;
  /** Loads the kiosk page again (Electron), after a new pack failed to start and was taken back. */
  reloadPage?: () => void;
  /** How the content server is reached (IT config contentUpdateUrl); Node's fetch unless a test sets it. */
  contentUpdateFetch?: FetchLike;
  /** The preview's KIOSK_CONTENT_CHECK_SECONDS (tests): look at the content server this often instead of daily. */
  contentUpdateEveryMs?: number;
}

export interface StatusSource {
  /** The log's entries, earlier runs included (Electron reads its log files). */
  readLog: () => LogEntry[];
  electronVersion: string | null;
  /** The folder whose disk's free space is reported: the user-data folder. */
  diskFolder: string | null;
  startedAt: Date;
}

export interface KioskPrinting {
  listPrinters: () => Promise<SystemPrinter[]>;
  sendToPrinter: (job: PrintJob) => Promise<void>;
  /** Where today's handout count is kept (print-count.json in the user-data folder); null: memory. */
  countFile: string | null;
  timeoutMs?: number;
}

export interface KioskServices {
  settings: SettingsStore;
  staff: StaffAccess;
  handlers: IpcHandlers;
  /** Flush it at quit (close()), so the last minute's counts are kept. */
  usage: UsageStore;
  /** Present when the IT config names a kioskId and a usageExportFolder: it writes there daily. */
  usageExport?: UsageExporter;
  /** Present when the IT config names a kioskId and a statusFolder: it writes there every 5 minutes. */
  status?: StatusWriter;
  /** Content packs, when there is a folder for them: the protocol serves servedFolder(). */
  contentPacks?: PackService;
  /** Present when the IT config names a contentUpdateUrl (and there is a packs folder). */
  contentUpdates?: ContentUpdates;
  /**
   * The kiosk page itself was requested (a start, a reload, a recovery): any staff session ends
   * (a new page never inherits one), a new content pack's trial counts from now, and the page
   * gets the settings it starts with written into it (renderer/start/embedded-settings.ts).
   */
  entryPageRequested(): KioskSettingsView;
}

/**
 * Everything behind the IPC contract, built the same way for Electron (main/index.ts) and the
 * preview server (scripts/serve.ts), so both run identical settings, PIN and logging rules.
 */
export function createKioskServices(options: KioskServiceOptions): KioskServices {
  const { log } = options;
  const settings = createSettingsStore({
    filePath: options.settingsFile,
    warn: (message) => log.write('warning', { message }),
    // Field names only: values could include the PIN hash.
    onChange: (fields) => log.write('settings-changed', { fields: fields.join(',') }),
    machineDefaults: itConfigAsSettings(options.itConfig ?? {}),
  });
  const staff = createStaffAccess({
    settings,
    log: (message) => log.write(staffLogEvent(message), { message }),
  });
  const printing = options.printing;
  const handouts =
    printing === undefined
      ? undefined
      : createHandoutPrinter({
          settings: () => settings.get(),
          listPrinters: printing.listPrinters,
          sendToPrinter: printing.sendToPrinter,
          count: createDailyPrintCount({ filePath: printing.countFile, warn: (message) => log.write('warning', { message }) }),
          log: (event, details) => log.write(event, details),
          timeoutMs: printing.timeoutMs,
        });
  const usage = createUsageStore({ filePath: options.usageFile ?? null, warn: (message) => log.write('warning', { message }) });
  const recorder = createUsageRecorder(usage, (kind) => log.write('usage-event-refused', { kind }));
  const usageExport = startUsageExport(options.itConfig ?? {}, usage, (message) => log.write('warning', { message }));
  const contentPacks =
    options.contentPacksFolder === undefined || options.contentPacksFolder === null
      ? undefined
      : createPackService({
          root: options.contentPacksFolder,
          trustedKeys: options.itConfig?.contentPackKeys ?? [],
          appVersion: options.appInfo.version,
          log: (event, details) => log.write(event, details),
          reloadPage: options.reloadPage,
        });
  const contentUpdates = startContentUpdatesIfSet(options, contentPacks);
  const usageDriveExport =
    options.removableDrives === undefined
      ? undefined
      : createUsageDriveExport({
          listDrives: options.removableDrives,
          counts: () => usage.counts(),
          kioskId: options.itConfig?.kioskId,
          // IT's shared folder gets the same file after each export (docs/deploying.md).
          afterExport: () => usageExport?.exportNow(),
          log: (outcome, details) => log.write(outcome === 'exported' ? 'usage-exported' : 'usage-export-failed', details),
        });
  const handlers = createIpcHandlers({
    settings,
    staff,
    appInfo: options.appInfo,
    rendererAlive: options.rendererAlive,
    appUpdates: options.appUpdates,
    handouts,
    usageDriveExport,
    contentPacks: contentPacks === undefined ? undefined : { service: contentPacks, listDrives: options.removableDrives ?? (async () => []), serverChecks: contentUpdates },
    usage: {
      record: recorder.record,
      handoutPrinted: () => usage.record({ event: 'handout-printed' }),
      summary: (days) => usage.summary(days),
      reset: () => {
        usage.reset();
        log.write('usage-reset');
      },
    },
    exitApp: () => {
      log.write('quit', { by: 'staff', exitCode: STAFF_EXIT_CODE });
      // Exiting skips the usual quit events: the last minute's usage counts are written first.
      usage.close();
      options.exitApp(STAFF_EXIT_CODE);
    },
  });
  const status = startStatusWriter(options, contentPacks, contentUpdates, (message) => log.write('warning', { message }));
  const entryPageRequested = (): KioskSettingsView => {
    staff.endSession();
    contentPacks?.pageRequested();
    return toSettingsView(settings.get());
  };
  return { settings, staff, handlers, usage, usageExport, status, contentPacks, contentUpdates, entryPageRequested };
}

/** The status file keeps to "when and how": the version and the reason are in the log. */
function lastContentCheckForStatus(contentUpdates: ContentUpdates | undefined): { at: string; result: string } | null {
  const last = contentUpdates?.lastCheck() ?? null;
  return last === null ? null : { at: last.at, result: last.result };
}

/** The daily look at IT's content server, when the IT config names one. */
function startContentUpdatesIfSet(options: KioskServiceOptions, contentPacks: PackService | undefined): ContentUpdates | undefined {
  const url = options.itConfig?.contentUpdateUrl;
  if (contentPacks === undefined || options.contentPacksFolder === undefined || options.contentPacksFolder === null) return undefined;
  const downloadsFolder = path.join(options.contentPacksFolder, 'downloads');
  emptyDownloads(downloadsFolder, (message) => options.log.write('warning', { message }));
  if (url === undefined) return undefined;
  return startContentUpdates({
    url,
    appVersion: options.appInfo.version,
    dailyAt: options.itConfig?.contentUpdateTime ?? DEFAULT_CONTENT_UPDATE_TIME,
    packs: contentPacks,
    downloadsFolder,
    fetch: options.contentUpdateFetch ?? ((address, init) => fetch(address, init)),
    log: (event, details) => options.log.write(event, details),
    startedAt: Date.now(),
    everyMs: options.contentUpdateEveryMs,
  });
}

/** The status file in IT's folder: first soon after start, then every 5 minutes (never keeping the process alive). */
function startStatusWriter(options: KioskServiceOptions, contentPacks: PackService | undefined, contentUpdates: ContentUpdates | undefined, warn: (message: string) => void): StatusWriter | undefined {
  const { kioskId, statusFolder } = options.itConfig ?? {};
  const source = options.statusSource;
  if (kioskId === undefined || statusFolder === undefined || source === undefined) return undefined;
  const writer = createStatusWriter({
    folder: statusFolder,
    kioskId,
    warn,
    facts: () => ({
      kioskId,
      appVersion: options.appInfo.version,
      electronVersion: source.electronVersion,
      contentVersion: contentPacks?.describe().shown?.version ?? 'bundled',
      startedAt: source.startedAt,
      logEntries: source.readLog(),
      lastUpdateCheck: options.appUpdates?.()?.lastCheck() ?? null,
      lastContentCheck: lastContentCheckForStatus(contentUpdates),
      freeDiskBytes: source.diskFolder === null ? null : freeDiskBytes(source.diskFolder),
    }),
  });
  setTimeout(() => writer.writeNow(), STATUS_FIRST_DELAY_MS).unref();
  setInterval(() => writer.writeNow(), STATUS_INTERVAL_MS).unref();
  return writer;
}

/**
 * The daily usage file in IT's shared folder: first a minute after start, then checked every hour
 * (never keeping the process alive). Not at start itself: a slow network share must not hold up
 * the first screen, and writing it is synchronous.
 */
function startUsageExport(itConfig: ItConfig, usage: UsageStore, warn: (message: string) => void): UsageExporter | undefined {
  if (itConfig.kioskId === undefined || itConfig.usageExportFolder === undefined) return undefined;
  const exporter = createUsageExporter({ folder: itConfig.usageExportFolder, kioskId: itConfig.kioskId, counts: () => usage.counts(), warn });
  setTimeout(() => exporter.exportIfDue(), USAGE_EXPORT_FIRST_DELAY_MS).unref();
  setInterval(() => exporter.exportIfDue(), USAGE_EXPORT_CHECK_MS).unref();
  return exporter;
}

/** Staff access reports fixed phrases ("staff unlocked"); the log files them under an event. */
export function staffLogEvent(message: string): KioskLogEvent {
  if (message.startsWith('staff unlocked')) return 'staff-unlocked';
  if (message.startsWith('staff PIN rejected')) return 'staff-pin-rejected';
  if (message.startsWith('staff PIN locked') || message.startsWith('staff PIN refused')) return 'staff-locked-out';
  if (message.startsWith('staff PIN changed') || message.startsWith('staff PIN set')) return 'staff-pin-changed';
  if (message.startsWith('staff session ended')) return 'staff-session-ended';
  return 'warning';
}
