/**
 * `npm run hash-pin`: turns a staff PIN into the line clinic IT pastes into the kiosk's config
 * file (docs/deploying.md), so a PIN can be set before anyone touches the screen.
 *
 * In a terminal it asks for the PIN twice without showing it; piped (`echo 2468 | npm run
 * hash-pin`) it reads the first line. It prints only `"staffPinHash": {...}` on stdout, the same
 * salted scrypt record the kiosk stores, and never the PIN. Prompts and errors go to stderr, so
 * the output can be redirected straight into a file. Exit code 1 when nothing was printed.
 */
import { hashPin, isValidPin } from '../main/staff/pin-hash';

class Stop extends Error {}

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const BACKSPACE = ['\u007f', '\b'];

/** Reads what is typed up to Enter with the terminal's echo off. */
function askHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (): void => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string): void => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          resolve(typed);
          return;
        }
        if (char === CTRL_C || char === CTRL_D) {
          finish();
          reject(new Stop('Cancelled; nothing was printed.'));
          return;
        }
        typed = BACKSPACE.includes(char) ? typed.slice(0, -1) : typed + char;
      }
    };
    input.on('data', onData);
  });
}

async function readFirstLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}

/** Names what is wrong without repeating what was typed. */
function checkPin(pin: string): void {
  if (pin === '') throw new Stop('No PIN was given; nothing was printed.');
  if (!isValidPin(pin)) throw new Stop('A staff PIN must be 4 to 8 digits (0-9) and nothing else; nothing was printed.');
}

async function readPin(): Promise<string> {
  if (!process.stdin.isTTY) {
    const pin = await readFirstLine();
    checkPin(pin);
    return pin;
  }
  const pin = await askHidden('Staff PIN (4 to 8 digits, not shown): ');
  checkPin(pin);
  if ((await askHidden('The same PIN again: ')) !== pin) throw new Stop('The two PINs differ; nothing was printed.');
  return pin;
}

try {
  const record = hashPin(await readPin());
  process.stdout.write(`"staffPinHash": ${JSON.stringify(record, null, 2)}\n`);
  if (process.stdout.isTTY) process.stderr.write('Paste this line into the kiosk config file (see docs/deploying.md).\n');
} catch (error) {
  if (!(error instanceof Stop)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
