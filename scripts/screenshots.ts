// Takes the README screenshots from the real production build: the index and a
// post, in light and dark. Run `npm run build` first, then `npm run screenshots`
// (optionally with another post's path, `npm run screenshots -- /posts/slug`).
//
// The theme is set the way a reader sets it, through the stored choice the
// header toggle writes, while the browser reports the opposite system setting,
// so each picture shows the site's own theme switching at work.
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath, startFolio } from './lib/serve';
import { THEME_STORAGE_KEY } from '../lib/theme/theme';

const PORT = Number(process.env.PORT ?? 3146);
const OUT = path.join(process.cwd(), 'docs', 'screenshots');
const POST = process.argv[2] ?? '/posts/redis-beyond-caching';

const server = await startFolio(PORT);
try {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });

  for (const theme of ['light', 'dark'] as const) {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      colorScheme: theme === 'light' ? 'dark' : 'light',
      deviceScaleFactor: 1,
    });
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_STORAGE_KEY, theme]);

    for (const [name, route] of [['index', '/'], ['post', POST]] as const) {
      await page.goto(`${server.url}${route}`, { waitUntil: 'networkidle' });
      const applied = await page.evaluate(() => document.documentElement.dataset.theme);
      if (applied !== theme) throw new Error(`${route} shows the ${applied} theme, expected ${theme}`);
      const file = path.join(OUT, `${name}-${theme}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
    await page.close();
  }

  await browser.close();
} finally {
  server.stop();
}
