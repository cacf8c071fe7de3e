import type { Page } from '@playwright/test';
import type { KioskSettingsView } from '../../../main/ipc/contract';

/**
 * Answers the renderer's settings call as the main process would with these settings, so a test
 * can start the kiosk as a clinic configured it without a settings file.
 */
export async function answerSettings(page: Page, settings: Partial<KioskSettingsView>): Promise<void> {
  const view: KioskSettingsView = { defaultLanguage: 'en', enabledLanguages: null, idleTimeoutSeconds: 90, idleCountdownSeconds: 20, defaultTextSize: 'standard', defaultTheme: 'standard', motion: true, readAloud: true, readAloudVolume: 'medium', readAloudSpeed: 'normal', printingEnabled: false, printerName: null, paperSize: 'A4', dailyPrintLimit: 50, clinicName: '', clinicPhone: '', topicLinks: {}, ...settings };
  await page.route('**/__kiosk/ipc/settings/get', (route) => route.fulfill({ json: view }));
}
