import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { IPC_BINDING } from './preload-environment';

let environment: Promise<string> | null = null;

/** preload-environment.ts as browser code defining `__electronDoublePreloadEnvironment` (kept inside the init script's closure). */
function preloadEnvironment(): Promise<string> {
  environment ??= esbuild
    .build({
      entryPoints: [path.join(import.meta.dirname, 'preload-environment.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: '__electronDoublePreloadEnvironment',
      platform: 'browser',
      target: ['chrome120'],
      logLevel: 'warning',
    })
    .then((result) => result.outputFiles[0]!.text);
  return environment;
}

/**
 * The init script each page of a window gets: the environment, then the window's preload bundle
 * run as a CommonJS module with the sandbox's `require`. With nodeIntegrationInSubFrames on, "All
 * your preloads will load for every iframe" (BrowserWindow webPreferences); the double infers that
 * with it off (ours is, and the double insists) they load in the main frame only, so other frames
 * only lose the binding.
 *
 * A preload that cannot be read or throws is reported as a console error starting "Unable to load
 * preload script", the words Electron's own renderer uses (from its source); the launch fixture
 * fails a test on it.
 */
export async function preloadInitScript(preloadPath: string): Promise<string> {
  let source: string;
  try {
    source = await readFile(preloadPath, 'utf8');
  } catch (error) {
    source = `throw new Error(${JSON.stringify(`cannot read the preload: ${(error as Error).message}`)});`;
  }
  return `(() => {
${await preloadEnvironment()}
  const invoke = window[${JSON.stringify(IPC_BINDING)}];
  delete window[${JSON.stringify(IPC_BINDING)}];
  if (window.top !== window) return;
  const require = __electronDoublePreloadEnvironment.createPreloadRequire(invoke);
  const module = { exports: {} };
  try {
    (function (require, module, exports) {
${source}
    })(require, module, module.exports);
  } catch (error) {
    console.error(${JSON.stringify(`Unable to load preload script: ${preloadPath}`)} + '\\n' + error);
  }
})();
`;
}
