import { defineConfig } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';

// Playwright cannot download its own browser here, so it drives an installed
// Chromium: Debian's by default, or the one FOLIO_BROWSER points at.
const executablePath = process.env.FOLIO_BROWSER || '/usr/bin/chromium';

// Both sites are production builds made before Playwright starts (see
// `npm test`): the sample posts in .next, the hand-counted fixture posts in .next-fixture.
const SAMPLE_PORT = 3100;
const FIXTURE_PORT = 3101;
// The real-blog corpus posts the checker accepts, built into .next-corpus.
const CORPUS_PORT = 3103;
// The 23 posts in e2e/fixtures/discovery, built into .next-discovery.
const DISCOVERY_PORT = 3120;

// The feedback specs run the fixture build through `npm start`'s own server
// (server.mjs), with a database file of their own that no earlier run wrote.
// Workers inherit this environment variable, so they open the same file.
const FEEDBACK_PORT = 3110;
process.env.FOLIO_E2E_FEEDBACK_DB ??= path.join(os.tmpdir(), `folio-e2e-feedback-${Date.now()}-${process.pid}.db`);

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
    {
      command: `npx next start --hostname 127.0.0.1 --port ${CORPUS_PORT}`,
      env: { FOLIO_DIST_DIR: '.next-corpus', NEXT_TELEMETRY_DISABLED: '1' },
      url: `http://127.0.0.1:${CORPUS_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx next start --hostname 127.0.0.1 --port ${DISCOVERY_PORT}`,
      env: { FOLIO_DIST_DIR: '.next-discovery', NEXT_TELEMETRY_DISABLED: '1' },
      url: `http://127.0.0.1:${DISCOVERY_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx next start --hostname 127.0.0.1 --port ${FIXTURE_PORT}`,
      env: { FOLIO_DIST_DIR: '.next-fixture', NEXT_TELEMETRY_DISABLED: '1' },
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx next start --hostname 127.0.0.1 --port ${SAMPLE_PORT}`,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
      url: `http://127.0.0.1:${SAMPLE_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node server.mjs --hostname 127.0.0.1 --port ${FEEDBACK_PORT}`,
      env: {
        FOLIO_DIST_DIR: '.next-fixture',
        FOLIO_POSTS_DIR: 'e2e/fixtures/posts',
        FOLIO_FEEDBACK_DB: process.env.FOLIO_E2E_FEEDBACK_DB,
        NEXT_TELEMETRY_DISABLED: '1',
      },
      url: `http://127.0.0.1:${FEEDBACK_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
