// Records the mock's sample video (1 s, 64×48, H.264 MP4) in Chromium from a canvas and writes it
// as base64 to src/sample-video.ts. Run once: `node packages/mock/scripts/make-sample-video.mjs`.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
const page = await browser.newPage();
const base64 = await page.evaluate(async () => {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 48;
  const g = canvas.getContext('2d');
  const stream = canvas.captureStream(10);
  const recorder = new MediaRecorder(stream, { mimeType: 'video/mp4;codecs=avc1', videoBitsPerSecond: 40_000 });
  const chunks = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const done = new Promise((r) => (recorder.onstop = r));
  recorder.start();
  const start = performance.now();
  await new Promise((resolve) => {
    const tick = () => {
      const t = (performance.now() - start) / 1000;
      g.fillStyle = '#dbeef4';
      g.fillRect(0, 0, 64, 48);
      g.fillStyle = '#1f6f8b';
      g.fillRect(4 + t * 40, 16, 16, 16);
      if (t < 1.2) requestAnimationFrame(tick);
      else resolve();
    };
    tick();
  });
  recorder.stop();
  await done;
  const buffer = new Uint8Array(await new Blob(chunks).arrayBuffer());
  let s = '';
  for (const b of buffer) s += String.fromCharCode(b);
  return btoa(s);
});
await browser.close();
const out = new URL('../src/sample-video.ts', import.meta.url);
writeFileSync(out, `/** A 1-second 64×48 H.264 MP4 (a square moving across), recorded by scripts/make-sample-video.mjs. */\nexport const SAMPLE_VIDEO_BASE64 =\n  '${base64}';\n`);
process.stdout.write(`wrote ${Buffer.from(base64, 'base64').length} bytes\n`);
