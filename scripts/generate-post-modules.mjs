// Writes lib/mdx/post-modules.generated.ts for the posts folder, so `tsc` can
// type-check before Next.js has run once.
import { resolvePostsDir } from '../lib/content/files.mjs';
import { writePostModules } from '../lib/mdx/post-modules.mjs';

writePostModules(resolvePostsDir());
