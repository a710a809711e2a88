import createMDX from '@next/mdx';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from 'next/constants.js';
import { resolvePostsDir } from './lib/content/files.mjs';
import { watchPostModules, writePostModules } from './lib/mdx/post-modules.mjs';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));

// Turbopack accepts remark plugins only as package names or absolute paths with
// serializable options. Absolute paths also work for posts outside the project,
// where a bare name would be resolved from the post's own folder.
const plugin = (specifier) => fileURLToPath(import.meta.resolve(specifier));

const withMDX = createMDX({
  extension: /\.(md|mdx)$/,
  options: {
    // `.md` files are compiled as plain Markdown, `.mdx` as MDX.
    format: 'detect',
    // The same syntax extensions, in the same order, as lib/content/parse.ts.
    remarkPlugins: [
      [plugin('remark-frontmatter'), ['yaml', 'toml']],
      plugin('remark-gfm'),
      plugin('./lib/mdx/remark-heading-ids.mjs'),
      plugin('./lib/mdx/remark-frontmatter-export.mjs'),
    ],
  },
});

/** Returns the nearest folder that contains both paths. */
function commonAncestor(first, second) {
  const relative = path.relative(first, second);
  if (!relative.startsWith('..')) return first;
  return commonAncestor(path.dirname(first), second);
}

export default function nextConfig(phase) {
  const postsDir = resolvePostsDir(process.env, projectRoot);
  // `next start` serves what the build compiled and needs no posts folder.
  if (phase !== PHASE_PRODUCTION_SERVER) writePostModules(postsDir);
  if (phase === PHASE_DEVELOPMENT_SERVER) watchPostModules(postsDir);

  // A posts folder outside the project needs Turbopack's root above both.
  const root = commonAncestor(projectRoot, postsDir);

  return withMDX({
    pageExtensions: ['ts', 'tsx'],
    distDir: process.env.FOLIO_DIST_DIR || '.next',
    reactStrictMode: true,
    poweredByHeader: false,
    // Next.js 16.5 otherwise writes an AGENTS.md into the project on every dev start.
    agentRules: false,
    experimental: { agentUpgrade: false },
    outputFileTracingRoot: root,
    turbopack: { root },
  });
}
