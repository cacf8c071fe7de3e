/**
 * Readers for the generated Linux session files, written from the two specifications rather than
 * from our writer, so that a test reads the files the way a desktop and systemd would.
 */

type Groups = Map<string, Map<string, string>>;

/** Groups of `key=value` lines; `#` lines are comments. Shared by both formats. */
function parseIniLike(text: string, isComment: (line: string) => boolean): Groups {
  const groups: Groups = new Map();
  let current: Map<string, string> | undefined;
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '' || isComment(line)) continue;
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      if (groups.has(header[1]!)) throw new Error(`line ${index + 1}: group [${header[1]}] twice`);
      groups.set(header[1]!, (current = new Map()));
      continue;
    }
    const pair = /^([A-Za-z0-9-]+)\s*=\s*(.*)$/.exec(line);
    if (!pair || !current) throw new Error(`line ${index + 1} is not a key=value pair inside a group: ${line}`);
    if (current.has(pair[1]!)) throw new Error(`line ${index + 1}: key ${pair[1]} twice`);
    current.set(pair[1]!, pair[2]!);
  }
  return groups;
}

/** Desktop Entry Specification: groups of raw (still escaped) values. */
export function parseDesktopEntry(text: string): Groups {
  return parseIniLike(text, (line) => line.startsWith('#'));
}

/** systemd.syntax: `#` and `;` start comments; we never write continuation lines. */
export function parseSystemdUnit(text: string): Groups {
  const groups = parseIniLike(text, (line) => line.startsWith('#') || line.startsWith(';'));
  for (const values of groups.values()) for (const value of values.values()) if (value.endsWith('\\')) throw new Error('unexpected line continuation');
  return groups;
}

/** Desktop Entry `Exec`: string escapes first, then quoting, then `%%`; other field codes are refused. */
export function splitDesktopExec(raw: string): string[] {
  const value = raw.replace(/\\(.)/g, (_, char: string) => ({ s: ' ', n: '\n', t: '\t', r: '\r', '\\': '\\' })[char] ?? `\\${char}`);
  const words: string[] = [];
  let word: string | null = null;
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (char === ' ') {
      if (word !== null) words.push(word);
      word = null;
    } else if (char === '"') {
      let quoted = '';
      for (index++; value[index] !== '"'; index++) {
        if (index >= value.length) throw new Error(`unclosed quote in ${raw}`);
        if (value[index] === '\\' && '"`$\\'.includes(value[index + 1] ?? '')) index++;
        quoted += value[index];
      }
      word = (word ?? '') + quoted;
    } else if (char === '%') {
      if (value[index + 1] !== '%') throw new Error(`field code %${value[index + 1]} in ${raw}`);
      word = (word ?? '') + '%';
      index++;
    } else {
      if ('\\"\'`$'.includes(char)) throw new Error(`reserved character ${char} outside quotes in ${raw}`);
      word = (word ?? '') + char;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

/** systemd command line: `%%` specifiers, then words with quotes and C escapes, then `$$`. */
export function splitSystemdCommand(raw: string): string[] {
  const specifiersDone = raw.replace(/%(.)/g, (_, char: string) => {
    if (char !== '%') throw new Error(`specifier %${char} in ${raw}`);
    return '%';
  });
  const escapes: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', '"': '"', "'": "'", ' ': ' ' };
  const words: string[] = [];
  let index = 0;
  while (index < specifiersDone.length) {
    if (specifiersDone[index] === ' ') {
      index++;
      continue;
    }
    const quote = specifiersDone[index] === '"' || specifiersDone[index] === "'" ? specifiersDone[index++] : null;
    let word = '';
    while (index < specifiersDone.length && (quote ? specifiersDone[index] !== quote : specifiersDone[index] !== ' ')) {
      if (specifiersDone[index] === '\\') {
        const escaped = escapes[specifiersDone[++index] ?? ''];
        if (escaped === undefined) throw new Error(`unknown escape in ${raw}`);
        word += escaped;
      } else word += specifiersDone[index];
      index++;
    }
    if (quote && specifiersDone[index++] !== quote) throw new Error(`unclosed quote in ${raw}`);
    words.push(word);
  }
  return words.map((word) =>
    word.replace(/\$(\$|[A-Za-z_{])/g, (_, next: string) => {
      if (next !== '$') throw new Error(`environment variable in ${raw}`);
      return '$';
    }),
  );
}
