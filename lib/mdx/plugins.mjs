// The remark and rehype plugins every post is compiled with, as absolute
// paths with serializable options. Turbopack accepts only that form, and it
// also works for a posts folder outside the project, where a bare package name
// would be resolved from the post's own folder. next.config.mjs hands these to
// @next/mdx, and lib/mdx/pipeline.test.tsx compiles posts with them too.
import { fileURLToPath } from 'node:url';

const plugin = (specifier) => fileURLToPath(import.meta.resolve(specifier));

// Code is highlighted at build time in both themes; CSS picks the colours that
// match the site theme, so no highlighting code reaches the browser.
const prettyCodeOptions = {
  // The "default" GitHub themes: every token colour reaches 4.5:1 on the code
  // block backgrounds in app/theme.css (the older github-light and github-dark do not).
  theme: { light: 'github-light-default', dark: 'github-dark-default' },
  keepBackground: false,
  defaultLang: { block: 'plaintext', inline: 'plaintext' },
};

/** Remark plugins: the first three are the syntax extensions lib/content/parse.ts reads posts with, in the same order. */
export const remarkPlugins = [
  [plugin('remark-frontmatter'), ['yaml', 'toml']],
  plugin('remark-gfm'),
  plugin('remark-math'),
  plugin('./remark-github-alerts.mjs'),
  plugin('./remark-code-titles.mjs'),
  plugin('./remark-heading-ids.mjs'),
  plugin('./remark-frontmatter-export.mjs'),
];

/** Rehype plugins, the HTML allow-list for `.md` posts first, so nothing a later plugin adds is sanitized away. */
export const rehypePlugins = [
  plugin('./rehype-markdown-html.mjs'),
  plugin('./rehype-images.mjs'),
  plugin('rehype-katex'),
  [plugin('rehype-pretty-code'), prettyCodeOptions],
  plugin('./rehype-code-html.mjs'),
];
