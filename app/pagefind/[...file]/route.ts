import fs from 'node:fs';
import path from 'node:path';
import { searchBundleDir } from '@/lib/search/location';
import { buildsPostsOnly } from '@/lib/site/build-scope.mjs';

interface BundleRouteContext {
  params: Promise<{ file: string[] }>;
}

// Every file of the search bundle is copied into the build, and any other path is a 404.
export const dynamic = 'force-static';
export const dynamicParams = false;

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

function listFiles(dir: string, prefix: string[] = []): string[][] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), [...prefix, entry.name]) : [[...prefix, entry.name]],
  );
}

export function generateStaticParams() {
  if (buildsPostsOnly()) return [];
  const files = listFiles(searchBundleDir());
  if (files.length === 0) {
    console.warn(`search is off: no search bundle in ${searchBundleDir()}; run \`npm run search-index\` before \`next build\``);
  }
  return files.map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: BundleRouteContext) {
  const parts = (await params).file;
  const file = path.join(searchBundleDir(), ...parts);
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  return new Response(new Uint8Array(fs.readFileSync(file)), { headers: { 'Content-Type': type } });
}
