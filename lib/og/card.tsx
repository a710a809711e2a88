import { ImageResponse } from 'next/og';
import { formatLongDate, type Post } from '../content';
import { ogFonts, withoutEmoji } from './fonts';

/** Size of every Open Graph image, the 1.91:1 size that Facebook, LinkedIn and X show large. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Draws a post's Open Graph image: its title, date and the site's name, with fonts shipped in npm packages. */
export function renderPostImage(post: Post, siteTitle: string): ImageResponse {
  const title = withoutEmoji(post.title);
  const date = formatLongDate(post.date);
  const site = withoutEmoji(siteTitle);
  // Long titles get a smaller size so that about four lines fit.
  const titleSize = title.length > 60 ? 56 : 72;

  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '72px 80px',
          background: '#1f2328',
          color: '#f5f5f4',
          fontFamily: 'Noto Sans, Noto Sans SC, Noto Sans JP, Noto Sans KR',
        }}
      >
        <div style={{ display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.2 }}>{title}</div>
        <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 32, fontWeight: 400, color: '#a9a9ad' }}>
          <span>{date}</span>
          <span style={{ fontWeight: 700, color: '#8fc1ff' }}>{site}</span>
        </div>
      </div>
    ),
    { ...OG_IMAGE_SIZE, fonts: ogFonts(`${title} ${date} ${site}`) },
  );
}
