import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LanguageRegistry } from '../../../../renderer/content/content-store';

const files: Record<string, unknown> = {
  'locales/en/ui.json': { nav: { next: 'Next' } },
  'locales/es/ui.json': { nav: { next: 'Siguiente' } },
  'locales/fr/ui.json': { nav: { next: 'Suivant' } },
};

/** A host that only counts the updates it is asked for. */
function countingHost(): ReactiveControllerHost & { controller: ReactiveController; updates: number } {
  const host = {
    controller: undefined as unknown as ReactiveController,
    updates: 0,
    addController(controller: ReactiveController) {
      host.controller = controller;
    },
    removeController: () => undefined,
    requestUpdate() {
      host.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
  return host;
}

test('a component re-renders on a language switch only while on the page, and once put back after one it missed', async () => {
  mock.method(globalThis, 'fetch', async (input: string) => (input in files ? new Response(JSON.stringify(files[input])) : new Response('Not found', { status: 404 })));
  // i18n.ts writes <html lang dir> and the font; nothing else of the document is used.
  Object.assign(globalThis, { document: { documentElement: { lang: '', dir: '', style: { setProperty: () => undefined } } } });
  const { startI18n, switchLanguage, onLanguageChanged } = await import('../../../../renderer/i18n/i18n');
  const { I18nController } = await import('../../../../renderer/controllers/i18n-controller');
  const languages = ['en', 'es', 'fr'].map((code) => ({ code, dir: 'ltr', font: 'sans-serif' }));
  await startI18n({ sourceLanguage: 'en', languages } as unknown as LanguageRegistry, 'en', []);

  const shown = countingHost();
  new I18nController(shown);
  shown.controller.hostConnected?.();
  shown.controller.hostUpdate?.();
  await switchLanguage('es');
  assert.equal(shown.updates, 1, 'on the page: re-rendered in the new language');

  // Taken off the page by a listener that runs before its own, within the same switch (as the
  // topic screen drops its pages made ahead): i18next still calls the listener it had.
  const dropped = countingHost();
  new I18nController(dropped);
  const stopDropping = onLanguageChanged(() => dropped.controller.hostDisconnected?.());
  // Registered after the dropping listener, as a part inside a page is put on it after its screen.
  dropped.controller.hostConnected?.();
  dropped.controller.hostUpdate?.();
  await switchLanguage('fr');
  stopDropping();
  assert.equal(dropped.updates, 0, 'taken off the page: not rendered again');

  // Put back on the page after the switch it missed: it renders in the language now shown.
  dropped.controller.hostConnected?.();
  assert.equal(dropped.updates, 1, 'put back: rendered again');
  dropped.controller.hostUpdate?.();
  dropped.controller.hostDisconnected?.();
  dropped.controller.hostConnected?.();
  assert.equal(dropped.updates, 1, 'put back with no switch missed: nothing to do');

  // Laid out but hidden (a sheet made ahead): the switch renders it in idle time after its frame.
  Object.assign(globalThis, { requestAnimationFrame: (work: () => void) => setTimeout(work, 1), cancelAnimationFrame: (id: number) => clearTimeout(id) });
  // Node has no idle callbacks: the deferred render runs in the task after the stand-in frame.
  // Waiting the same way, asked for later, ends after it (timers of one length run in order); a
  // fixed sleep did not, when the machine stalled past both (CI, under load).
  const afterFrameAndIdle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve))));
  let hidden = true;
  const sheet = countingHost();
  new I18nController(sheet, { deferWhile: () => hidden });
  sheet.controller.hostConnected?.();
  sheet.controller.hostUpdate?.();
  await switchLanguage('es');
  assert.equal(sheet.updates, 0, 'hidden: not rendered in the switch');
  await afterFrameAndIdle();
  assert.equal(sheet.updates, 1, 'hidden: rendered in the new language after the frame');
  sheet.controller.hostUpdate?.();
  // Shown (opened) before that idle time came: it renders with the opening, and not again.
  await switchLanguage('fr');
  sheet.controller.hostUpdate?.();
  await afterFrameAndIdle();
  assert.equal(sheet.updates, 1, 'rendered in the new language meanwhile: no second render');
  hidden = false;
  await switchLanguage('en');
  assert.equal(sheet.updates, 2, 'shown: rendered in the switch');
  sheet.controller.hostDisconnected?.();
});
