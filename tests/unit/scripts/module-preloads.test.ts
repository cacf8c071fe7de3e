import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Metafile } from 'esbuild';
import { addModulePreloads, firstScreenChunks } from '../../../scripts/bundle/module-preloads';

const projectRoot = path.resolve(import.meta.dirname, '../../..');

function output(entryPoint: string | undefined, imports: [string, 'import-statement' | 'dynamic-import'][]): Metafile['outputs'][string] {
  return { bytes: 1, inputs: {}, exports: [], imports: imports.map(([importPath, kind]) => ({ path: importPath, kind })), ...(entryPoint ? { entryPoint } : {}) };
}

test('the first screen needs the entry\'s static imports and the shell with its static imports, not the later screens', () => {
  const metafile: Metafile = {
    inputs: {},
    outputs: {
      'out/app.js': output('src/main.ts', [['out/chunks/shared-a.js', 'import-statement'], ['out/chunks/shell.js', 'dynamic-import'], ['out/chunks/topic.js', 'dynamic-import']]),
      'out/chunks/shared-a.js': output(undefined, []),
      'out/chunks/shell.js': output('src/shell.ts', [['out/chunks/lib.js', 'import-statement'], ['out/chunks/shared-a.js', 'import-statement'], ['out/chunks/topic.js', 'dynamic-import']]),
      'out/chunks/lib.js': output(undefined, [['out/chunks/lib-part.js', 'import-statement']]),
      'out/chunks/lib-part.js': output(undefined, []),
      'out/chunks/topic.js': output('src/topic.ts', [['out/chunks/lib.js', 'import-statement'], ['out/chunks/topic-only.js', 'import-statement']]),
      'out/chunks/topic-only.js': output(undefined, []),
    },
  };
  assert.deepStrictEqual(firstScreenChunks(metafile, 'out/app.js', 'src/shell.ts').sort(), ['out/chunks/lib-part.js', 'out/chunks/lib.js', 'out/chunks/shared-a.js', 'out/chunks/shell.js']);
  assert.throws(() => firstScreenChunks(metafile, 'out/app.js', 'src/not-a-chunk.ts'), /not a chunk of its own/);
});

test('the preload links go right after the entry script, indented like it', () => {
  const html = '<head>\n    <script type="module" src="app.js"></script>\n  </head>';
  assert.equal(addModulePreloads(html, 'app.js', ['chunks/a.js', 'chunks/b.js']), '<head>\n    <script type="module" src="app.js"></script>\n    <link rel="modulepreload" href="chunks/a.js">\n    <link rel="modulepreload" href="chunks/b.js">\n  </head>');
  assert.throws(() => addModulePreloads('<head></head>', 'app.js', ['chunks/a.js']), /no <script type="module" src="app.js">/);
});

describeRealBuild();

/** A real production build: index.html preloads exactly what the first screen runs. */
function describeRealBuild(): void {
  let appFolder: string;
  let tempDir: string;
  before(() => {
    tempDir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-module-preloads-'));
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--production'], { cwd: projectRoot, env: { ...process.env, KIOSK_DIST_DIR: path.join(tempDir, 'dist') }, stdio: 'pipe' });
    appFolder = path.join(tempDir, 'dist', 'renderer');
  });
  after(() => rmSync(tempDir, { recursive: true, force: true }));

  const read = (file: string) => readFileSync(path.join(appFolder, file), 'utf8');
  /** The files a built module imports statically (`import ... from "./x.js"` / `import "./x.js"`), app-relative. */
  const staticImports = (file: string) =>
    [...read(file).matchAll(/import\s*(?:[\w$*{}\s,]*from\s*)?["'](\.[^"']+)["']/g)].map((match) => path.posix.join(path.posix.dirname(file), match[1]!));
  // esbuild lowers `@customElement('kx-x')` to a decorator list `[f("kx-x")]`; a mere mention of
  // the tag (a template, customElements.get) does not look like that.
  const definedIn = (file: string, tag: string) => new RegExp(`\\[[\\w$]+\\("${tag}"\\)\\]`).test(read(file));

  test('the built index.html preloads every module the home screen runs, and none of the later screens', () => {
    const preloaded = [...read('index.html').matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((match) => match[1]!);
    assert.ok(preloaded.length > 0, 'index.html has modulepreload links');
    for (const href of preloaded) assert.ok(existsSync(path.join(appFolder, href)), `${href} exists`);
    // Closed under static imports: nothing the browser would only find after parsing a chunk.
    for (const file of ['app.js', ...preloaded]) {
      for (const imported of staticImports(file)) assert.ok(preloaded.includes(imported), `${file} imports ${imported}, which is not preloaded`);
    }
    const home = ['app.js', ...preloaded];
    for (const tag of ['kx-app', 'kx-home-screen', 'kx-language-picker']) assert.ok(home.some((file) => definedIn(file, tag)), `<${tag}> is in the first screen's modules`);
    for (const tag of ['kx-topic-screen', 'kx-staff-panel', 'kx-pin-pad', 'kx-diagram-viewer']) {
      assert.ok(!home.some((file) => definedIn(file, tag)), `<${tag}> is not loaded before the first screen`);
    }
    // The entry stays tiny so it runs while the shell downloads (renderer/main.ts).
    assert.ok(read('app.js').length < 4000, `app.js is ${read('app.js').length} bytes`);
  });
}
