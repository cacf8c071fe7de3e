/** Renderer entry: registers the app shell; <kx-app> in index.html does the rest. */
import './components/app/app';
