/**
 * `npm run packaging:prepare`: writes what electron-builder takes from directories.buildResources
 * (dist/build-resources/): the icons, drawn from app-icon.svg, and the deb's Linux session files.
 * `npm run dist` runs it after the production build, which empties dist/ first, and before
 * electron-builder, which reads these files.
 */
import path from 'node:path';
import { makeIcons } from './make-icons';
import { linuxSessionFilesDir, writeLinuxSessionFiles } from './linux-session-files';
import { buildResourcesDir, linuxAppFromConfig, projectRoot, readBuilderConfig } from './packaging-config';

const config = readBuilderConfig();
const outDir = buildResourcesDir(config);
const icons = await makeIcons(outDir);
const sessionFiles = await writeLinuxSessionFiles(path.join(outDir, linuxSessionFilesDir), linuxAppFromConfig(config));
console.log(`Wrote ${icons.length} icons and ${sessionFiles.map((file) => path.basename(file)).join(', ')} into ${path.relative(projectRoot, outDir)}/.`);
