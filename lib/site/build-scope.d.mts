/** What a production build prerenders, from `FOLIO_BUILD_SCOPE`. */
export type BuildScope = 'all' | 'posts';

export declare function buildScope(env?: Partial<Record<string, string>>): BuildScope;
export declare function buildsPostsOnly(env?: Partial<Record<string, string>>): boolean;
