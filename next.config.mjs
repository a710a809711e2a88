import createMDX from '@next/mdx';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from 'next/constants.js';
import { tsImport } from 'tsx/esm/api';
import { resolvePostsDir } from './lib/content/files.mjs';
import { rehypePlugins, remarkPlugins } from './lib/mdx/plugins.mjs';
import { watchPostModules, writePostModules } from './lib/mdx/post-modules.mjs';
import { buildScope } from './lib/site/build-scope.mjs';
import { SECURITY_HEADERS } from './lib/site/security-headers.mjs';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));

const withMDX = createMDX({
  extension: /\.(md|mdx)$/,
  options: {
    // `.md` files are compiled as plain Markdown, `.mdx` as MDX.
    format: 'detect',
    remarkPlugins,
    rehypePlugins,
  },
});

/** Returns the nearest folder that contains both paths. */
function commonAncestor(first, second) {
  const relative = path.relative(first, second);
  if (!relative.startsWith('..')) return first;
  return commonAncestor(path.dirname(first), second);
}

/**
 * Copies KaTeX's stylesheet and fonts into public/vendor/katex, so pages with
 * math link them and pages without pay nothing. Files in public/ must exist
 * before `next build` to be served.
 */
function copyKatexAssets() {
  const source = path.dirname(fileURLToPath(import.meta.resolve('katex/dist/katex.min.css')));
  const target = path.join(projectRoot, 'public', 'vendor', 'katex');
  // The stylesheet must match the KaTeX that rehype-katex renders with, so a new version replaces the copy.
  const { version } = JSON.parse(fs.readFileSync(path.join(source, '..', 'package.json'), 'utf8'));
  const marker = path.join(target, 'VERSION');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === version) return;
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  fs.copyFileSync(path.join(source, 'katex.min.css'), path.join(target, 'katex.min.css'));
  fs.cpSync(path.join(source, 'fonts'), path.join(target, 'fonts'), { recursive: true });
  fs.writeFileSync(marker, version);
}

export default function nextConfig(phase) {
  const postsDir = resolvePostsDir(process.env, projectRoot);
  // An invalid value fails here, before anything is compiled, not in a route's page data.
  buildScope();
  // `next start` serves what the build compiled and needs no posts folder.
  if (phase !== PHASE_PRODUCTION_SERVER) {
    writePostModules(postsDir);
    copyKatexAssets();
  }
  if (phase === PHASE_DEVELOPMENT_SERVER) watchPostModules(postsDir);

  // A posts folder outside the project needs Turbopack's root above both. With
  // only / in common, Turbopack would watch and scan the whole disk: a build of
  // five posts in /tmp ran for over ten minutes and 6 GB before it was stopped.
  const root = commonAncestor(projectRoot, postsDir);
  if (root === path.parse(root).root) {
    throw new Error(
      `posts folder ${postsDir} shares no folder but ${root} with the project at ${projectRoot}; ` +
        'set FOLIO_POSTS_DIR to a folder inside the project or beside it (for example ../my-posts)',
    );
  }

  return withMDX({
    pageExtensions: ['ts', 'tsx'],
    distDir: process.env.FOLIO_DIST_DIR || '.next',
    // Images are served as built: pages stay static files, with no image
    // optimizer running per request.
    images: { unoptimized: true },
    // `next build` type-checks what it ships, and `npm run typecheck` also checks tests and scripts.
    typescript: { tsconfigPath: 'tsconfig.build.json' },
    reactStrictMode: true,
    poweredByHeader: false,
    // Next.js 16.5 otherwise writes an AGENTS.md into the project on every dev start.
    agentRules: false,
    experimental: { agentUpgrade: false },
    outputFileTracingRoot: root,
    turbopack: { root },
    // Old addresses from posts' `aliases` (Hugo) and `redirect_from` (Jekyll).
    async redirects() {
      const { aliasRedirects } = await tsImport('./lib/content/aliases.ts', import.meta.url);
      // Browsers ask for /favicon.ico whatever the page links; the icon is app/icon.svg.
      const favicon = { source: '/favicon.ico', destination: '/icon.svg', permanent: true };
      try {
        return [favicon, ...aliasRedirects()];
      } catch (error) {
        // A broken post fails the build with its own message; `next dev` shows it on the page.
        if (phase === PHASE_DEVELOPMENT_SERVER) return [];
        throw error;
      }
    },
    // Production only: `next dev` needs eval and a WebSocket that the policy forbids.
    async headers() {
      if (phase === PHASE_DEVELOPMENT_SERVER) return [];
      return [{ source: '/:path*', headers: SECURITY_HEADERS }];
    },
  });
}
