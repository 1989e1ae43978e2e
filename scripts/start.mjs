#!/usr/bin/env node
/**
 * `npm start`: builds what the example needs, then serves the fictional practice site in
 * examples/plain-html with the portal on the in-browser mock backend. Honours PORT.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { locate, root, types } from './lib/example-site.mjs';

const port = Number(process.env.PORT ?? 8000);

if (!process.argv.includes('--no-build')) {
  console.log('Building Portico…');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
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
    'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; frame-src 'self' blob:; object-src 'none'; worker-src 'self'",
    ...(pathname === '/mockServiceWorker.js' ? { 'service-worker-allowed': '/' } : {}),
  });
  createReadStream(file).pipe(res);
});

server.listen(port, () => {
  console.log(`\nPortico example practice site: http://localhost:${port}/\n(press Ctrl+C to stop)`);
});
