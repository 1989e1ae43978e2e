/**
 * The example practice site's files, shared by `npm start` (scripts/start.mjs) and the runs that
 * drive it without a CSP (scripts/lib/page-harness.mjs): URL prefix → folder, and file types.
 */
import { existsSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/** URL prefix → folder. The MSW worker must be served from the site's root to control it. */
export const mounts = [
  ['/portico/', join(root, 'packages/elements/cdn')],
  ['/mock/', join(root, 'dist/example')],
  ['/mockServiceWorker.js', join(root, 'packages/mock/public/mockServiceWorker.js')],
  ['/', join(root, 'examples/plain-html')],
];

export const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.map': 'application/json',
  '.pdf': 'application/pdf', '.ico': 'image/x-icon', '.webp': 'image/webp',
};

/** Whether the build the site needs is there. */
export const built = () => existsSync(join(root, 'packages/elements/cdn/portico.js')) && existsSync(join(root, 'dist/example/portico-mock.js'));

/** The file a request path maps to, or null outside every mount. */
export function locate(pathname) {
  for (const [prefix, target] of mounts) {
    if (pathname === prefix || (prefix.endsWith('/') && pathname.startsWith(prefix))) {
      const file = normalize(join(target, prefix.endsWith('/') ? pathname.slice(prefix.length) : ''));
      if (!file.startsWith(target)) return null;
      return existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
    }
  }
  return null;
}
