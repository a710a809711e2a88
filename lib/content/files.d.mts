export const POSTS_DIR_VARIABLE: 'FOLIO_POSTS_DIR';
export function resolvePostsDir(env?: NodeJS.ProcessEnv, cwd?: string): string;
export function listPostFiles(postsDir: string): string[];
export function displayPath(absolute: string, cwd?: string): string;
export function slugFromPostFile(relativePath: string): string;
export function dateFromPostFile(relativePath: string): string | null;
