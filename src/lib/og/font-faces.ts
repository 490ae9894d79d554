/**
 * The subsets of a Fontsource font: each weight's CSS (e.g. `700.css`) lists about a hundred
 * @font-face rules, each a file with the `unicode-range` it covers. A preview image embeds only
 * the subsets that hold its characters.
 */
export interface FontFace {
  /** The .woff file, relative to the package (satori reads WOFF, not WOFF2). */
  file: string;
  ranges: (readonly [number, number])[];
}

function parseRange(range: string): readonly [number, number] {
  const [start = '', end = start] = range.trim().replace(/^U\+/i, '').split('-');
  return [Number.parseInt(start, 16), Number.parseInt(end, 16)];
}

/** The @font-face rules of a Fontsource CSS file, in order. */
export function parseFontFaces(css: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const [rule] of css.matchAll(/@font-face\s*{[^}]*}/g)) {
    const file = /url\(\.\/([^)]+\.woff)\)\s*format\('woff'\)/.exec(rule)?.[1];
    const ranges = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
    if (file === undefined || ranges === undefined) continue;
    faces.push({ file, ranges: ranges.split(',').map(parseRange) });
  }
  return faces;
}

const covers = (face: FontFace, codePoint: number) => face.ranges.some(([start, end]) => codePoint >= start && codePoint <= end);

/**
 * The faces needed to draw `text`: for each character, the first face that covers it, in the
 * order of the CSS. A character no face covers is reported, so that it never shows as a box.
 */
export function facesForText(text: string, faces: readonly FontFace[]): { faces: FontFace[]; missing: string[] } {
  const needed = new Set<FontFace>();
  const missing = new Set<string>();
  for (const character of new Set(text)) {
    if (/\s/.test(character)) continue;
    const codePoint = character.codePointAt(0) ?? 0;
    const face = faces.find((candidate) => covers(candidate, codePoint));
    if (face === undefined) missing.add(character);
    else needed.add(face);
  }
  return { faces: faces.filter((face) => needed.has(face)), missing: [...missing] };
}
