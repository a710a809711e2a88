/**
 * Components every MDX post can use without an import. mdx-components.tsx
 * supplies them, and the checker reports any other capitalized JSX name that a
 * post does not import.
 */
export const GLOBAL_COMPONENTS = ['Callout', 'Details', 'Figure'];
