/**
 * Quoting of one command-line argument for the two Linux session files we generate. The installed
 * path holds a space ("/opt/Clinic Kiosk/..."), so both need it; each format has its own rules.
 */

/**
 * An argument of a Desktop Entry `Exec` key (Desktop Entry Specification, "The Exec key"):
 * arguments with reserved characters go in double quotes, where `"`, `` ` ``, `$` and `\` take a
 * backslash; `%` is doubled because `%f`, `%U`... are field codes. Then the whole value is a
 * string, whose own escape rule doubles every backslash again (so a literal `\` becomes `\\\\`).
 */
export function desktopExecArgument(argument: string): string {
  if (/[\n\r]/.test(argument)) throw new Error(`A desktop entry cannot run an argument with a line break: ${JSON.stringify(argument)}`);
  const reserved = /[ \t"'\\><~|&;$*?#()`]/;
  const quoted = reserved.test(argument) ? `"${argument.replace(/["`$\\]/g, '\\$&')}"` : argument;
  return quoted.replace(/%/g, '%%').replace(/\\/g, '\\\\');
}

/** A Desktop Entry string value (Name, Comment): backslashes and line breaks escaped. */
export function desktopString(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}

/**
 * An argument of a systemd `ExecStart=` (systemd.service, "Command lines"): double quotes keep
 * spaces together, with C-style backslash escapes inside; `%` starts a specifier and `$` a
 * variable, so both are doubled to stay literal.
 */
export function systemdExecArgument(argument: string): string {
  const literal = argument.replace(/%/g, '%%').replace(/\$/g, '$$$$');
  if (/^[A-Za-z0-9/._+:,@=-]+$/.test(literal)) return literal;
  const escaped = literal.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  return `"${escaped}"`;
}
