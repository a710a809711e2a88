// The build settings of Folio's next.config.mjs that change the browser's
// JavaScript, and nothing else: same Next.js, React and bundler (Turbopack).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export default {
  reactStrictMode: true,
  poweredByHeader: false,
  agentRules: false,
  experimental: { agentUpgrade: false },
  outputFileTracingRoot: projectRoot,
  turbopack: { root: projectRoot },
};
