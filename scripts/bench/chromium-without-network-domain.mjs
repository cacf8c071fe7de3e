#!/usr/bin/env node
/**
 * Playwright's Chromium for the soak (browser.ts, `withoutNetworkDomain`): the real Chromium
 * (BENCH_REAL_CHROMIUM), except that DevTools' Network domain is never turned on. Playwright turns
 * it on for every page, and the renderer then keeps a record of every request for DevTools: by
 * default a copy of each response body, up to ~200 MB, and even with that buffer at zero about
 * 3 kB per request that is never let go. The soak fetches thousands of files and usage counts
 * (over HTTP in the preview), so it measured DevTools' records, not the kiosk (bench/README.md).
 *
 * Playwright talks to Chromium over a pipe (--remote-debugging-pipe): JSON messages, each ended by
 * a NUL byte, written to Chromium's fd 3 and read from its fd 4. This script passes both ways,
 * and answers each `Network.enable` itself with an empty result instead of passing it on. Playwright
 * then sees no request or response events (page.on('request') stays silent; goto() still works).
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import process from 'node:process';

const realChromium = process.env.BENCH_REAL_CHROMIUM;
if (!realChromium) {
  process.stderr.write('chromium-without-network-domain: BENCH_REAL_CHROMIUM is not set\n');
  process.exit(2);
}
const chromium = spawn(realChromium, process.argv.slice(2), { stdio: ['ignore', 'inherit', 'inherit', 'pipe', 'pipe'] });
const toPlaywright = createWriteStream('', { fd: 4 });

/** Calls `onMessage` with each NUL-ended message read from `stream`. */
function eachMessage(stream, onMessage) {
  let pending = '';
  stream.setEncoding('utf8').on('data', (chunk) => {
    const parts = (pending + chunk).split('\0');
    pending = parts.pop() ?? '';
    for (const message of parts) onMessage(message);
  });
}

eachMessage(createReadStream('', { fd: 3 }), (message) => {
  const { id, method, sessionId } = JSON.parse(message);
  if (method === 'Network.enable') toPlaywright.write(JSON.stringify({ id, result: {}, ...(sessionId ? { sessionId } : {}) }) + '\0');
  else chromium.stdio[3].write(message + '\0');
});
eachMessage(chromium.stdio[4], (message) => toPlaywright.write(message + '\0'));

chromium.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => chromium.kill(signal));
