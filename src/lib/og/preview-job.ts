import type { FontFace } from './font-faces.ts';
import { facesForText } from './font-faces.ts';
import { cardText, previewCard, previewImageSize, type CardNode, type PreviewCardText } from './preview-card.ts';

export const previewFontWeight = 700;

export interface PreviewJob {
  tree: CardNode;
  width: number;
  height: number;
  fonts: { name: string; file: string; weight: number }[];
}

/**
 * What a worker needs to draw one card: its tree and the font subsets that hold its characters,
 * each under a name of its own (satori does not fall back between faces that share a name).
 * `faces` are in order of preference; `where` names the page for the error message.
 */
export function previewJob(card: PreviewCardText, faces: readonly FontFace[], where: string): PreviewJob {
  const { faces: needed, missing } = facesForText(cardText(card), faces);
  if (missing.length > 0) throw new Error(`The preview image of ${where} needs characters no font subset holds: ${missing.join(' ')}`);
  const fonts = needed.map((face) => ({
    name: (face.file.split('/').pop() ?? face.file).replace(/\.woff$/, ''),
    file: face.file,
    weight: previewFontWeight,
  }));
  return { tree: previewCard(card, fonts.map((font) => font.name).join(', ')), ...previewImageSize, fonts };
}
