import assert from 'node:assert/strict';
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { kioskSettingsSchema, type KioskSettings } from '../../../../main/settings/settings-schema';
import { createSettingsStore } from '../../../../main/settings/settings-store';
import { SAMPLE_PIN_HASH } from './support/sample-pin-hash';

const here = path.dirname(fileURLToPath(import.meta.url));
const childScript = path.join(here, 'support', 'settings-writer-child.ts');
const projectRoot = path.resolve(here, '..', '..', '..', '..');

const ROUNDS = 25;
/** Writers started ahead of time, so their start-up overlaps the current round. */
const WARM_WRITERS = 3;

const PIN = SAMPLE_PIN_HASH;

const INITIAL: KioskSettings = { defaultLanguage: 'en', idleTimeoutSeconds: 90, idleCountdownSeconds: 20, defaultTextSize: 'standard', defaultTheme: 'standard', motion: true, readAloud: true, readAloudVolume: 'medium', readAloudSpeed: 'normal', printingEnabled: false, printerName: null, paperSize: 'A4', dailyPrintLimit: 50, clinicName: '', clinicPhone: '', topicLinks: {} };
// Every field set in both, with different lengths, so a torn write would show as a mix or a cut.
const WRITTEN: KioskSettings[] = [
  { defaultLanguage: 'es', enabledLanguages: ['es', 'en', 'fr', 'ar', 'zh-Hans', 'pt-BR'], idleTimeoutSeconds: 120, idleCountdownSeconds: 30, defaultTextSize: 'large', defaultTheme: 'high-contrast', motion: false, readAloud: false, readAloudVolume: 'loud', readAloudSpeed: 'slower', printingEnabled: true, printerName: 'Front desk laser', paperSize: 'Letter', dailyPrintLimit: 500, clinicName: 'Riverside Family Clinic', clinicPhone: '+1 555 0100 ext. 12', topicLinks: { 'muscle-atrophy': { en: 'https://clinic.example.org/muscle-atrophy', '*': 'https://clinic.example.org/topics' } }, staffPin: { ...PIN } },
  { defaultLanguage: 'ar', enabledLanguages: ['ar'], idleTimeoutSeconds: 600, idleCountdownSeconds: 5, defaultTextSize: 'largest', defaultTheme: 'standard', motion: true, readAloud: true, readAloudVolume: 'quiet', readAloudSpeed: 'normal', printingEnabled: false, printerName: null, paperSize: 'A4', dailyPrintLimit: 1, clinicName: '', clinicPhone: '', topicLinks: {}, staffPin: { ...PIN, cost: 1024, keyLength: 64 } },
];
const ACCEPTABLE = [INITIAL, ...WRITTEN];

const randomDelay = () => 5 + Math.floor(Math.random() * 56);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Writer {
  child: ChildProcessByStdio<Writable, Readable, Readable>;
  /** Resolves true when the child printed `line`, false if it exited first. */
  printed: (line: string) => Promise<boolean>;
  exited: Promise<NodeJS.Signals | number | null>;
  stderr: () => string;
}

function startWriter(filePath: string): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, filePath, JSON.stringify(WRITTEN)], {
    cwd: projectRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  const printed = (line: string) =>
    new Promise<boolean>((resolve) => {
      const check = () => stdout.split('\n').includes(line) && resolve(true);
      check();
      child.stdout.on('data', check);
      void exited.then(() => resolve(stdout.split('\n').includes(line)));
    });
  return { child, printed, exited, stderr: () => stderr };
}

/** Lets a warmed-up writer loose on the file, lets it write for `delayMs`, then SIGKILLs it. */
async function killWhileWriting(writer: Writer, delayMs: number): Promise<void> {
  if (!(await writer.printed('ready'))) assert.fail(`the writer failed to start: ${writer.stderr()}`);
  writer.child.stdin.write('go\n');
  if (!(await writer.printed('writing'))) assert.fail(`the writer exited before it started writing: ${writer.stderr()}`);
  await sleep(delayMs);
  writer.child.kill('SIGKILL');
  assert.equal(await writer.exited, 'SIGKILL', `the writer should still be writing when killed: ${writer.stderr()}`);
}

test(`settings survive ${ROUNDS} SIGKILLs in the middle of saving`, { timeout: 60_000 }, async () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-crash-'));
  const filePath = path.join(folder, 'settings.json');
  // update() skips writing when nothing changes, so go through another value to create the file.
  const setup = createSettingsStore({ filePath, warn: assert.fail });
  setup.update({ idleTimeoutSeconds: 91 });
  setup.update(INITIAL);

  const writers: Writer[] = [];
  const seen = new Set<number>();
  try {
    for (let round = 1; round <= ROUNDS; round += 1) {
      while (writers.length < Math.min(WARM_WRITERS, ROUNDS - round + 1)) writers.push(startWriter(filePath));
      const delayMs = randomDelay();
      await killWhileWriting(writers.shift()!, delayMs);

      const warnings: string[] = [];
      const settings = createSettingsStore({ filePath, warn: (message) => warnings.push(message) }).get();
      const context = `round ${round}, killed ${delayMs} ms after writing began`;
      for (const warning of warnings) assert.match(warning, /recovered the last good settings/, `${context}: ${warning}`);
      assert.ok(kioskSettingsSchema.safeParse(settings).success, `${context}: settings fail the schema`);
      const index = ACCEPTABLE.findIndex((value) => JSON.stringify(value) === JSON.stringify(settings));
      assert.notEqual(index, -1, `${context}: unexpected settings ${JSON.stringify(settings)}`);
      seen.add(index);
    }
  } finally {
    for (const writer of writers) writer.child.kill('SIGKILL');
  }
  // Proves the kills really landed among writes rather than before the first one.
  assert.ok(seen.has(1) || seen.has(2), 'the writer never completed a save');
});
