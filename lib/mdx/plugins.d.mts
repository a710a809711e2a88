type PluginSpec = string | [string, unknown];

export const remarkPlugins: PluginSpec[];
export const rehypePlugins: PluginSpec[];
