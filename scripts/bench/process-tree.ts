// Runs a command and measures its wall time, its CPU time and its peak memory,
// counted as the sum of the resident set sizes (RSS) of the process and all its
// descendants, sampled from /proc. `next build` spreads its work over several
// worker processes, so the maximum RSS of any single process (what
// `/usr/bin/time -v` reports) would understate what the machine must hold at
// once. A sum of RSS counts pages shared between processes once per process,
// so it errs high.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createInterface } from 'node:readline';

/** Milliseconds between memory samples; a peak shorter than this can be missed. */
export const SAMPLE_INTERVAL_MS = 100;

// GNU time reports the CPU time of every descendant that was waited for, which
// on a loaded machine varies far less than wall time does.
const GNU_TIME = '/usr/bin/time';

/** Wall time and memory of one finished command. */
export interface MeasuredRun {
  exitCode: number | null;
  wallMs: number;
  /** Highest sampled sum of RSS over the process tree, in bytes; null where /proc is missing. */
  peakTreeRssBytes: number | null;
  /** Highest RSS of any single process in the tree, in bytes: the kernel's count from GNU time, else sampled. */
  peakProcessRssBytes: number | null;
  /** User plus system CPU time of the whole tree, in milliseconds; null without GNU time. */
  cpuMs: number | null;
  /** Most processes seen in the tree at one sample. */
  peakProcesses: number;
}

/** Reads the parent pid of every running process from /proc/<pid>/stat. */
function parentsOfAll(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name in brackets may contain spaces; the fields after it do not.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return parents;
}

/** Lists a process and all its descendants. */
export function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentsOfAll()) children.set(parent, [...(children.get(parent) ?? []), pid]);

  const tree: number[] = [];
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    tree.push(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Returns the resident set size of a process in bytes, or 0 when it has ended. */
export function residentBytes(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Options of runMeasured. */
export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** File that receives the command's stdout and stderr, each line prefixed with the seconds since the start. */
  logFile: string;
}

/** Reads GNU time's `%U %S %M` output: user and system seconds, and the maximum RSS in KiB. */
function readGnuTime(file: string): { cpuMs: number; maxRssBytes: number } | null {
  try {
    const fields = fs.readFileSync(file, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
    if (fields.length !== 3 || fields.some((field) => !Number.isFinite(field))) return null;
    return { cpuMs: (fields[0] + fields[1]) * 1000, maxRssBytes: fields[2] * 1024 };
  } catch {
    return null;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** Runs a command to completion, sampling its process tree's memory every SAMPLE_INTERVAL_MS. */
export function runMeasured(command: string, args: string[], options: RunOptions): Promise<MeasuredRun> {
  const canSample = fs.existsSync('/proc/self/status');
  const timeFile = `${options.logFile}.time`;
  const [file, fileArgs] = fs.existsSync(GNU_TIME)
    ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]]
    : [command, args];

  const log = fs.openSync(options.logFile, 'w');
  const started = performance.now();
  const child = spawn(file, fileArgs, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });

  const streamsDone = [child.stdout, child.stderr].map((stream) => {
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    lines.on('line', (line) => fs.writeSync(log, `${((performance.now() - started) / 1000).toFixed(3).padStart(8)} ${line}\n`));
    return new Promise<void>((resolve) => lines.on('close', resolve));
  });

  let peakTree = 0;
  let peakProcess = 0;
  let peakProcesses = 0;
  const sample = () => {
    if (!canSample || child.pid === undefined) return;
    const sizes = processTree(child.pid).map(residentBytes);
    peakTree = Math.max(peakTree, sizes.reduce((sum, size) => sum + size, 0));
    peakProcess = Math.max(peakProcess, ...sizes);
    peakProcesses = Math.max(peakProcesses, sizes.filter((size) => size > 0).length);
  };
  const timer = setInterval(sample, SAMPLE_INTERVAL_MS);

  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      fs.closeSync(log);
      reject(new Error(`could not start ${command}: ${error.message}`));
    });
    child.on('close', async (exitCode) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      await Promise.all(streamsDone);
      fs.closeSync(log);
      const gnuTime = readGnuTime(timeFile);
      resolve({
        exitCode,
        wallMs,
        peakTreeRssBytes: canSample ? peakTree : null,
        peakProcessRssBytes: gnuTime?.maxRssBytes ?? (canSample ? peakProcess : null),
        cpuMs: gnuTime?.cpuMs ?? null,
        peakProcesses,
      });
    });
  });
}
