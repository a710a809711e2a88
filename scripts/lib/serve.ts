// Starts a production build behind a local port for the scripts that measure
// or photograph it (screenshots, weight, Lighthouse).
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

/** Launch flags for Debian's Chromium: no sandbox inside containers, and no calls home. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'];

/** Returns the Chromium binary every script drives: FOLIO_BROWSER, then CHROME_PATH, then Debian's. */
export function chromiumPath(): string {
  return process.env.FOLIO_BROWSER || process.env.CHROME_PATH || '/usr/bin/chromium';
}

/** A server started by `startServer`; `stop` kills its whole process group. */
export interface RunningServer {
  url: string;
  stop(): void;
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server for ${url} exited with code ${child.exitCode} before it responded`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${url} did not respond within ${timeoutMs} ms`);
}

/** Runs `command` in its own process group and resolves once `readyPath` returns 2xx on 127.0.0.1:`port`. */
export async function startServer(command: string[], port: number, readyPath: string, env: Record<string, string>, timeoutMs = 60_000): Promise<RunningServer> {
  const child = spawn(command[0], command.slice(1), {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    detached: true,
  });
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid);
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${url}${readyPath}`, child, timeoutMs);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

/**
 * Serves Folio's production build through `npm start`'s server (server.mjs), so
 * responses carry the real headers. FOLIO_DIST_DIR and FOLIO_POSTS_DIR pass
 * through; feedback goes to a throwaway database.
 */
export function startFolio(port: number): Promise<RunningServer> {
  return startServer(['node', 'server.mjs', '--hostname', '127.0.0.1', '--port', String(port)], port, '/api/health', {
    FOLIO_FEEDBACK_DB: path.join(os.tmpdir(), `folio-script-${port}-${process.pid}.db`),
  });
}

/** Serves any other Next.js build with plain `next start`, such as the empty baseline app. */
export function startNext(dir: string, port: number): Promise<RunningServer> {
  return startServer(['npx', 'next', 'start', dir, '--hostname', '127.0.0.1', '--port', String(port)], port, '/', {});
}
