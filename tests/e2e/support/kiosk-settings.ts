import type { Page } from '@playwright/test';
import type { KioskSettingsView } from '../../../main/ipc/contract';
import { START_SETTINGS_ELEMENT_ID } from '../../../renderer/start/embedded-settings';
import { replaceDataBlock } from '../../../renderer/start/embedded-start-data';

/**
 * Starts the kiosk as a clinic configured it with these settings, without a settings file: the
 * kiosk page arrives with them written in, as the main process writes its own
 * (renderer/start/embedded-settings.ts), and the renderer's later settings calls (the reset
 * between patients) are answered with them too.
 */
export async function answerSettings(page: Page, settings: Partial<KioskSettingsView>): Promise<void> {
  const view: KioskSettingsView = { defaultLanguage: 'en', enabledLanguages: null, idleTimeoutSeconds: 90, idleCountdownSeconds: 20, defaultTextSize: 'standard', defaultTheme: 'standard', motion: true, readAloud: true, readAloudVolume: 'medium', readAloudSpeed: 'normal', printingEnabled: false, printerName: null, paperSize: 'A4', dailyPrintLimit: 50, clinicName: '', clinicPhone: '', topicLinks: {}, ...settings };
  await page.route(
    (url) => url.pathname === '/' || url.pathname === '/index.html',
    async (route) => {
      const response = await route.fetch();
      const html = replaceDataBlock(await response.text(), START_SETTINGS_ELEMENT_ID, view);
      if (html === null) throw new Error(`the kiosk page has no ${START_SETTINGS_ELEMENT_ID} block`);
      await route.fulfill({ response, body: html });
    },
  );
  await page.route('**/__kiosk/ipc/settings/get', (route) => route.fulfill({ json: view }));
}
