/** Renderer entry: locks the page down, then registers the app shell; <kx-app> in index.html does the rest. */
import { installPageLockdown } from './lockdown/page-lockdown';
import './components/app/app';

installPageLockdown();
