// Takes the README screenshots from the real production build: the index and a
// post, in light and dark. Run `npm run build` first, then `npm run screenshots`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';

const PORT = 3190;
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = path.join(process.cwd(), 'docs', 'screenshots');
const POST = process.argv[2] ?? '/posts/redis-beyond-caching';

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${url} did not respond within ${timeoutMs} ms; run \`npm run build\` first`);
}

const server = spawn('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(PORT)], {
  stdio: 'ignore',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  detached: true,
});

try {
  await waitForServer(`${BASE}/`, 30_000);
  const browser = await chromium.launch({
    executablePath: process.env.FOLIO_BROWSER || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
  });

  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
    for (const [name, route] of [['index', '/'], ['post', POST]] as const) {
      await page.goto(`${BASE}${route}`);
      const file = path.join(OUT, `${name}-${scheme}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
    await page.close();
  }

  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid);
}
