#!/usr/bin/env node
/**
 * Playwright's Chromium for the soak (browser.ts, `withoutResponseBodyBuffer`): the real Chromium
 * (BENCH_REAL_CHROMIUM), with one change to what Playwright tells it. Playwright turns on
 * DevTools' Network domain for every page, and with it, by default, the renderer keeps a copy of
 * every response body (up to ~200 MB) in case a tool asks for it. Every page read aloud fetched
 * its MP3 again, so the renderer's memory grew by each file until that buffer was full: the soak
 * measured DevTools, not the kiosk (bench/README.md). This sets the buffer to zero in each
 * `Network.enable` that passes. Nothing else changes: Playwright still sees every request.
 *
 * Playwright talks to Chromium over a pipe (--remote-debugging-pipe): it writes JSON messages,
 * each ended by a NUL byte, to fd 3 and reads the answers from fd 4. This script reads fd 3,
 * rewrites, and writes on to Chromium's fd 3; Chromium writes to fd 4 directly.
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import process from 'node:process';

const realChromium = process.env.BENCH_REAL_CHROMIUM;
if (!realChromium) {
  process.stderr.write('chromium-without-body-buffer: BENCH_REAL_CHROMIUM is not set\n');
  process.exit(2);
}
const chromium = spawn(realChromium, process.argv.slice(2), { stdio: ['ignore', 'inherit', 'inherit', 'pipe', 4] });
const toChromium = chromium.stdio[3];

/** A message from Playwright, with the body buffer turned off if it enables the Network domain. */
function rewritten(message) {
  const parsed = JSON.parse(message);
  if (parsed.method !== 'Network.enable') return message;
  return JSON.stringify({ ...parsed, params: { ...parsed.params, maxTotalBufferSize: 0, maxResourceBufferSize: 0 } });
}

let pending = '';
createReadStream('', { fd: 3 })
  .setEncoding('utf8')
  .on('data', (chunk) => {
    const parts = (pending + chunk).split('\0');
    pending = parts.pop() ?? '';
    for (const message of parts) toChromium.write(rewritten(message) + '\0');
  })
  .on('end', () => toChromium.end());

chromium.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => chromium.kill(signal));
