/**
 * The Content-Security-Policy sent with every HTML page, by the `app://` protocol in Electron and
 * by the preview server. Only the app's own origin may supply scripts, styles, fonts, images and
 * data, and play audio (read-aloud); no inline script, no eval, no plugins, no framing.
 * Lit's styles are adopted constructable stylesheets, which 'self' styles permit.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "media-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
