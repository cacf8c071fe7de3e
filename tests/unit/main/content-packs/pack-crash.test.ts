import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { generatePackKeyPair } from '../../../../main/content-packs/pack-signing';
import { createPackStore } from '../../../../main/content-packs/pack-store';
import { writeSignedPack } from './support/signed-pack';

const here = path.dirname(fileURLToPath(import.meta.url));
const childScript = path.join(here, 'support', 'pack-installer-child.ts');
const projectRoot = path.resolve(here, '..', '..', '..', '..');
const ROUNDS = 15;

/** Two packs whose every file differs, many files each, so an install takes a while and a mix would show. */
function packFiles(tag: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (let index = 0; index < 60; index += 1) files[`content/topic-${index}/en.json`] = JSON.stringify({ pack: tag, index, text: tag.repeat(200 + index) });
  return files;
}

test(`a kiosk killed ${ROUNDS} times in the middle of installing packs shows the old content or the new, whole, never a mix`, { timeout: 120_000 }, async () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-pack-crash-'));
  const key = generatePackKeyPair();
  const contents = { '2026.11.0': packFiles('A'), '2026.12.0': packFiles('B') };
  const packA = path.join(folder, 'a.kioskpack');
  const packB = path.join(folder, 'b.kioskpack');
  writeSignedPack(packA, '2026.11.0', contents['2026.11.0'], key.privateKeyPem);
  writeSignedPack(packB, '2026.12.0', contents['2026.12.0'], key.privateKeyPem);
  const root = path.join(folder, 'content-packs');
  const seen = new Set<string>();

  for (let round = 0; round < ROUNDS; round += 1) {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, root, packA, packB, key.publicKey], { cwd: projectRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
    const waitFor = async (line: string) => {
      while (!stdout.split('\n').includes(line)) {
        if (child.exitCode !== null) assert.fail(`the installer exited early: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    await waitFor('ready');
    child.stdin.write('go\n');
    await waitFor('installing');
    // Every third round lets one install finish first, so the rounds also kill on top of a finished pack.
    if (round % 3 === 0) await waitFor('installed');
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.floor(Math.random() * 900)));
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL', `still installing when killed: ${stderr}`);
    assert.doesNotMatch(stderr, /refused/);

    // What a restarted kiosk shows:
    const store = createPackStore({ root, trustedKeys: [key.publicKey], appVersion: '1.4.0', warn: assert.fail });
    store.removeLeftovers();
    const { current, previous } = store.pointer();
    if (current !== null) {
      seen.add(current.version);
      const expected = contents[current.version as keyof typeof contents];
      assert.ok(expected, `an installed version: ${current.version}`);
      const shown = path.join(store.folderOf(current), 'content');
      assert.equal(readdirSync(shown).length, Object.keys(expected).length);
      for (const [name, text] of Object.entries(expected)) assert.equal(readFileSync(path.join(store.folderOf(current), name), 'utf8'), text, `${current.version}: ${name}`);
    }
    const kept = [current?.folder, previous?.folder].filter((name) => name !== undefined).sort();
    const packsFolder = path.join(root, 'packs');
    assert.deepEqual(existsSync(packsFolder) ? readdirSync(packsFolder).sort() : [], kept, 'only the packs in use are left');
  }
  assert.ok(seen.size >= 1, 'installs finished in some rounds');
});
