/**
 * The two files the deb installs so that a kiosk PC starts the kiosk on its own (electron-builder.yml,
 * deb.fpm, maps them into the package):
 *   /etc/xdg/autostart/<exe>.desktop       XDG autostart entry: starts the kiosk at every graphical
 *                                          login. The default; on from the moment the deb is installed.
 *   /usr/lib/systemd/user/<exe>.service    systemd user unit: also restarts the kiosk whenever it
 *                                          ends, except when staff chose "Exit kiosk". Shipped
 *                                          disabled; clinic IT switches to it.
 * Only one of them may start the kiosk: the app's single-instance lock makes a second copy quit at
 * once, and the unit's Restart=always would then start it again every few seconds. So switching to
 * the unit also hides the autostart entry for that account, the way the XDG Autostart
 * Specification provides (a same-named entry with Hidden=true in ~/.config/autostart); the unit's
 * header spells out both steps.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { STAFF_EXIT_CODE } from '../../main/recovery/exit-codes';
import { desktopExecArgument, desktopString, systemdExecArgument } from './session-file-quoting';

export interface LinuxApp {
  productName: string;
  /** linux.executableName in electron-builder.yml: the binary's name and the files' base name. */
  executableName: string;
  description: string;
}

/** Where, inside the build-resources folder, the files are written for deb.fpm to pick up. */
export const linuxSessionFilesDir = 'linux';

/** electron-builder's deb unpacks the app into /opt/<productName>/ (LinuxTargetHelper's installPrefix). */
export const debInstallPrefix = '/opt';
export const autostartDir = '/etc/xdg/autostart';
export const systemdUserUnitDir = '/usr/lib/systemd/user';

/** Restart policy of the unit; see the comment written into the unit for why these numbers. */
export const restartPolicy = { restartSec: 5, startLimitIntervalSec: 60, startLimitBurst: 20 } as const;

/**
 * Where the deb puts the kiosk's binary: `/opt/<sanitized product name>/<executable>`, as in
 * electron-builder's after-install template. Our names need no sanitizing; refusing other names
 * keeps this path from drifting away from the one electron-builder would compute.
 */
export function debExecutablePath(app: LinuxApp): string {
  for (const name of [app.productName, app.executableName]) {
    if (!/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/.test(name)) throw new Error(`Choose a plain file name (letters, digits, space, . _ -), not ${JSON.stringify(name)}`);
  }
  return `${debInstallPrefix}/${app.productName}/${app.executableName}`;
}

export function sessionFileNames(app: LinuxApp): { desktopEntry: string; userUnit: string } {
  return { desktopEntry: `${app.executableName}.desktop`, userUnit: `${app.executableName}.service` };
}

export function autostartDesktopEntry(app: LinuxApp): string {
  const { userUnit } = sessionFileNames(app);
  return [
    `# Starts ${app.productName} at every graphical login (XDG autostart; installed by the deb).`,
    `# To let systemd restart it instead, follow ${systemdUserUnitDir}/${userUnit}.`,
    '[Desktop Entry]',
    'Type=Application',
    `Name=${desktopString(app.productName)}`,
    `Comment=${desktopString(app.description)}`,
    `Exec=${desktopExecArgument(debExecutablePath(app))}`,
    `Icon=${app.executableName}`,
    'Terminal=false',
    // Keeps it out of "Startup Applications" lists, so it is not switched off by accident.
    'NoDisplay=true',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function systemdUserUnit(app: LinuxApp): string {
  const { desktopEntry, userUnit } = sessionFileNames(app);
  const { restartSec, startLimitIntervalSec, startLimitBurst } = restartPolicy;
  return [
    `# ${app.productName} as a systemd user service: started with the graphical session and`,
    '# started again whenever it ends (a crash, a kill, the window closing), except when staff',
    `# pressed "Exit kiosk": the kiosk then exits with code ${STAFF_EXIT_CODE}, which RestartPreventExitStatus names.`,
    `# Installed disabled: ${autostartDir}/${desktopEntry} starts the kiosk by default.`,
    '# To use this unit instead, as the account the kiosk runs under:',
    '#   1. hide the autostart entry for that account, so that only the unit starts the kiosk:',
    `#        mkdir -p ~/.config/autostart && printf '[Desktop Entry]\\nType=Application\\nName=${app.productName}\\nHidden=true\\n' > ~/.config/autostart/${desktopEntry}`,
    `#   2. systemctl --user enable ${userUnit}   then log out and in again.`,
    `# To stop the kiosk for maintenance: systemctl --user stop ${userUnit} (or staff: Exit kiosk);`,
    `# to start it again: systemctl --user start ${userUnit}, or log out and in.`,
    '# Needs a desktop that starts graphical-session.target (GNOME, KDE Plasma).',
    '[Unit]',
    `Description=${app.productName} (restarted whenever it exits)`,
    'PartOf=graphical-session.target',
    'After=graphical-session.target',
    `# systemd's default limit (5 starts in 10 s) would give up after a crash loop and leave the`,
    `# screen empty for good. Restarts come at most every ${restartSec} s, so about ${startLimitIntervalSec / restartSec} fit in ${startLimitIntervalSec} s,`,
    `# fewer than the burst of ${startLimitBurst}: a crash loop is slowed down but never given up on.`,
    `StartLimitIntervalSec=${startLimitIntervalSec}`,
    `StartLimitBurst=${startLimitBurst}`,
    '',
    '[Service]',
    `ExecStart=${systemdExecArgument(debExecutablePath(app))}`,
    'Restart=always',
    `RestartSec=${restartSec}`,
    `RestartPreventExitStatus=${STAFF_EXIT_CODE}`,
    '',
    '[Install]',
    'WantedBy=graphical-session.target',
    '',
  ].join('\n');
}

/** Writes both files into `outDir` and returns their paths. */
export async function writeLinuxSessionFiles(outDir: string, app: LinuxApp): Promise<string[]> {
  const names = sessionFileNames(app);
  await mkdir(outDir, { recursive: true });
  const files: [string, string][] = [
    [path.join(outDir, names.desktopEntry), autostartDesktopEntry(app)],
    [path.join(outDir, names.userUnit), systemdUserUnit(app)],
  ];
  await Promise.all(files.map(([file, text]) => writeFile(file, text)));
  return files.map(([file]) => file);
}
