import type { PluggableList } from 'unified';

type PluginSpec = string | [string, unknown];

/**
 * Imports the plugins of plugins.mjs from their absolute paths, with their
 * options, as a list @mdx-js/mdx takes. Tests and benchmarks compile posts
 * with it outside Next.js.
 */
export async function loadPlugins(specs: PluginSpec[]): Promise<PluggableList> {
  return Promise.all(
    specs.map(async (spec) => {
      const [file, options] = Array.isArray(spec) ? spec : [spec, undefined];
      const plugin = (await import(file)).default;
      return (options === undefined ? plugin : [plugin, options]) as PluggableList[number];
    }),
  );
}
