import * as pagefind from 'pagefind';
import type { SearchDocument } from './documents';

/** One file of a Pagefind bundle: its path under `/pagefind/` and its bytes. */
export interface BundleFile {
  path: string;
  content: Uint8Array;
}

/**
 * Builds a Pagefind bundle (the browser script, its WebAssembly, and the
 * index split into chunks) from search documents. Runs Pagefind's own binary,
 * shipped in its npm package for each platform, and stops it afterwards.
 * Throws with Pagefind's messages when it reports errors.
 */
export async function buildPagefindBundle(documents: SearchDocument[]): Promise<BundleFile[]> {
  try {
    const created = await pagefind.createIndex();
    if (!created.index) throw new Error(`Pagefind failed to create an index: ${created.errors.join('; ')}`);

    for (const document of documents) {
      const added = await created.index.addHTMLFile({ url: document.url, content: document.html });
      if (added.errors.length > 0) throw new Error(`Pagefind failed to index ${document.url}: ${added.errors.join('; ')}`);
    }

    const bundle = await created.index.getFiles();
    if (bundle.errors.length > 0) throw new Error(`Pagefind failed to write its files: ${bundle.errors.join('; ')}`);
    return bundle.files.map((file) => ({ path: file.path, content: file.content }));
  } finally {
    await pagefind.close();
  }
}
