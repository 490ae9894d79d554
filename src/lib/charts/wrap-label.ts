/**
 * A category label in lines that each fit `maxWidth`, broken between words (Intl.Segmenter: spaces
 * in English, word boundaries in Chinese). Chart.js otherwise tilts long labels, and on a phone
 * tilted labels can take the whole chart's height. A single word wider than `maxWidth` keeps a
 * line of its own. `width` measures text as the chart draws it.
 */
export function wrapLabel(label: string, maxWidth: number, width: (text: string) => number, locale: string): string[] {
  const lines: string[] = [];
  let line = '';
  // An opening bracket or quote goes with the word after it, never at the end of a line.
  let opening = '';
  for (const { segment: part } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(label)) {
    if (/^[([{“‘（《「『【]$/.test(part)) {
      opening += part;
      continue;
    }
    const segment = opening + part;
    opening = '';
    const candidate = line + segment;
    if (line.trim() !== '' && width(candidate.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = segment.trimStart();
    } else {
      line = candidate;
    }
  }
  line += opening;
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
