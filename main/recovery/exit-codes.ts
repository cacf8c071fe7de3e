/**
 * How the kiosk process tells a supervisor (the systemd user unit, Windows Shell Launcher) why it
 * ended. Every other way out — a crash, a kill, the window closing — is worth restarting; this one
 * is staff pressing "Exit kiosk", which must stay exited.
 *
 * 86 is free in every convention a supervisor might read: not 0 or 1 (normal end, generic error),
 * not 2 (shell misuse), not 64–78 (BSD sysexits), not 126–255 (shell "cannot run" and signals).
 * The systemd unit names it in RestartPreventExitStatus= (scripts/packaging/linux-session-files.ts).
 */
export const STAFF_EXIT_CODE = 86;
