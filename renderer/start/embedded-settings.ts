import type { KioskSettingsView } from '../../main/ipc/contract';
import { replaceDataBlock } from './embedded-start-data';

/**
 * The settings the kiosk page starts with, written into index.html by the main process as it
 * serves the page (main/protocol/app-files.ts, from KioskServices.entryPageRequested in
 * main/kiosk-services.ts; the preview server does the same). The first
 * screen needs them to choose its language, so asking for them took a round trip to the main
 * process, and the start language's texts had to be guessed (from the last start, kept in
 * localStorage, whose first read alone cost ~7 ms) to be fetched alongside it. With the settings
 * in the page, the right texts are asked for at once and nothing else waits (bench/README.md).
 *
 * The block is left empty in the built file; a page served without it (or with a damaged one)
 * asks the main process as before. Like the start-up data block it is data, never run.
 */
export const START_SETTINGS_ELEMENT_ID = 'kx-start-settings';

/**
 * The page with `settings` written into its settings block. `<` is escaped, so no text staff
 * typed (a clinic name) can end the block early. A page without the block is returned as it is:
 * it then asks for its settings itself.
 */
export function withStartSettings(html: string, settings: KioskSettingsView): string {
  return replaceDataBlock(html, START_SETTINGS_ELEMENT_ID, settings) ?? html;
}

/** The settings in the block's text, or null when it is empty or not what the main process writes. */
export function parseStartSettings(text: string | null | undefined): KioskSettingsView | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const settings = value as Partial<KioskSettingsView> | null;
  const wellFormed =
    typeof settings === 'object' &&
    settings !== null &&
    typeof settings.defaultLanguage === 'string' &&
    (settings.enabledLanguages === null || Array.isArray(settings.enabledLanguages)) &&
    typeof settings.idleTimeoutSeconds === 'number';
  return wellFormed ? (settings as KioskSettingsView) : null;
}

export function readStartSettings(): KioskSettingsView | null {
  return parseStartSettings(document.getElementById(START_SETTINGS_ELEMENT_ID)?.textContent);
}
