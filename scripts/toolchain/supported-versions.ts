/**
 * Which Electron and Node releases still get security fixes: the one place that knows, read by the
 * unit test tests/unit/scripts/toolchain/supported-versions.test.ts so that the kiosk cannot drift
 * onto an unsupported browser engine or toolchain without a red `npm test`.
 */

/**
 * The newest stable Electron major that exists, as far as this project knows.
 *
 * Update it when Electron ships a new stable major (every 8 weeks: `npm view electron dist-tags.latest`
 * or https://releases.electronjs.org/). Then move `electron` in package.json into the supported
 * window below, run `npm install`, read Electron's breaking-changes list for every major crossed, and
 * check the fuses in electron-builder.yml against the newest @electron/fuses (see README, "Electron
 * and Node versions").
 */
export const NEWEST_ELECTRON_MAJOR = 45;

/** Electron fixes the three newest stable majors (https://www.electronjs.org/docs/latest/tutorial/electron-timelines). */
export const SUPPORTED_ELECTRON_MAJOR_COUNT = 3;

/**
 * End of life of the Node LTS lines the toolchain may run on (https://nodejs.org/en/about/previous-releases).
 * Add a line when a new LTS starts (every October); drop one once it has ended.
 */
export const NODE_LTS_END_OF_LIFE: Readonly<Record<number, string>> = {
  22: '2027-04-30',
  24: '2028-04-30',
};

/** Electron 42 and later refuse to install on an older Node (their `engines` field). */
export const MINIMUM_NODE_VERSION = '22.12.0';

/** Oldest Electron major that still gets fixes. */
export function oldestSupportedElectronMajor(newestMajor: number = NEWEST_ELECTRON_MAJOR): number {
  return newestMajor - SUPPORTED_ELECTRON_MAJOR_COUNT + 1;
}

export function majorOf(version: string): number {
  const match = /^v?(\d+)\.\d+\.\d+/.exec(version.trim());
  if (!match) throw new Error(`Not a version number: ${JSON.stringify(version)}`);
  return Number(match[1]);
}

/** Why this Electron version is not acceptable, or null when it is inside the supported window. */
export function electronSupportProblem(version: string, newestMajor: number = NEWEST_ELECTRON_MAJOR): string | null {
  const major = majorOf(version);
  const oldest = oldestSupportedElectronMajor(newestMajor);
  if (major < oldest) {
    return `Electron ${version} gets no security fixes: only ${oldest}–${newestMajor} are supported. Move package.json's "electron" to ${newestMajor} and run npm install.`;
  }
  if (major > newestMajor) {
    return `Electron ${version} is newer than NEWEST_ELECTRON_MAJOR (${newestMajor}) in scripts/toolchain/supported-versions.ts: raise that number to ${major}.`;
  }
  return null;
}

/** Why this Node version cannot run the toolchain on `today` (YYYY-MM-DD), or null when it can. */
export function nodeSupportProblem(version: string, today: string): string | null {
  const major = majorOf(version);
  const endOfLife = NODE_LTS_END_OF_LIFE[major];
  if (endOfLife === undefined) {
    return `Node ${version} is not one of the LTS lines the project supports (${Object.keys(NODE_LTS_END_OF_LIFE).join(', ')}): use one of those, or add its line to NODE_LTS_END_OF_LIFE.`;
  }
  if (compareVersions(version, MINIMUM_NODE_VERSION) < 0) {
    return `Node ${version} is older than ${MINIMUM_NODE_VERSION}, the oldest that Electron's installer accepts.`;
  }
  if (today > endOfLife) {
    return `Node ${major} reached its end of life on ${endOfLife}: move package.json's "node" devDependency and "engines" to a newer LTS.`;
  }
  return null;
}

/** Compares two plain x.y.z versions (a leading "v" allowed): negative, zero or positive. */
export function compareVersions(left: string, right: string): number {
  const parts = (version: string) => version.trim().replace(/^v/, '').split('.').slice(0, 3).map(Number);
  const [a, b] = [parts(left), parts(right)];
  for (let index = 0; index < 3; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
