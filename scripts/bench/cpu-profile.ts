// Samples the CPU while a function runs and totals the time by where the code
// lives: a package in node_modules, or a file of this project. It needs no
// knowledge of Folio's pipeline, so it profiles whatever plugins it has.
import { Session } from 'node:inspector/promises';
import path from 'node:path';

/** CPU time spent in the code of one package or project file. */
export interface ProfileEntry {
  /** A package such as `micromark-extension-gfm-table`, a project file such as `lib/content/text.ts`, or a label such as `(node)`. */
  location: string;
  selfMs: number;
  share: number;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

// Microseconds between samples; finer than V8's default of 1,000.
const SAMPLING_INTERVAL_US = 200;

/**
 * Returns where a script URL's code lives: its package, its path in the
 * project, `(node)` for Node's own modules, or V8's label for time outside
 * JavaScript, such as `(garbage collector)`.
 */
export function locationOf(url: string, functionName: string, projectRoot: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return '(node)';

  const file = url.startsWith('file://') ? new URL(url).pathname : url;
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (modules) return modules[1];
  const relative = path.relative(projectRoot, file);
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
}

/** Runs `work` under the V8 sampling profiler and returns its self time by location, largest first. */
export async function profileByLocation(projectRoot: string, work: () => unknown): Promise<ProfileEntry[]> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await session.post('Profiler.start');
    work();
    const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
    return summarize(profile, projectRoot);
  } finally {
    session.disconnect();
  }
}

function summarize(profile: Profile, projectRoot: string): ProfileEntry[] {
  const samples = profile.samples ?? [];
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const msPerSample = samples.length > 0 ? totalMs / samples.length : 0;

  const byLocation = new Map<string, number>();
  for (const node of profile.nodes) {
    const location = locationOf(node.callFrame.url, node.callFrame.functionName, projectRoot);
    byLocation.set(location, (byLocation.get(location) ?? 0) + (node.hitCount ?? 0) * msPerSample);
  }

  return [...byLocation.entries()]
    .map(([location, selfMs]) => ({ location, selfMs, share: totalMs > 0 ? selfMs / totalMs : 0 }))
    .filter((entry) => entry.selfMs > 0)
    .sort((left, right) => right.selfMs - left.selfMs);
}
