import assert from 'node:assert/strict';
import { test } from 'node:test';
import { electronPrinting, type PrintWindow } from '../../../../main/printing/electron-printing';

function fakeWindow(outcome: { ready?: Promise<unknown>; print: [boolean, string] }) {
  const calls: string[] = [];
  let destroyed = false;
  const window: PrintWindow = {
    loadURL: async (url) => void calls.push(`load ${url}`),
    isDestroyed: () => destroyed,
    destroy: () => {
      destroyed = true;
      calls.push('destroy');
    },
    webContents: {
      executeJavaScript: async (code) => {
        calls.push(`wait ${code}`);
        return outcome.ready;
      },
      print: (options, callback) => {
        calls.push(`print ${JSON.stringify(options)}`);
        callback(...outcome.print);
      },
    },
  };
  return { window, calls };
}

const job = { pagePath: '/handout.html?topic=t&lang=en&paper=Letter', deviceName: '', paperSize: 'Letter' as const };

test('a job loads the handout, waits until it is ready, prints silently and destroys the window', async () => {
  const { window, calls } = fakeWindow({ print: [true, ''] });
  const printing = electronPrinting({ createWindow: () => window, getPrinters: async () => [], appOrigin: 'app://kiosk' });
  await printing.sendToPrinter(job);
  assert.deepStrictEqual(calls, [
    'load app://kiosk/handout.html?topic=t&lang=en&paper=Letter',
    'wait window.handoutReady',
    'print {"silent":true,"deviceName":"","pageSize":"Letter","printBackground":true}',
    'destroy',
  ]);
});

test('a failed job or a handout that cannot be made rejects with the reason, and the window is destroyed all the same', async () => {
  const failed = fakeWindow({ print: [false, 'Print job failed'] });
  await assert.rejects(electronPrinting({ createWindow: () => failed.window, getPrinters: async () => [], appOrigin: 'app://kiosk' }).sendToPrinter(job), /Print job failed/);
  assert.equal(failed.calls.at(-1), 'destroy');

  const broken = fakeWindow({ ready: Promise.reject(new Error('The topic "t" has no handout.')), print: [true, ''] });
  await assert.rejects(electronPrinting({ createWindow: () => broken.window, getPrinters: async () => [], appOrigin: 'app://kiosk' }).sendToPrinter(job), /has no handout/);
  assert.equal(broken.calls.some((call) => call.startsWith('print')), false);
  assert.equal(broken.calls.at(-1), 'destroy');
});

test('the printer list keeps only the names', async () => {
  const printing = electronPrinting({ createWindow: () => fakeWindow({ print: [true, ''] }).window, getPrinters: async () => [{ name: 'hp', displayName: 'HP LaserJet', description: 'x', options: {} } as never], appOrigin: 'app://kiosk' });
  assert.deepStrictEqual(await printing.listPrinters(), [{ name: 'hp', displayName: 'HP LaserJet' }]);
});
