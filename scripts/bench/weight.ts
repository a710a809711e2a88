// Page weight from a finished build: the prerendered HTML of a page and the
// JavaScript and CSS a browser with ES module support downloads for it. Files
// are read from the build folder instead of a server, and gzipped one by one.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** A script or stylesheet a page makes the browser download. */
export interface PageAsset {
  url: string;
  kind: 'js' | 'css';
}

/** Size of one downloaded file, raw and gzip-compressed, in bytes. */
export interface AssetSize extends PageAsset {
  bytes: number;
  gzipBytes: number;
}

/** Sizes of a page: its HTML and every file it loads, in bytes. */
export interface PageWeight {
  htmlBytes: number;
  htmlGzipBytes: number;
  jsGzipBytes: number;
  cssGzipBytes: number;
  assets: AssetSize[];
}

function attributesOf(tag: string): Map<string, string | true> {
  const attributes = new Map<string, string | true>();
  const pattern = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  // Skip the tag name itself.
  for (const match of tag.replace(/^<\w+/, '').matchAll(pattern)) {
    attributes.set(match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? true);
  }
  return attributes;
}

/**
 * Lists the scripts and stylesheets in an HTML page that a modern browser
 * downloads: `<script src>` without `nomodule`, `<link rel=stylesheet>`, and
 * `<link rel=preload|modulepreload>` of scripts and styles. Each URL appears once.
 */
export function pageAssets(html: string): PageAsset[] {
  const assets = new Map<string, PageAsset>();

  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const src = attributes.get('src');
    if (typeof src === 'string' && !attributes.has('nomodule')) assets.set(src, { url: src, kind: 'js' });
  }

  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const href = attributes.get('href');
    const rel = String(attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const as = String(attributes.get('as') ?? '').toLowerCase();
    if (typeof href !== 'string' || assets.has(href)) continue;

    if (rel.includes('stylesheet') || (rel.includes('preload') && as === 'style')) {
      assets.set(href, { url: href, kind: 'css' });
    } else if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')) {
      assets.set(href, { url: href, kind: 'js' });
    }
  }

  return [...assets.values()];
}

/** Maps a `/_next/...` URL to its file in the build folder; throws for any other URL. */
export function assetPath(distDir: string, url: string): string {
  const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  const prefix = '/_next/';
  if (!pathname.startsWith(prefix)) {
    throw new Error(`asset ${url} is not served from ${prefix}; expected every script and stylesheet to come from the build`);
  }
  return path.join(distDir, pathname.slice(prefix.length));
}

/** Returns a buffer's size after gzip at zlib's default level (6). */
export function gzipSize(data: Buffer | string): number {
  return gzipSync(data).length;
}

/** Measures the prerendered page at `htmlFile` of the build in `distDir`. */
export function measurePage(distDir: string, htmlFile: string): PageWeight {
  const html = fs.readFileSync(htmlFile);
  const assets = pageAssets(html.toString('utf8')).map((asset): AssetSize => {
    const data = fs.readFileSync(assetPath(distDir, asset.url));
    return { ...asset, bytes: data.length, gzipBytes: gzipSize(data) };
  });
  const total = (kind: PageAsset['kind']) => assets.filter((asset) => asset.kind === kind).reduce((sum, asset) => sum + asset.gzipBytes, 0);

  return {
    htmlBytes: html.length,
    htmlGzipBytes: gzipSize(html),
    jsGzipBytes: total('js'),
    cssGzipBytes: total('css'),
    assets,
  };
}

/** Returns the path of the prerendered HTML of an App Router route such as `/posts/a` in a build folder. */
export function prerenderedHtml(distDir: string, route: string): string {
  return path.join(distDir, 'server', 'app', `${route === '/' ? 'index' : route.slice(1)}.html`);
}
