// Measures what each remark and rehype plugin adds to compiling a corpus with
// @mdx-js/mdx, the compiler @next/mdx runs for every post. A build log gives
// only one "Compiled in" figure for all routes, and this script splits
// Folio's share of it by plugin. Each line leaves one plugin out of Folio's list, so its cost
// is the full list's time minus that line's time. Rounds interleave the lines,
// so a change in the machine's load hits all of them.
//
//   npx tsx scripts/bench/plugin-cost.ts bench-corpora/seed-20251204/1000 [posts] [rounds]
//
import fs from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';
import { loadPlugins } from '../../lib/mdx/load-plugins';
import { rehypePlugins, remarkPlugins } from '../../lib/mdx/plugins.mjs';
import { median } from './stats';

type PluginSpec = string | [string, unknown];

/** Returns a plugin's short name: its package, or its file name for Folio's own. */
function pluginName(spec: PluginSpec): string {
  const file = Array.isArray(spec) ? spec[0] : spec;
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  return packageMatch ? packageMatch[1] : path.basename(file, '.mjs');
}

interface Line {
  name: string;
  remark: PluggableList;
  rehype: PluggableList;
}

async function lines(): Promise<Line[]> {
  const remark = await loadPlugins(remarkPlugins);
  const rehype = await loadPlugins(rehypePlugins);
  const all: Line[] = [
    { name: 'no plugins (bare @next/mdx)', remark: [], rehype: [] },
    { name: 'all of Folio’s plugins', remark, rehype },
  ];
  remarkPlugins.forEach((spec, index) => {
    all.push({ name: `without ${pluginName(spec)}`, remark: remark.filter((_, other) => other !== index), rehype });
  });
  rehypePlugins.forEach((spec, index) => {
    all.push({ name: `without ${pluginName(spec)}`, remark, rehype: rehype.filter((_, other) => other !== index) });
  });
  return all;
}

async function compileAll(files: { path: string; value: string }[], line: Line): Promise<number> {
  const started = performance.now();
  for (const file of files) {
    await compile(new VFile(file), {
      format: file.path.endsWith('.md') ? 'md' : 'mdx',
      remarkPlugins: line.remark,
      rehypePlugins: line.rehype,
    });
  }
  return performance.now() - started;
}

async function main(): Promise<void> {
  const [postsDir, postsArg = '200', roundsArg = '3'] = process.argv.slice(2);
  if (!postsDir || !fs.existsSync(postsDir)) {
    throw new Error(`posts folder not found: ${postsDir ?? '(missing)'}; pass a corpus folder written by npm run bench`);
  }
  const names = fs.readdirSync(postsDir).filter((name) => /\.mdx?$/.test(name)).sort().slice(0, Number(postsArg));
  const files = names.map((name) => ({ path: path.join(postsDir, name), value: fs.readFileSync(path.join(postsDir, name), 'utf8') }));
  const rounds = Number(roundsArg);

  const measured = await lines();
  // One untimed pass loads every grammar and theme, as a build worker does before its first post.
  await compileAll(files.slice(0, 5), measured[1]);

  const times = new Map<string, number[]>(measured.map((line) => [line.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const line of measured) times.get(line.name)!.push(await compileAll(files, line));
  }

  const full = median(times.get('all of Folio’s plugins')!);
  const bare = median(times.get('no plugins (bare @next/mdx)')!);
  console.log(`Compiling ${files.length} posts from ${postsDir}, median of ${rounds} rounds.\n`);
  console.log('| compile | ms | ÷ no plugins | plugin’s cost (all − this line) |');
  console.log('| --- | --- | --- | --- |');
  for (const line of measured) {
    const ms = median(times.get(line.name)!);
    const cost = line.name.startsWith('without ') ? `${Math.round(full - ms)} ms (${(((full - ms) / full) * 100).toFixed(0)} %)` : '';
    console.log(`| ${line.name} | ${Math.round(ms)} | ${(ms / bare).toFixed(2)} × | ${cost} |`);
  }
}

await main();
