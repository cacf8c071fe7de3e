import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { projectRoot, readBuilderConfig } from '../../../../scripts/packaging/packaging-config';

const config = readBuilderConfig();
const includePath = path.join(projectRoot, config.nsis.include);

/** The body of one `!macro name` ... `!macroend`, without comment lines. */
function macroBody(name: string): string {
  const nsh = readFileSync(includePath, 'utf8');
  const body = new RegExp(`^!macro ${name}\\n([\\s\\S]*?)^!macroend`, 'm').exec(nsh)?.[1];
  assert.ok(body !== undefined, `${config.nsis.include} defines the macro ${name}`);
  return body.split('\n').filter((line) => !/^\s*[;#]/.test(line)).join('\n');
}

test("the installer includes our NSIS file, and electron-builder's templates call its two macros", () => {
  assert.equal(config.nsis.include, 'scripts/packaging/windows-installer.nsh');
  assert.ok(existsSync(includePath));
  const templates = path.join(projectRoot, 'node_modules/app-builder-lib/templates/nsis');
  assert.match(readFileSync(path.join(templates, 'installSection.nsh'), 'utf8'), /!insertmacro customInstall\b/);
  assert.match(readFileSync(path.join(templates, 'uninstaller.nsh'), 'utf8'), /!insertmacro customUnInstall\b/);
});

test('install with /AUTOSTART registers the kiosk in the machine-wide Run key, quoted', () => {
  const body = macroBody('customInstall');
  assert.ok(body.includes('${GetOptions} $R0 "/AUTOSTART" $R1'), 'reads the /AUTOSTART switch');
  assert.match(readFileSync(includePath, 'utf8'), /^!define KIOSK_RUN_KEY "Software\\Microsoft\\Windows\\CurrentVersion\\Run"$/m);
  assert.ok(body.includes(`WriteRegStr HKLM "\${KIOSK_RUN_KEY}" "\${PRODUCT_NAME}" '"$INSTDIR\\\${APP_EXECUTABLE_FILENAME}"'`), 'writes the quoted executable path');
});

test('uninstall always removes the Run value', () => {
  const body = macroBody('customUnInstall');
  assert.ok(body.includes('DeleteRegValue HKLM "${KIOSK_RUN_KEY}" "${PRODUCT_NAME}"'));
  assert.doesNotMatch(body, /\$\{(If|IfNot|Unless)\}/, 'not behind a condition');
});

const makensis = spawnSync('makensis', ['-VERSION'], { encoding: 'utf8' });
test('the macros compile with NSIS, warnings as errors', { skip: makensis.status === 0 || process.env.CI ? false : 'makensis is not installed (apt-get install nsis); CI installs it and never skips' }, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-nsis-'));
  try {
    // The defines electron-builder's templates provide, then both macros in their sections.
    writeFileSync(
      path.join(dir, 'probe.nsi'),
      [
        '!define PRODUCT_NAME "Clinic Kiosk"',
        '!define APP_EXECUTABLE_FILENAME "Clinic Kiosk.exe"',
        `!include "${includePath}"`,
        'Name "probe"',
        'OutFile "probe.exe"',
        'InstallDir "$PROGRAMFILES64\\Clinic Kiosk"',
        'RequestExecutionLevel admin',
        'Section "Install"',
        '  !insertmacro customInstall',
        '  WriteUninstaller "$INSTDIR\\uninstall.exe"',
        'SectionEnd',
        'Section "Uninstall"',
        '  !insertmacro customUnInstall',
        'SectionEnd',
      ].join('\n'),
    );
    const result = spawnSync('makensis', ['-V2', '-WX', 'probe.nsi'], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
