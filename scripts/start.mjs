#!/usr/bin/env node
/**
 * `npm start`: builds what the example needs, then serves the fictional practice site in
 * examples/plain-html with the portal on the in-browser mock backend. Honours PORT.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8000);

if (!process.argv.includes('--no-build')) {
  console.log('Building Portico…');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** URL prefix → folder. The MSW worker must be served from the site's root to control it. */
const mounts = [
  ['/portico/', join(root, 'packages/elements/cdn')],
  ['/mock/', join(root, 'dist/example')],
  ['/mockServiceWorker.js', join(root, 'packages/mock/public/mockServiceWorker.js')],
  ['/', join(root, 'examples/plain-html')],
];
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.map': 'application/json',
  '.pdf': 'application/pdf', '.ico': 'image/x-icon', '.webp': 'image/webp',
};

function locate(pathname) {
  for (const [prefix, target] of mounts) {
    if (pathname === prefix || (prefix.endsWith('/') && pathname.startsWith(prefix))) {
      const rest = prefix.endsWith('/') ? pathname.slice(prefix.length) : '';
      const file = normalize(join(target, rest));
      if (!file.startsWith(target)) return null;
      if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
      return file;
    }
  }
  return null;
}

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const file = locate(decodeURIComponent(pathname));
  if (!file || !existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    // The example runs under the strict CSP that Portico promises to work with.
    'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; frame-src 'self' blob:; worker-src 'self'",
    ...(pathname === '/mockServiceWorker.js' ? { 'service-worker-allowed': '/' } : {}),
  });
  createReadStream(file).pipe(res);
});

server.listen(port, () => {
  console.log(`\nPortico example practice site: http://localhost:${port}/\n(press Ctrl+C to stop)`);
});
