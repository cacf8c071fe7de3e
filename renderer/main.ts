/**
 * Renderer entry: it locks the page down and asks for the start-up data (the settings request
 * goes out before the shell's modules are evaluated), then loads the shell, whose <kx-app> in
 * index.html does the rest, and once it runs starts the heartbeat the main process watches. The shell is in the same file (scripts/build.ts); import() only
 * defers running it, and lets a shell that fails to start show a plain message.
 */
import { installPageLockdown } from './lockdown/page-lockdown';
import { startRendererHeartbeat } from './start/renderer-heartbeat';
import { START_FAILURE_MESSAGE } from './start/start-failure';
import { requestStartUpData } from './start/start-up-data';

installPageLockdown();
void requestStartUpData();
import('./components/app/app').then(startRendererHeartbeat, (error: unknown) => {
  console.error('[kiosk] the app shell could not be loaded:', error);
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = START_FAILURE_MESSAGE; // a broken install
  document.body.replaceChildren(message);
});
