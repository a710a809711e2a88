import { defineConfig } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';

// Playwright cannot download its own browser here, so it drives an installed
// Chromium: Debian's by default, or the one FOLIO_BROWSER points at.
const executablePath = process.env.FOLIO_BROWSER || '/usr/bin/chromium';

// Every site is a production build made before Playwright starts (see
// `npm test`): the sample posts in .next, the hand-counted fixture posts in .next-fixture.
const SAMPLE_PORT = 3100;
const FIXTURE_PORT = 3101;
// The real-blog corpus posts the checker accepts, built into .next-corpus.
const CORPUS_PORT = 3103;
// The 23 posts in e2e/fixtures/discovery, built into .next-discovery.
const DISCOVERY_PORT = 3120;

// The feedback specs run the fixture build on a second server, with a database
// file of their own that no earlier run wrote.
// Workers inherit this environment variable, so they open the same file.
const FEEDBACK_PORT = 3110;
process.env.FOLIO_E2E_FEEDBACK_DB ??= path.join(os.tmpdir(), `folio-e2e-feedback-${Date.now()}-${process.pid}.db`);

/**
 * Serves one production build through `npm start`'s own server (server.mjs),
 * so every test sees the real response headers. Each server gets a database
 * file of its own unless `env` names one; only the feedback specs write to it.
 */
function folioServer(port: number, env: Record<string, string | undefined>) {
  return {
    command: `node server.mjs --hostname 127.0.0.1 --port ${port}`,
    env: {
      FOLIO_FEEDBACK_DB: path.join(os.tmpdir(), `folio-e2e-${port}-${Date.now()}-${process.pid}.db`),
      ...env,
      NEXT_TELEMETRY_DISABLED: '1',
    } as Record<string, string>,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
  };
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'fixture', testMatch: /fixture\..*spec\.ts/, use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` } },
    { name: 'corpus', testMatch: /corpus\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${CORPUS_PORT}` } },
    { name: 'discovery', testMatch: /discovery\..*spec\.ts/, use: { baseURL: `http://127.0.0.1:${DISCOVERY_PORT}` } },
    { name: 'sample', testMatch: /sample\..*spec\.ts/, use: { baseURL: `http://127.0.0.1:${SAMPLE_PORT}` } },
    // Starts its own `next dev` on port 3102 over a copy of the fixture posts.
    { name: 'dev', testMatch: /dev\.spec\.ts/ },
    { name: 'feedback', testMatch: /feedback\..*spec\.ts/, use: { baseURL: `http://127.0.0.1:${FEEDBACK_PORT}` } },
  ],
  webServer: [
    folioServer(CORPUS_PORT, { FOLIO_DIST_DIR: '.next-corpus', FOLIO_POSTS_DIR: '.corpus/published' }),
    folioServer(DISCOVERY_PORT, { FOLIO_DIST_DIR: '.next-discovery', FOLIO_POSTS_DIR: 'e2e/fixtures/discovery' }),
    folioServer(FIXTURE_PORT, { FOLIO_DIST_DIR: '.next-fixture', FOLIO_POSTS_DIR: 'e2e/fixtures/posts' }),
    folioServer(SAMPLE_PORT, { FOLIO_DIST_DIR: '.next', FOLIO_POSTS_DIR: 'posts' }),
    folioServer(FEEDBACK_PORT, {
      FOLIO_DIST_DIR: '.next-fixture',
      FOLIO_POSTS_DIR: 'e2e/fixtures/posts',
      FOLIO_FEEDBACK_DB: process.env.FOLIO_E2E_FEEDBACK_DB,
    }),
  ],
});
