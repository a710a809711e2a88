// `npm run bench:feedback`: load benchmark of the feedback endpoint on the
// production server, loopback only. It starts `npm start` on 127.0.0.1 with a
// temporary database and the rate limit raised, sends a fixed number of
// submissions (each with its own id) over concurrent keep-alive connections,
// and checks that the database contains exactly the submissions answered 2xx.
// A trivial JSON route on the same server (/api/health) is the floor.
//
//   --mode throughput   (default) budget: accepted/s >= 80% of the floor, none lost
//   --mode kill         SIGKILLs the server mid-run, restarts it, and checks that
//                       every submission answered 2xx is still in the database
//
// Needs a production build: `npm run build`, or FOLIO_DIST_DIR and
// FOLIO_POSTS_DIR pointing at another build and its posts.
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 60_000;
const REQUEST_TIMEOUT_MS = 10_000;
const BUDGET_RATIO = 0.8;

const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'throughput' },
    requests: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '50' },
    port: { type: 'string', default: '3116' },
  },
});

const mode = values.mode;
const total = Number(values.requests);
const concurrency = Number(values.concurrency);
const port = Number(values.port);
if (mode !== 'throughput' && mode !== 'kill') fail(`invalid --mode: ${JSON.stringify(mode)}; expected throughput or kill`);
if (!Number.isInteger(total) || total < 100 || total > 1_000_000) fail(`invalid --requests: ${values.requests}; expected 100 to 1,000,000`);
if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 500) fail(`invalid --concurrency: ${values.concurrency}; expected 1 to 500`);
if (!Number.isInteger(port) || port < 1024 || port > 65535) fail(`invalid --port: ${values.port}; expected 1024 to 65535`);

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const distDir = process.env.FOLIO_DIST_DIR || '.next';
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-bench-'));
const databaseFile = path.join(workDir, 'feedback.db');
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

/** Returns the first post slug the build prerendered. */
function firstPostSlug(): string {
  const manifestPath = path.join(distDir, 'prerender-manifest.json');
  if (!fs.existsSync(manifestPath)) fail(`no production build in ${distDir}: ${manifestPath} is missing; run npm run build first`);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { routes: Record<string, unknown> };
  const route = Object.keys(manifest.routes).find((name) => name.startsWith('/posts/'));
  if (!route) fail(`the build in ${distDir} has no prerendered post; the benchmark needs one to send feedback about`);
  return route.slice('/posts/'.length);
}

function startServer(): ChildProcess {
  const child = spawn('npm', ['start', '--', '--hostname', HOST, '--port', String(port)], {
    env: { ...process.env, FOLIO_FEEDBACK_DB: databaseFile, FOLIO_FEEDBACK_RATE_LIMIT: '100000000', NEXT_TELEMETRY_DISABLED: '1' },
    // Its own process group, so npm, its shell and the Node server stop together.
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

async function stopServer(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid!, signal);
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

interface Answer {
  status: number;
  ms: number;
}

function send(method: 'GET' | 'POST', pathname: string, body?: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: HOST,
        port,
        method,
        path: pathname,
        agent,
        timeout: REQUEST_TIMEOUT_MS,
        headers: body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }));
        response.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
      },
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    request.end(body);
  });
}

/** Fails early when another process already listens on the port. */
async function assertPortFree(): Promise<void> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => {
    probe.once('error', () => fail(`port ${port} on ${HOST} is in use; pass a free one with --port`));
    probe.listen(port, HOST, () => probe.close(() => resolve()));
  });
}

async function waitUntilReady(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) fail(`server exited with code ${server.exitCode} before it answered /api/health`);
    if ((await send('GET', '/api/health')).status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  fail(`server on ${HOST}:${port} did not answer /api/health within ${READY_TIMEOUT_MS / 1000} s`);
}

interface Phase {
  answers: Answer[];
  seconds: number;
}

/** Runs `count` requests over `concurrency` loops; `next(index)` sends one. */
async function runPhase(count: number, next: (index: number) => Promise<Answer>, stopWhen?: () => boolean): Promise<Phase> {
  const answers: Answer[] = [];
  let issued = 0;
  const started = performance.now();
  const loop = async () => {
    while (issued < count && !(stopWhen?.() ?? false)) {
      const index = issued++;
      answers.push(await next(index));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { answers, seconds: (performance.now() - started) / 1000 };
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * (sorted.length - 1)))];
}

function describe(name: string, phase: Phase) {
  const ok = phase.answers.filter((answer) => answer.status >= 200 && answer.status < 300);
  const latencies = phase.answers.map((answer) => answer.ms).sort((left, right) => left - right);
  const result = {
    requests: phase.answers.length,
    ok: ok.length,
    failed: phase.answers.length - ok.length,
    okPerSecond: Math.round(ok.length / phase.seconds),
    p50Ms: Number(percentile(latencies, 0.5).toFixed(1)),
    p99Ms: Number(percentile(latencies, 0.99).toFixed(1)),
  };
  console.log(
    `${name}: ${result.requests} requests, ${result.ok} 2xx, ${result.failed} other, ${result.okPerSecond} 2xx/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms`,
  );
  return result;
}

function storedIds(): Set<string> {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return new Set(db.prepare<[], { id: string }>('SELECT id FROM submissions').all().map((row) => row.id));
  } finally {
    db.close();
  }
}

const slug = firstPostSlug();
const accepted = new Set<string>();

function submit(): Promise<Answer> {
  const id = randomUUID();
  return send('POST', '/api/feedback', JSON.stringify({ id, slug, rating: 'helpful', comment: 'Benchmark comment.' })).then(
    (answer) => {
      if (answer.status >= 200 && answer.status < 300) accepted.add(id);
      return answer;
    },
  );
}

async function throughput(): Promise<boolean> {
  let server = startServer();
  try {
    await waitUntilReady(server);
    await runPhase(500, () => send('GET', '/api/health'));
    await runPhase(200, submit);

    // The floor is measured before and after the submissions, and the faster
    // run counts, so a busy moment on the machine cannot make the budget easier.
    const floorBefore = describe('health floor, before', await runPhase(total, () => send('GET', '/api/health')));
    const feedback = describe('feedback', await runPhase(total, submit));
    const floorAfter = describe('health floor, after', await runPhase(total, () => send('GET', '/api/health')));
    const floor = floorBefore.okPerSecond >= floorAfter.okPerSecond ? floorBefore : floorAfter;

    await stopServer(server, 'SIGTERM');
    const stored = storedIds();
    const lost = [...accepted].filter((id) => !stored.has(id)).length;
    const unanswered = [...stored].filter((id) => !accepted.has(id)).length;
    const ratio = feedback.okPerSecond / floor.okPerSecond;

    console.log(`database: ${stored.size} rows for ${accepted.size} 2xx responses; lost ${lost}, stored without a 2xx response ${unanswered}`);
    console.log(`ratio: ${ratio.toFixed(2)} of the floor (budget ${BUDGET_RATIO})`);
    writeResult('throughput', { slug, floorBefore, floorAfter, feedback, rows: stored.size, accepted: accepted.size, lost, unanswered, ratio });

    return lost === 0 && unanswered === 0 && feedback.failed === 0 && ratio >= BUDGET_RATIO;
  } finally {
    await stopServer(server, 'SIGKILL');
  }
}

async function killMidRun(): Promise<boolean> {
  let server = startServer();
  try {
    await waitUntilReady(server);
    await runPhase(500, () => send('GET', '/api/health'));
    const killAfter = Math.floor(total / 3);
    let killed = false;
    const watcher = setInterval(() => {
      if (!killed && accepted.size >= killAfter) {
        killed = true;
        process.kill(-server.pid!, 'SIGKILL');
      }
    }, 1);

    const first = describe('before the kill', await runPhase(total, submit, () => killed));
    clearInterval(watcher);
    await new Promise<void>((resolve) => (server.exitCode !== null || server.signalCode !== null ? resolve() : server.once('exit', () => resolve())));
    const acceptedBeforeKill = accepted.size;
    console.log(`killed the server with SIGKILL after ${acceptedBeforeKill} 2xx responses`);

    agent.destroy();
    server = startServer();
    await waitUntilReady(server);
    const second = describe('after the restart', await runPhase(total - first.requests, submit));

    await stopServer(server, 'SIGTERM');
    const stored = storedIds();
    const lost = [...accepted].filter((id) => !stored.has(id)).length;
    const unanswered = [...stored].filter((id) => !accepted.has(id)).length;
    console.log(`database: ${stored.size} rows for ${accepted.size} 2xx responses; lost ${lost}`);
    // A request cut off by the kill may have been committed before its response was sent.
    console.log(`stored without a 2xx response (cut off by the kill): ${unanswered}`);
    writeResult('kill', { slug, first, second, acceptedBeforeKill, rows: stored.size, accepted: accepted.size, lost, unanswered });

    return lost === 0 && second.failed === 0;
  } finally {
    await stopServer(server, 'SIGKILL');
  }
}

function writeResult(name: string, result: Record<string, unknown>): void {
  const record = { mode: name, requests: total, concurrency, cpus: os.cpus().length, node: process.version, at: new Date().toISOString(), ...result };
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync(path.join('bench-results', `feedback-${name}.json`), `${JSON.stringify(record, null, 2)}\n`);
}

await assertPortFree();
console.log(`bench:feedback ${mode}: ${total} submissions about "${slug}" over ${concurrency} connections to ${HOST}:${port} (${distDir})`);
const passed = mode === 'kill' ? await killMidRun() : await throughput();
agent.destroy();
fs.rmSync(workDir, { recursive: true, force: true });
console.log(passed ? 'PASS' : 'FAIL');
process.exitCode = passed ? 0 : 1;
