import type { StaticImageData } from 'next/image';
import type { ReactNode } from 'react';
import { FolioImage } from './FolioImage';

/** An image with a caption: `<Figure src="./photo.jpg" alt="…" caption="…" />`. */
export function Figure({ src, alt, caption, children }: { src: StaticImageData | string; alt: string; caption?: string; children?: ReactNode }) {
  return (
    <figure className="figure">
      <FolioImage src={src} alt={alt} />
      {caption || children ? <figcaption>{caption ?? children}</figcaption> : null}
    </figure>
  );
}
