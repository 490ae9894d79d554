/* The font subsets preview images may use, per language, read from the Fontsource packages. */
import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../i18n/locales.ts';
import { parseFontFaces, type FontFace } from '../../lib/og/font-faces.ts';
import { previewFontWeight } from '../../lib/og/preview-job.ts';

export function loadFontFaces(fontDirs: { zh: string; en: string }): Record<Locale, FontFace[]> {
  const facesIn = (dir: string) =>
    parseFontFaces(fs.readFileSync(path.join(dir, `${previewFontWeight}.css`), 'utf8')).map((face) => ({
      ...face,
      file: path.join(dir, face.file),
    }));
  const chinese = facesIn(fontDirs.zh);
  // English takes its letters, quotes and dashes from Noto Sans (in Noto Sans SC, “ and ’ are
  // full-width), and any Chinese word from Noto Sans SC: the first face that holds a character draws it.
  return { zh: chinese, en: [...facesIn(fontDirs.en), ...chinese] };
}
