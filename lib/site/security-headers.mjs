// Response headers for every production response: pages, static files,
// route handlers and 404s. next.config.mjs sends them from `headers()`.

/**
 * Content-Security-Policy directives. Everything comes from the site's own
 * origin (default-src covers images, fonts, fetches and workers); no
 * third-party origin is allowed anywhere. The exceptions, each
 * with its reason:
 * - script-src 'unsafe-inline': Next.js puts each page's data in inline
 *   <script> tags, and the theme script in <head> must run before the first
 *   paint. Nonces would instead force every page to render per request.
 * - script-src 'wasm-unsafe-eval': Pagefind, the search library, runs its
 *   index as WebAssembly (WebAssembly.instantiate in pagefind.js and its
 *   worker). It allows compiling WebAssembly only, not JavaScript eval.
 * - style-src 'unsafe-inline': Shiki writes token colours as inline style
 *   attributes, and next/image sets inline styles.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Serializes the policy as the header value: `default-src 'self'; …`. */
export function serializePolicy(policy) {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * Features no page uses, switched off for the page and anything it embeds.
 * The clipboard stays allowed, because the copy button of code blocks writes to it.
 */
const PERMISSIONS_POLICY = ['accelerometer', 'autoplay', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment', 'usb', 'browsing-topics']
  .map((feature) => `${feature}=()`)
  .join(', ');

/** The headers as `{ key, value }` pairs, the shape Next.js's `headers()` expects. */
export const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: serializePolicy(CONTENT_SECURITY_POLICY) },
  // A stricter policy such as `no-referrer` makes browsers send `Origin: null`
  // with the no-JavaScript feedback form, which the endpoint rejects as cross-site.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  // For browsers that predate the CSP frame-ancestors directive.
  { key: 'X-Frame-Options', value: 'DENY' },
];
