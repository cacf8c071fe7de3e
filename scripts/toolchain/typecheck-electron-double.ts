/**
 * Second half of `npm run typecheck`: main/ and the preload type-checked with 'electron' resolved to
 * the Electron test double (tests/electron-double/tsconfig.json), so our main process cannot use an
 * Electron API or event the double does not implement without this check failing.
 *
 * The double's classes name Electron's own types (`implements Pick<Electron.App, ...>`), so the
 * check needs the global `Electron` namespace from electron.d.ts, but not that file's
 * `declare module 'electron'`: TypeScript prefers an ambient module to a `paths` mapping, and
 * 'electron' would resolve to the real typings again. This script writes the namespace alone to
 * node_modules/.cache and runs tsc against it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const NAMESPACE_FILE = path.join(projectRoot, 'node_modules', '.cache', 'clinic-kiosk-electron-types', 'electron-namespace.d.ts');

/** electron.d.ts up to its first ambient module declaration: the `Electron` namespace. */
export function electronNamespaceOnly(typings: string): string {
  const firstModule = typings.search(/^declare module '/m);
  if (firstModule === -1) throw new Error("electron.d.ts has no \"declare module 'electron'\": its layout changed; update scripts/toolchain/typecheck-electron-double.ts.");
  const namespace = typings.slice(0, firstModule);
  if (!/^declare namespace Electron \{/m.test(namespace)) throw new Error('electron.d.ts does not start with the Electron namespace any more; update scripts/toolchain/typecheck-electron-double.ts.');
  return namespace;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const typings = readFileSync(path.join(projectRoot, 'node_modules', 'electron', 'electron.d.ts'), 'utf8');
  mkdirSync(path.dirname(NAMESPACE_FILE), { recursive: true });
  writeFileSync(NAMESPACE_FILE, electronNamespaceOnly(typings));
  const tsc = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', path.join(projectRoot, 'tests', 'electron-double', 'tsconfig.json')], { stdio: 'inherit' });
  process.exit(tsc.status ?? 1);
}
