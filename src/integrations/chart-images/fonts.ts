/* The font subsets a chart may use, both weights, read from the Fontsource packages (as the preview images'). */
import fs from 'node:fs';
import path from 'node:path';
import { parseFontFaces } from '../../lib/og/font-faces.ts';
import type { ChartFontFace } from './draw.ts';

/** Text and tick labels in 400, the values on the bars (and the PNG's title) in 600. */
const weights = [400, 600] as const;

function facesIn(dir: string): ChartFontFace[] {
  const [regular, semibold] = weights.map((weight) => parseFontFaces(fs.readFileSync(path.join(dir, `${weight}.css`), 'utf8')));
  return (regular ?? []).map((face, index) => {
    const bold = semibold?.[index];
    if (bold === undefined || JSON.stringify(bold.ranges) !== JSON.stringify(face.ranges)) {
      throw new Error(`${dir}: the 600 weight's subsets do not match the 400 weight's.`);
    }
    return { ...face, files: { 400: path.join(dir, face.file), 600: path.join(dir, bold.file) } };
  });
}

/** The faces of every locale's font packages, in their merged order (src/i18n/fonts.ts): a character comes from the first that holds it. */
export function loadChartFaces(fontDirs: readonly string[]): ChartFontFace[] {
  return fontDirs.flatMap(facesIn);
}
