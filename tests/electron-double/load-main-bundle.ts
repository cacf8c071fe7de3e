import { readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/**
 * Runs a built main-process bundle (dist/main/index.cjs) as Node would run a CommonJS module, in
 * this process, with `require('electron')` answered by the double. Everything else it requires
 * (Node's built-ins) is the real thing. The bundle is the file `npm run build` ships, unmodified.
 */
export function runMainBundle(bundlePath: string, electron: object): void {
  const source = readFileSync(bundlePath, 'utf8');
  const nodeRequire = createRequire(bundlePath);
  const requireForBundle = (id: string): unknown => (id === 'electron' ? electron : nodeRequire(id));
  const module = { exports: {} };
  const wrapped = vm.runInThisContext(Module.wrap(source), { filename: bundlePath }) as (
    exports: object,
    require: (id: string) => unknown,
    module: object,
    filename: string,
    dirname: string,
  ) => void;
  wrapped(module.exports, requireForBundle, module, bundlePath, path.dirname(bundlePath));
}
