/**
 * The renderer is split into chunks (esbuild `splitting`): a tiny entry (app.js, from
 * renderer/main.ts) that imports the app shell with import(), and chunks for the screens that are
 * loaded later. A browser finds a chunk only when the script that imports it has arrived and
 * been parsed, so each step would wait for the one before. index.html therefore lists every chunk
 * the first screen needs as a <link rel="modulepreload">, and the browser fetches them all at once
 * with the entry.
 */
import path from 'node:path';
import type { Metafile } from 'esbuild';

/**
 * The output files the first screen needs besides the entry: the entry's static imports and the
 * app shell's chunk with its own static imports. Paths are as in the metafile (relative to the
 * build's working directory). Throws if the shell is not a chunk of its own, which would mean
 * renderer/main.ts no longer imports it with import().
 */
export function firstScreenChunks(metafile: Metafile, entryOutput: string, shellSource: string): string[] {
  const outputs = metafile.outputs;
  const shellOutput = Object.keys(outputs).find((file) => outputs[file]!.entryPoint === shellSource);
  if (!shellOutput) throw new Error(`The app shell (${shellSource}) is not a chunk of its own: renderer/main.ts should load it with import().`);
  const needed = new Set<string>();
  const visit = (file: string) => {
    if (needed.has(file)) return;
    needed.add(file);
    for (const imported of outputs[file]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entryOutput);
  visit(shellOutput);
  needed.delete(entryOutput);
  return [...needed];
}

/** index.html with one modulepreload link per chunk, right after the entry's script tag. */
export function addModulePreloads(indexHtml: string, entryScript: string, chunkHrefs: string[]): string {
  const scriptTag = `<script type="module" src="${entryScript}"></script>`;
  const at = indexHtml.indexOf(scriptTag);
  if (at < 0) throw new Error(`index.html has no ${scriptTag} to add the chunk preloads after.`);
  const indent = /[ \t]*$/.exec(indexHtml.slice(0, at))?.[0] ?? '';
  const links = chunkHrefs.map((href) => `\n${indent}<link rel="modulepreload" href="${href}">`).join('');
  return indexHtml.slice(0, at + scriptTag.length) + links + indexHtml.slice(at + scriptTag.length);
}

/** A chunk's href in index.html: relative to the app folder, with forward slashes. */
export function chunkHref(appFolder: string, outputFile: string): string {
  return path.relative(appFolder, outputFile).split(path.sep).join('/');
}
