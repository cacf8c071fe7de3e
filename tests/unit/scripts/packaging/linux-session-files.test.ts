import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { installPrefix } from 'app-builder-lib/out/targets/LinuxTargetHelper';
import { sanitizeFileName } from 'builder-util/out/filename';
import {
  autostartDir,
  debExecutablePath,
  linuxSessionFilesDir,
  restartPolicy,
  sessionFileNames,
  systemdUserUnitDir,
  writeLinuxSessionFiles,
} from '../../../../scripts/packaging/linux-session-files';
import { STAFF_EXIT_CODE } from '../../../../main/recovery/exit-codes';
import { linuxAppFromConfig, projectRoot, readBuilderConfig } from '../../../../scripts/packaging/packaging-config';
import { desktopExecArgument, systemdExecArgument } from '../../../../scripts/packaging/session-file-quoting';
import { parseDesktopEntry, parseSystemdUnit, splitDesktopExec, splitSystemdCommand } from './session-file-readers';

const config = readBuilderConfig();
const app = linuxAppFromConfig(config);
const names = sessionFileNames(app);
let outDir: string;
let desktopText: string;
let unitText: string;

before(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-session-files-'));
  await writeLinuxSessionFiles(outDir, app);
  desktopText = await readFile(path.join(outDir, names.desktopEntry), 'utf8');
  unitText = await readFile(path.join(outDir, names.userUnit), 'utf8');
});
after(() => rm(outDir, { recursive: true, force: true }));

test("the executable path is where electron-builder's deb installs and links the kiosk", () => {
  const afterInstall = readFileSync(path.join(projectRoot, 'node_modules/app-builder-lib/templates/linux/after-install.tpl'), 'utf8');
  const template = '/opt/${sanitizedProductName}/${executable}';
  assert.ok(afterInstall.includes(`'${template}'`), 'the template still links /usr/bin/<executable> to /opt/<product>/<executable>');
  assert.equal(installPrefix, '/opt');
  const expected = template.replace('${sanitizedProductName}', sanitizeFileName(config.productName)).replace('${executable}', config.linux.executableName);
  assert.equal(debExecutablePath(app), expected);
  assert.equal(expected, '/opt/Clinic Kiosk/clinic-kiosk');
});

test('the autostart entry is a Desktop Entry that runs the installed kiosk', () => {
  const entry = parseDesktopEntry(desktopText).get('Desktop Entry');
  assert.ok(entry, 'has a [Desktop Entry] group');
  assert.equal(entry.get('Type'), 'Application');
  assert.equal(entry.get('Name'), config.productName);
  assert.deepStrictEqual(splitDesktopExec(entry.get('Exec') ?? ''), [debExecutablePath(app)]);
  assert.equal(entry.get('Icon'), config.linux.executableName, 'the name electron-builder installs the hicolor icons under');
  assert.equal(entry.get('Terminal'), 'false');
  assert.equal(entry.get('NoDisplay'), 'true');
  assert.equal(entry.get('X-GNOME-Autostart-enabled'), 'true');
  assert.equal(entry.has('Hidden'), false, 'on by default');
});

test('the user unit restarts the same executable whenever it exits, within the graphical session', () => {
  const unit = parseSystemdUnit(unitText);
  const value = (section: string, key: string) => unit.get(section)?.get(key);
  assert.deepStrictEqual(splitSystemdCommand(value('Service', 'ExecStart') ?? ''), [debExecutablePath(app)]);
  assert.equal(value('Service', 'Restart'), 'always');
  assert.equal(value('Service', 'RestartSec'), String(restartPolicy.restartSec));
  assert.equal(value('Unit', 'After'), 'graphical-session.target');
  assert.equal(value('Unit', 'PartOf'), 'graphical-session.target');
  assert.equal(value('Install', 'WantedBy'), 'graphical-session.target');
});

test('staff "Exit kiosk" stays exited under the unit; every other end is restarted', () => {
  const service = parseSystemdUnit(unitText).get('Service');
  // Restart=always restarts a clean exit too; only the exit code staff's exit ends with is spared.
  assert.equal(service?.get('Restart'), 'always');
  assert.equal(service?.get('RestartPreventExitStatus'), String(STAFF_EXIT_CODE));
  assert.ok(!unitText.includes('SuccessExitStatus'), 'the staff code must not count as success for other settings either');
  assert.match(unitText, new RegExp(`^# .*exits with code ${STAFF_EXIT_CODE}`, 'm'), 'the header says why');
});

test('the start limit never stops the unit for good: automatic restarts cannot reach the burst', () => {
  const unit = parseSystemdUnit(unitText).get('Unit');
  const interval = Number(unit?.get('StartLimitIntervalSec'));
  const burst = Number(unit?.get('StartLimitBurst'));
  const restartSec = Number(parseSystemdUnit(unitText).get('Service')?.get('RestartSec'));
  assert.ok(interval > 0 && burst > 0 && restartSec > 0);
  const mostStartsInOneInterval = Math.floor(interval / restartSec) + 1;
  assert.ok(mostStartsInOneInterval < burst, `${mostStartsInOneInterval} restarts fit in ${interval} s; the burst is ${burst}`);
});

test("the unit's instructions hide the autostart entry the XDG way, so only one of them starts the kiosk", () => {
  const printf = /printf '([^']*)' > ~\/\.config\/autostart\/(\S+)/.exec(unitText);
  assert.ok(printf, 'the unit says how to hide the autostart entry');
  assert.equal(printf[2], names.desktopEntry, 'same file name as the system entry, so it overrides it');
  const override = parseDesktopEntry(printf[1]!.replace(/\\n/g, '\n')).get('Desktop Entry');
  assert.equal(override?.get('Hidden'), 'true');
  assert.match(unitText, new RegExp(`^# .*systemctl --user enable ${names.userUnit.replace('.', '\\.')}`, 'm'));
  assert.match(desktopText, new RegExp(`^# .*${systemdUserUnitDir}/${names.userUnit.replace('.', '\\.')}`, 'm'));
});

test('deb.fpm installs exactly the two generated files, to the XDG autostart and systemd user folders', () => {
  const mappings = config.deb.fpm.map((argument) => {
    const parts = argument.split('=');
    assert.equal(parts.length, 2, `fpm reads one source=destination pair per argument: ${argument}`);
    return { source: parts[0]!, destination: parts[1]! };
  });
  const generated = (name: string) => path.posix.join(config.directories.buildResources, linuxSessionFilesDir, name);
  assert.deepStrictEqual(mappings, [
    { source: generated(names.desktopEntry), destination: `${autostartDir}/${names.desktopEntry}` },
    { source: generated(names.userUnit), destination: `${systemdUserUnitDir}/${names.userUnit}` },
  ]);
  // electron-builder adds deb.fpm to fpm's arguments unchanged, next to its own src=dest pairs.
  const fpmTarget = readFileSync(path.join(projectRoot, 'node_modules/app-builder-lib/out/targets/FpmTarget.js'), 'utf8');
  assert.match(fpmTarget, /options\.fpm, it => args\.push\(\.\.\.it\)/);
});

test('paths with spaces, quotes, $, % and backslashes survive both quoting rules', () => {
  for (const argument of ['/opt/Clinic Kiosk/clinic-kiosk', '/plain/path', 'say "hi"', 'cost $5', '100%', 'back\\slash', "it's", 'tick`tock']) {
    assert.deepStrictEqual(splitDesktopExec(desktopExecArgument(argument)), [argument], `desktop: ${argument}`);
    assert.deepStrictEqual(splitSystemdCommand(systemdExecArgument(argument)), [argument], `systemd: ${argument}`);
  }
});

test('a product name electron-builder would rename is refused rather than guessed', () => {
  assert.throws(() => debExecutablePath({ ...app, productName: 'Clinic/Kiosk' }), /plain file name/);
  assert.throws(() => debExecutablePath({ ...app, executableName: 'kiosk?' }), /plain file name/);
});
