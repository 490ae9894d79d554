/* The font subsets preview images may use, per language, read from the Fontsource packages. */
import fs from 'node:fs';
import path from 'node:path';
import { type Locale } from '../../i18n/locales.ts';
import { locales } from '../../i18n/publication-locales.ts';
import { localeConventions } from '../../i18n/conventions.ts';
import { parseFontFaces, type FontFace } from '../../lib/og/font-faces.ts';
import { previewFontWeight } from '../../lib/og/preview-job.ts';

/** Each locale's font package folders (src/i18n/locales.ts), first choice first. */
export function localeFontDirs(nodeModules: string): Record<Locale, string[]> {
  return Object.fromEntries(
    locales.map((locale) => [locale, localeConventions[locale].fontPackages.map((name) => path.join(nodeModules, name))]),
  ) as Record<Locale, string[]>;
}

/** Each locale's faces, from its font packages' folders in its order of preference (src/i18n/locales.ts): the first face that holds a character draws it. */
export function loadFontFaces(fontDirs: Record<Locale, readonly string[]>): Record<Locale, FontFace[]> {
  const read = new Map<string, FontFace[]>();
  const facesIn = (dir: string) => {
    const faces =
      read.get(dir) ??
      parseFontFaces(fs.readFileSync(path.join(dir, `${previewFontWeight}.css`), 'utf8')).map((face) => ({
        ...face,
        file: path.join(dir, face.file),
      }));
    read.set(dir, faces);
    return faces;
  };
  return Object.fromEntries(locales.map((locale) => [locale, fontDirs[locale].flatMap(facesIn)])) as Record<Locale, FontFace[]>;
}
