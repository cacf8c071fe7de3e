#!/usr/bin/env node
/**
 * Playwright's Chromium for the bench (browser.ts, `withoutNetworkDomain`): the real Chromium
 * (BENCH_REAL_CHROMIUM), except that DevTools' Network domain is never turned on, as on a kiosk,
 * where no DevTools client is attached. Playwright turns it on for every page, and the renderer
 * then keeps a record of every request for DevTools: by default a copy of each response body, up
 * to ~200 MB, and even with that buffer at zero about 3 kB per request that is never let go. The
 * soak fetches thousands of files and usage counts (over HTTP in the preview), so it measured
 * DevTools' records, not the kiosk (bench/README.md).
 *
 * Playwright talks to Chromium over a pipe (--remote-debugging-pipe): JSON messages, each ended by
 * a NUL byte, written to Chromium's fd 3 and read from its fd 4. This script passes both ways,
 * and answers each `Network.enable` itself with an empty result instead of passing it on. Playwright
 * then sees no request or response events: page.on('request'), waitForResponse and goto()'s
 * response do not work, and request interception (`Fetch.enable`, from page.route) would hang
 * every request, so it is refused with an error instead.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import process from 'node:process';
import { finished } from 'node:stream';

const realChromium = process.env.BENCH_REAL_CHROMIUM;
if (!realChromium) {
  process.stderr.write('chromium-without-network-domain: BENCH_REAL_CHROMIUM is not set\n');
  process.exit(2);
}
const chromium = spawn(realChromium, process.argv.slice(2), { stdio: ['ignore', 'inherit', 'inherit', 'pipe', 'pipe'] });
const [toChromium, fromChromium] = [chromium.stdio[3], chromium.stdio[4]];
const fromPlaywright = createReadStream('', { fd: 3 });
const toPlaywright = createWriteStream('', { fd: 4 });

/** Calls `onMessage` with each NUL-ended message read from `stream`. */
function eachMessage(stream, onMessage) {
  let pending = '';
  stream.setEncoding('utf8').on('data', (chunk) => {
    if (!chunk.includes('\0')) {
      pending += chunk;
      return;
    }
    const parts = (pending + chunk).split('\0');
    pending = parts.pop() ?? '';
    for (const message of parts) onMessage(message);
  });
}

/** Answers a command from Playwright here, without Chromium. */
function answer({ id, sessionId }, outcome) {
  toPlaywright.write(JSON.stringify({ id, ...outcome, ...(sessionId ? { sessionId } : {}) }) + '\0');
}

eachMessage(fromPlaywright, (message) => {
  const command = JSON.parse(message);
  if (command.method === 'Network.enable') answer(command, { result: {} });
  else if (command.method === 'Fetch.enable') answer(command, { error: { code: -32000, message: 'The bench runs without the Network domain (chromium-without-network-domain.mjs): request interception would hang.' } });
  else toChromium.write(message + '\0');
});
eachMessage(fromChromium, (message) => toPlaywright.write(message + '\0'));

// Either side closing its pipe closes the other, so Chromium never outlives a bench that died.
fromPlaywright.on('end', () => toChromium.end());
fromChromium.on('end', () => toPlaywright.end());
for (const stream of [fromPlaywright, toPlaywright, toChromium, fromChromium]) stream.on('error', () => chromium.kill());

// Chromium's last answers reach Playwright before this exits with Chromium's code.
chromium.on('close', (code, signal) => {
  finished(toPlaywright, () => process.exit(code ?? (signal ? 1 : 0)));
  if (!toPlaywright.writableEnded) toPlaywright.end();
});
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => chromium.kill(signal));
