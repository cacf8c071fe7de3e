/**
 * Renderer entry. It is kept tiny so that it runs while the app shell's script is still
 * arriving (the build lists that chunk in index.html as a modulepreload, so both download at
 * once): it locks the page down and asks for the start-up data, then loads the shell, whose
 * <kx-app> in index.html does the rest.
 */
import { installPageLockdown } from './lockdown/page-lockdown';
import { START_FAILURE_MESSAGE } from './start/start-failure';
import { requestStartUpData } from './start/start-up-data';

installPageLockdown();
void requestStartUpData();
import('./components/app/app').catch((error: unknown) => {
  console.error('[kiosk] the app shell could not be loaded:', error);
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = START_FAILURE_MESSAGE; // a broken install
  document.body.replaceChildren(message);
});
