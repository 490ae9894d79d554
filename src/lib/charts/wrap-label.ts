/*
 * Where a label may break, as text is set in either language: after a space, and between two
 * Chinese characters (Chinese is set without spaces and may break between any two characters);
 * never before closing punctuation, never after an opening bracket or quote. Intl.Segmenter's word
 * boundaries were tried first: its first Chinese segmenter loads a dictionary, which cost 50–100 ms
 * of the chart's drawing on a phone-speed CPU (Chromium, CPU slowed down 4 times).
 */
const opening = '([{“‘（《「『【〈';
const closing = ')]}”’，。、；：！？）》」』】〉,.;:!?%';
const escape = (characters: string) => characters.replace(/[\]\\^-]/g, '\\$&');
/**
 * One unbreakable unit: opening marks, then a Chinese character or a run of other text without
 * spaces (closing marks and apostrophes inside it: “Gold”, SPB’s), then closing marks and spaces.
 */
const unit = new RegExp(
  `[${escape(opening)}]*(?:\\p{Script=Han}|[^\\s\\p{Script=Han}${escape(opening)}]+)?[${escape(closing)}]*\\s*`,
  'gu',
);

/** A label's unbreakable units, in order; joined, they are the label. */
export function breakUnits(label: string): string[] {
  return [...label.matchAll(unit)].map(([match]) => match).filter((match) => match !== '');
}

/** Lines filled one after another, each broken before the unit that would make it wider than `maxWidth`. */
function fillLines(units: string[], maxWidth: number, width: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of units) {
    const candidate = line + part;
    if (line.trim() !== '' && width(candidate.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = part;
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/**
 * A category label in lines that each fit `maxWidth`, broken only where text may break (above),
 * and balanced: as many lines as filling them needs, but each as narrow as that number allows, so
 * that the last line is not left with one word or one character. Chart.js otherwise tilts long
 * labels, and on a phone tilted labels can take the whole chart's height. A unit wider than
 * `maxWidth` keeps a line of its own. `width` measures text as the chart draws it.
 */
export function wrapLabel(label: string, maxWidth: number, width: (text: string) => number): string[] {
  const units = breakUnits(label);
  const filled = fillLines(units, maxWidth, width);
  if (filled.length <= 1) return filled;
  // The narrowest width, to a twentieth of a pixel or so, that needs no more lines.
  let tooNarrow = 0;
  let wideEnough = maxWidth;
  for (let step = 0; step < 12; step += 1) {
    const middle = (tooNarrow + wideEnough) / 2;
    if (fillLines(units, middle, width).length <= filled.length) wideEnough = middle;
    else tooNarrow = middle;
  }
  return fillLines(units, wideEnough, width);
}
