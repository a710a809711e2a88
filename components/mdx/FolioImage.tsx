import Image, { type StaticImageData } from 'next/image';
import fs from 'node:fs';
import path from 'node:path';
import { imageSizeFromFile } from 'image-size/fromFile';

/** Width and height of an image in public/, read when the page is prerendered; null when unknown. */
async function publicImageSize(src: string): Promise<{ width: number; height: number } | null> {
  if (!src.startsWith('/') || src.startsWith('//')) return null;
  const file = path.join(process.cwd(), 'public', decodeURI(src.split(/[?#]/)[0]));
  if (!fs.existsSync(file)) return null;
  const size = await imageSizeFromFile(file);
  return size.width && size.height ? { width: size.width, height: size.height } : null;
}

/**
 * A post image with its width and height known at build: a static import of a
 * file beside the post, or a file in public/. Remote images keep a plain <img>,
 * since their size is unknown until they load.
 */
export async function FolioImage({ src, alt, title }: { src: StaticImageData | string; alt: string; title?: string }) {
  if (typeof src !== 'string') {
    return <Image src={src} alt={alt} title={title} sizes="(max-width: 48rem) 100vw, 45rem" style={{ height: 'auto' }} />;
  }

  const size = await publicImageSize(src);
  if (size) {
    return <Image src={src} alt={alt} title={title} width={size.width} height={size.height} sizes="(max-width: 48rem) 100vw, 45rem" style={{ height: 'auto' }} />;
  }

  // eslint-disable-next-line @next/next/no-img-element -- a remote image of unknown size
  return <img src={src} alt={alt} title={title} loading="lazy" decoding="async" />;
}
