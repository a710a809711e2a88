import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseBuildPhases } from './builds';
import { locationOf } from './cpu-profile';
import { assetPath, measurePage, pageAssets, prerenderedHtml } from './weight';

const PAGE = [
  '<!DOCTYPE html><html><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>',
  '<link rel="preload" as="font" href="/_next/static/media/font.woff2"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<script>self.__next_f.push([1,""])</script>',
  '</head><body><script src="/_next/static/chunks/late.js" async=""></script></body></html>',
].join('');

describe('pageAssets', () => {
  test('scripts and stylesheets a modern browser loads', () => {
    expect(pageAssets(PAGE)).toEqual([
      { url: '/_next/static/chunks/main.js', kind: 'js' },
      { url: '/_next/static/chunks/late.js', kind: 'js' },
      { url: '/_next/static/chunks/site.css', kind: 'css' },
    ]);
  });

  test('nomodule scripts are left out in any case', () => {
    expect(pageAssets('<script nomodule src="/_next/a.js"></script><script NOMODULE="" src="/_next/b.js"></script>')).toEqual([]);
  });
});

describe('assetPath', () => {
  test('maps /_next/ URLs into the build folder', () => {
    expect(assetPath('/build', '/_next/static/chunks/a%20b.js?dpl=1')).toBe(path.join('/build', 'static', 'chunks', 'a b.js'));
  });

  test('rejects URLs from elsewhere', () => {
    expect(() => assetPath('/build', 'https://cdn.example.com/x.js')).toThrow(/is not served from \/_next\//);
  });
});

describe('measurePage', () => {
  test('sums gzip sizes by kind', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-weight-'));
    const chunks = path.join(dist, 'static', 'chunks');
    fs.mkdirSync(chunks, { recursive: true });
    fs.writeFileSync(path.join(chunks, 'main.js'), 'console.log("main");'.repeat(50));
    fs.writeFileSync(path.join(chunks, 'late.js'), 'late();');
    fs.writeFileSync(path.join(chunks, 'site.css'), 'body{margin:0}');
    const htmlFile = prerenderedHtml(dist, '/posts/a');
    fs.mkdirSync(path.dirname(htmlFile), { recursive: true });
    fs.writeFileSync(htmlFile, PAGE);

    const weight = measurePage(dist, htmlFile);

    expect(weight.htmlBytes).toBe(Buffer.byteLength(PAGE));
    expect(weight.assets.map((asset) => asset.bytes)).toEqual([1000, 7, 14]);
    expect(weight.jsGzipBytes).toBe(weight.assets[0].gzipBytes + weight.assets[1].gzipBytes);
    expect(weight.cssGzipBytes).toBe(weight.assets[2].gzipBytes);
    // Repetitive JavaScript compresses well; a few bytes grow by gzip's header.
    expect(weight.assets[0].gzipBytes).toBeLessThan(100);
    fs.rmSync(dist, { recursive: true });
  });
});

describe('parseBuildPhases', () => {
  test('seconds and milliseconds', () => {
    const log = [
      '   1.250 ▲ Next.js 16.5.0 (Turbopack)',
      '   3.100 ✓ Compiled successfully in 4.5s',
      '   4.900   Finished TypeScript in 1635ms ...',
      '   4.901   Collecting page data using 1 worker ...',
      '   5.500   Generating static pages using 1 worker (0/24) ...',
      '   6.000 ✓ Generating static pages using 1 worker (24/24) in 426ms',
      '   6.500 ○  (Static)  prerendered as static content',
      '   6.501 ●  (SSG)     prerendered as static HTML (uses generateStaticParams)',
      '   7.250 prerendered / and 20 posts',
    ].join('\n');
    expect(parseBuildPhases(log)).toEqual({ compileMs: 4500, typecheckMs: 1635, staticPagesMs: 426, collectPageDataMs: 599, beforeNextBuildMs: 1250, nextBuildMs: 6501 });
  });

  test('durations in minutes', () => {
    const log = '  288.789 ✓ Generating static pages using 1 worker (15952/15952) in 2.7min';
    expect(parseBuildPhases(log).staticPagesMs).toBe(162_000);
  });

  test('missing lines are null', () => {
    expect(parseBuildPhases('')).toEqual({ compileMs: null, typecheckMs: null, staticPagesMs: null, collectPageDataMs: null, beforeNextBuildMs: null, nextBuildMs: null });
  });
});

describe('locationOf', () => {
  const root = '/work/folio';

  test('packages, scoped packages and project files', () => {
    expect(locationOf('file:///work/folio/node_modules/micromark/lib/parse.js', 'parse', root)).toBe('micromark');
    expect(locationOf('file:///work/folio/node_modules/@mdx-js/mdx/lib/core.js', 'compile', root)).toBe('@mdx-js/mdx');
    expect(locationOf('file:///work/folio/lib/content/text.ts', 'plainText', root)).toBe('lib/content/text.ts');
  });

  test('runtime labels', () => {
    expect(locationOf('node:fs', 'readFileSync', root)).toBe('(node)');
    expect(locationOf('', '(garbage collector)', root)).toBe('(garbage collector)');
    expect(locationOf('', 'Math.max', root)).toBe('(native)');
  });
});
