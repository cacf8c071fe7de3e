/**
 * The few values of electron-builder.yml that the packaging scripts and their tests share, read
 * from the file itself so that a name changed there changes every generated file with it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { type LinuxApp } from './linux-session-files';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** The parts of electron-builder.yml we read; electron-builder's own schema checks the rest. */
export interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  directories: { output: string; buildResources: string };
  linux: { target: string[]; executableName: string; icon: string };
  deb: { fpm: string[] };
  win: { target: string[]; icon: string };
  nsis: { perMachine: boolean; include: string };
  mac: { target: string[]; icon: string };
  electronFuses: Record<string, boolean>;
}

export function readBuilderConfig(root: string = projectRoot): BuilderConfig {
  return parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

/** The folder electron-builder takes icons from; `npm run packaging:prepare` fills it. */
export function buildResourcesDir(config: BuilderConfig, root: string = projectRoot): string {
  return path.resolve(root, config.directories.buildResources);
}

/** The names the Linux session files are made from: the yml's, and package.json's description. */
export function linuxAppFromConfig(config: BuilderConfig, root: string = projectRoot): LinuxApp {
  const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { description: string };
  return { productName: config.productName, executableName: config.linux.executableName, description: packageJson.description };
}
