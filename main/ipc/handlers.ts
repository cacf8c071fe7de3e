import { z } from 'zod';
import type { AppInfo, ContentServerCheck, IpcChannel, IpcContract, KioskSettingsView, RendererState, SettingsUpdateResult } from './contract';
import type { AppUpdates } from '../updates/app-updates';
import { CLINIC_TEXT_LIMITS, DAILY_PRINT_LIMITS, PAPER_SIZES, USAGE_SUMMARY_DAYS, type UsageDay } from './contract';
import type { HandoutPrinter } from '../printing/handout-printer';
import { clinicText, contentId, IDLE_TIMEOUT_LIMITS, languageTag, printerNameSchema, READ_ALOUD_SPEEDS, READ_ALOUD_VOLUMES, TEXT_SIZES, THEMES, type KioskSettings } from '../settings/settings-schema';
import { SettingsUpdateError, type SettingsStore } from '../settings/settings-store';
import type { StaffAccess } from '../staff/staff-access';
import type { UsageDriveExport } from '../usage/usage-drive-export';
import type { DriveLister } from '../usage/removable-drives';
import { listPacksOnDrives, packFileOnDrive } from '../content-packs/drive-packs';
import type { InstalledPack, PackService } from '../content-packs/pack-service';
import type { UsageRecorder } from '../usage/usage-events';

/**
 * Transport-free handlers: arguments arrive as `unknown[]` from an untrusted renderer and are
 * validated here, so Electron's ipcMain and the preview server's HTTP binding behave the same.
 */
export type IpcHandlers = {
  [C in IpcChannel]: (...args: unknown[]) => Promise<Awaited<ReturnType<IpcContract[C]>>>;
};

export interface HandlerDependencies {
  settings: SettingsStore;
  staff: StaffAccess;
  appInfo: AppInfo;
  /** Closes the kiosk: app.quit() in Electron; the preview server only logs it. */
  exitApp: () => void;
  /** The app page's heartbeat ('app/alive'): Electron's renderer watchdog and the update rules; nothing in the preview. */
  rendererAlive?: (state: RendererState) => void;
  /** Sends handouts to a printer; without it every print is refused as 'no-printer'. */
  handouts?: HandoutPrinter;
  /** Counts what patients use (main/usage/); without it reports are dropped. */
  usage?: UsageRecorder & { handoutPrinted(): void; summary(days: number): { today: string; days: Record<string, UsageDay> }; reset(): void };
  /** Content packs (main/content-packs/); without them the app's own content is all there is. */
  contentPacks?: { service: PackService; listDrives: DriveLister; /** When IT set a content server. */ serverChecks?: { lastCheck(): ContentServerCheck | null } };
  /** App updates (main/updates/), once started: only when IT set an update server. */
  appUpdates?: () => AppUpdates | undefined;
  /** Staff's export of the usage counts to a USB stick; without it no drive is ever listed. */
  usageDriveExport?: UsageDriveExport;
}

/** What the staff panel may send; anything else (including the PIN hash) is refused. */
const staffSettingsChangeSchema = z.strictObject({
  defaultLanguage: languageTag.optional(),
  enabledLanguages: z.array(languageTag).min(1).max(50).optional(),
  idleTimeoutSeconds: z.number().int().min(IDLE_TIMEOUT_LIMITS.min).max(IDLE_TIMEOUT_LIMITS.max).optional(),
  defaultTextSize: z.enum(TEXT_SIZES).optional(),
  defaultTheme: z.enum(THEMES).optional(),
  motion: z.boolean().optional(),
  readAloud: z.boolean().optional(),
  readAloudVolume: z.enum(READ_ALOUD_VOLUMES).optional(),
  readAloudSpeed: z.enum(READ_ALOUD_SPEEDS).optional(),
  printingEnabled: z.boolean().optional(),
  printerName: printerNameSchema.nullable().optional(),
  paperSize: z.enum(PAPER_SIZES).optional(),
  dailyPrintLimit: z.number().int().min(DAILY_PRINT_LIMITS.min).max(DAILY_PRINT_LIMITS.max).optional(),
  clinicName: clinicText(CLINIC_TEXT_LIMITS.name).optional(),
  clinicPhone: clinicText(CLINIC_TEXT_LIMITS.phone).optional(),
});

/** The heartbeat's state; anything else counts as "a patient may be here". */
const rendererStateSchema = z.strictObject({ attractShowing: z.boolean() });

/** A drive's id as 'usage/drives' gave it (a mount point); it is looked up in the list again. */
const driveIdSchema = z.string().min(1).max(4096);

/** A patient's print request: ids as the content uses them, at most every chapter of a topic. */
const handoutRequestSchema = z.strictObject({
  topicId: contentId,
  language: languageTag,
  chapters: z.array(contentId).max(30),
});

export function toSettingsView(settings: KioskSettings): KioskSettingsView {
  return {
    defaultLanguage: settings.defaultLanguage,
    enabledLanguages: settings.enabledLanguages ? [...settings.enabledLanguages] : null,
    idleTimeoutSeconds: settings.idleTimeoutSeconds,
    idleCountdownSeconds: settings.idleCountdownSeconds,
    defaultTextSize: settings.defaultTextSize,
    defaultTheme: settings.defaultTheme,
    motion: settings.motion,
    readAloud: settings.readAloud,
    readAloudVolume: settings.readAloudVolume,
    readAloudSpeed: settings.readAloudSpeed,
    printingEnabled: settings.printingEnabled,
    printerName: settings.printerName,
    paperSize: settings.paperSize,
    dailyPrintLimit: settings.dailyPrintLimit,
    clinicName: settings.clinicName,
    clinicPhone: settings.clinicPhone,
    topicLinks: structuredClone(settings.topicLinks),
  };
}

export function createIpcHandlers(deps: HandlerDependencies): IpcHandlers {
  return {
    'settings/get': async () => toSettingsView(deps.settings.get()),
    'settings/update': async (change) => updateSettings(deps, change),
    'staff/status': async () => deps.staff.status(),
    'staff/unlock': async (pin) => deps.staff.unlock(pin),
    'staff/set-pin': async (pin) => deps.staff.setPin(pin),
    'staff/end-session': async () => deps.staff.endSession(),
    'app/info': async () => ({ ...deps.appInfo }),
    'app/exit': async () => {
      if (!deps.staff.isSessionOpen()) return { ok: false };
      deps.exitApp();
      return { ok: true };
    },
    'app/alive': async (state) => deps.rendererAlive?.({ attractShowing: rendererStateSchema.safeParse(state).data?.attractShowing ?? false }),
    'handout/print': async (request) => {
      const parsed = handoutRequestSchema.safeParse(request);
      if (!parsed.success) return { ok: false, reason: 'invalid' };
      if (deps.handouts === undefined) return { ok: false, reason: 'no-printer' };
      const result = await deps.handouts.print(parsed.data);
      if (result.ok) deps.usage?.handoutPrinted();
      return result;
    },
    'usage/record': async (event) => deps.usage?.record(event),
    'usage/summary': async () => {
      if (!deps.staff.isSessionOpen()) return { ok: false, reason: 'not-allowed' };
      return { ok: true, ...(deps.usage?.summary(USAGE_SUMMARY_DAYS) ?? { today: '', days: {} }) };
    },
    'usage/reset': async () => {
      if (!deps.staff.isSessionOpen() || deps.usage === undefined) return { ok: false };
      deps.usage.reset();
      return { ok: true };
    },
    'usage/drives': async () => {
      if (!deps.staff.isSessionOpen()) return { ok: false, reason: 'not-allowed' };
      return deps.usageDriveExport?.drives() ?? { ok: true, drives: [] };
    },
    'usage/export-to-drive': async (driveId) => {
      if (!deps.staff.isSessionOpen()) return { ok: false, reason: 'not-allowed' };
      const parsed = driveIdSchema.safeParse(driveId);
      if (!parsed.success || deps.usageDriveExport === undefined) return { ok: false, reason: 'drive-gone' };
      return deps.usageDriveExport.exportTo(parsed.data);
    },
    'update/status': async () => {
      if (!deps.staff.isSessionOpen()) return { ok: false, reason: 'not-allowed' };
      const updates = deps.appUpdates?.();
      if (updates === undefined) return { ok: true, configured: false };
      const { phase, readyVersion, lastCheckAt, lastResult } = updates.state();
      return { ok: true, configured: true, phase, readyVersion, lastCheck: lastCheckAt === null || lastResult === null ? null : { at: new Date(lastCheckAt).toISOString(), result: lastResult }, quietHours: updates.quietHours };
    },
    'update/install-now': async () => {
      const updates = deps.appUpdates?.();
      if (!deps.staff.isSessionOpen() || updates === undefined) return { ok: false };
      return { ok: updates.installNow() };
    },
    'content/switch-if-ready': async () => ({ reload: deps.contentPacks?.service.switchIfReady() ?? false }),
    'content/started': async (ok) => (typeof ok === 'boolean' ? (deps.contentPacks?.service.reportStarted(ok) ?? { reload: false }) : { reload: false }),
    'content/status': async () => {
      if (!deps.staff.isSessionOpen()) return { ok: false, reason: 'not-allowed' };
      const state = deps.contentPacks?.service.describe() ?? { shown: null, canRollBack: false };
      const serverChecks = deps.contentPacks?.serverChecks;
      return {
        ok: true,
        shown: packSummary(state.shown),
        ...(state.next === undefined ? {} : { next: packSummary(state.next) }),
        canRollBack: state.canRollBack,
        ...(serverChecks === undefined ? {} : { server: { lastCheck: serverChecks.lastCheck() } }),
      };
    },
    'content/packs-on-drives': async () => {
      if (!deps.staff.isSessionOpen()) return { ok: false, reason: 'not-allowed' };
      if (deps.contentPacks === undefined) return { ok: true, packs: [] };
      try {
        return { ok: true, packs: await listPacksOnDrives(deps.contentPacks.listDrives) };
      } catch {
        return { ok: false, reason: 'failed' };
      }
    },
    'content/install-from-drive': async (driveId, fileName, allowOlder) => {
      if (!deps.staff.isSessionOpen()) return { ok: false, reason: 'not-allowed' };
      const packs = deps.contentPacks;
      if (packs === undefined || typeof driveId !== 'string' || typeof fileName !== 'string') return { ok: false, reason: 'gone' };
      const file = await packFileOnDrive(packs.listDrives, driveId, fileName).catch(() => null);
      if (file === null) return { ok: false, reason: 'gone' };
      const result = await packs.service.install(file, { allowOlder: allowOlder === true });
      return result.ok ? { ok: true, pack: packSummary(result.pack)! } : { ok: false, reason: 'refused', problem: result.problem, detail: result.detail };
    },
    'content/roll-back': async () => {
      if (!deps.staff.isSessionOpen() || deps.contentPacks === undefined) return { ok: false };
      return { ok: deps.contentPacks.service.rollBack() };
    },
    'handout/printers': async () => {
      if (!deps.staff.isSessionOpen()) return { ok: false, reason: 'not-allowed' };
      if (deps.handouts === undefined) return { ok: true, printers: [] };
      try {
        return { ok: true, printers: await deps.handouts.printers() };
      } catch {
        return { ok: false, reason: 'failed' };
      }
    },
  };
}

function packSummary(pack: InstalledPack | null): { name: string; version: string; installedAt: string } | null {
  return pack === null ? null : { name: pack.name, version: pack.version, installedAt: pack.installedAt };
}

function updateSettings(deps: HandlerDependencies, change: unknown): SettingsUpdateResult {
  if (!deps.staff.isSessionOpen()) return { ok: false, reason: 'not-allowed', message: 'Staff mode is not open.' };
  const parsed = staffSettingsChangeSchema.safeParse(change);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(change)'}: ${issue.message}`);
    return { ok: false, reason: 'invalid', message: fields.join('; ') };
  }
  const current = deps.settings.get();
  const enabled = parsed.data.enabledLanguages ?? current.enabledLanguages;
  const defaultLanguage = parsed.data.defaultLanguage ?? current.defaultLanguage;
  if (enabled && !enabled.includes(defaultLanguage)) {
    return { ok: false, reason: 'invalid', message: `The default language "${defaultLanguage}" must be one of the enabled languages.` };
  }
  try {
    return { ok: true, settings: toSettingsView(deps.settings.update(parsed.data)) };
  } catch (error) {
    if (error instanceof SettingsUpdateError) return { ok: false, reason: 'invalid', message: error.message };
    throw error;
  }
}
