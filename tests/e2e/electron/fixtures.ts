import { test as base, expect } from '@playwright/test';
import { KioskLaunch, type LaunchOptions } from '../../electron-double/launch';

interface ElectronFixtures {
  /**
   * Starts the built kiosk's real main process and preload over the Electron test double
   * (tests/electron-double/). Every launch is ended after the test, and the test fails if the
   * double met anything it does not model or a page logged an error the test did not expect
   * (`launch.expectPageError`).
   */
  launchKiosk: (options?: LaunchOptions) => Promise<KioskLaunch>;
}

export const test = base.extend<ElectronFixtures>({
  // Playwright reads fixture dependencies from the destructuring pattern; this fixture has none.
  // eslint-disable-next-line no-empty-pattern
  launchKiosk: async ({}, use) => {
    const launches: KioskLaunch[] = [];
    await use(async (options) => {
      const launch = await KioskLaunch.start(options);
      launches.push(launch);
      return launch;
    });
    for (const launch of launches) await launch.kill();
    expect(launches.flatMap((launch) => launch.double.problems), 'the double met nothing it does not model').toEqual([]);
    expect(launches.flatMap((launch) => launch.unexpectedPageErrors()), 'the kiosk pages logged no unexpected error').toEqual([]);
  },
});

export { expect };
