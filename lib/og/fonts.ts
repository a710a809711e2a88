import fs from 'node:fs';
import path from 'node:path';

/** A font as `next/og`'s ImageResponse takes it. */
export interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

// next/og draws with the fonts it is given and, for any character none of them
// covers, downloads a font from Google Fonts while rendering (next 16.5,
// compiled/@vercel/og/index.node.js, loadDynamicAsset). These fonts come from
// npm packages, so every character below is drawn without a download.
// The image routes are prerendered at build, so the files need no tracing into the output.
const FONT_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', '@fontsource');

interface FontFile {
  name: string;
  file: string;
  weight: 400 | 700;
  /** Characters that make the card load this file; none for the Latin files, always loaded. */
  script?: RegExp;
}

// Kana means Japanese, whose kanji the Japanese font draws in their Japanese forms.
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const HAN = /\p{Script=Han}/u;

// NOTE: scripts other than Latin, Greek, Cyrillic, Chinese, Japanese and Korean
// (Thai, Arabic, Devanagari, …) have no font here, so next/og still tries to
// download one for them and draws nothing when it cannot.
const FILES: FontFile[] = [
  { name: 'Noto Sans', file: 'noto-sans/files/noto-sans-latin-400-normal.woff', weight: 400 },
  { name: 'Noto Sans', file: 'noto-sans/files/noto-sans-latin-700-normal.woff', weight: 700 },
  { name: 'Noto Sans', file: 'noto-sans/files/noto-sans-latin-ext-700-normal.woff', weight: 700 },
  { name: 'Noto Sans', file: 'noto-sans/files/noto-sans-greek-700-normal.woff', weight: 700 },
  { name: 'Noto Sans', file: 'noto-sans/files/noto-sans-cyrillic-700-normal.woff', weight: 700 },
  { name: 'Noto Sans JP', file: 'noto-sans-jp/files/noto-sans-jp-japanese-700-normal.woff', weight: 700, script: KANA },
  { name: 'Noto Sans KR', file: 'noto-sans-kr/files/noto-sans-kr-korean-700-normal.woff', weight: 700, script: HANGUL },
  { name: 'Noto Sans SC', file: 'noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff', weight: 700, script: HAN },
];

const loaded = new Map<string, Buffer>();

function read(file: string): Buffer {
  let data = loaded.get(file);
  if (!data) {
    data = fs.readFileSync(path.join(FONT_DIR, file));
    loaded.set(file, data);
  }
  return data;
}

/**
 * Picks the fonts a card with this text needs: Noto Sans always, and a CJK
 * font only when the text has characters of its script, since each CJK file
 * is 0.9 to 1.6 MB that the renderer parses. Han without kana gets the
 * Simplified Chinese font.
 */
export function ogFonts(text: string): OgFont[] {
  const isJapanese = KANA.test(text);
  const chosen = FILES.filter((font) => {
    if (!font.script) return true;
    if (font.script === HAN) return HAN.test(text) && !isJapanese;
    return font.script.test(text);
  });

  return chosen.map((font) => ({ name: font.name, data: read(font.file), weight: font.weight, style: 'normal' }));
}

/**
 * Removes what no shipped font draws and next/og would otherwise fetch:
 * emoji (drawn from downloaded Twemoji images) and the joiners and variation
 * selectors around them.
 */
export function withoutEmoji(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\u200D\uFE0F\u{1F3FB}-\u{1F3FF}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
