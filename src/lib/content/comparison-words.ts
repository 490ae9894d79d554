/*
 * Comparisons the source does not make ("far more than", 明显多于, "only a small share") are the
 * commonest embellishment of a chart text or a key-figure label. Such a sentence stops the build
 * unless it carries the marker that says the source itself makes this comparison.
 */

/** Put in a sentence whose comparison is the source's own; it is removed before the text is shown. */
export const sourceComparisonMarker = '{source-compares}';

const comparatives: readonly RegExp[] = [
  /远多于|明显多于|远大于|明显大于|远高于|明显高于|远超过?|大大超过|远少于|远低于|只占|仅占/,
  /\b(?:far|much|well|markedly|significantly) (?:more|fewer|less|higher|lower|greater|larger|smaller|bigger) than\b/i,
  /\bwell (?:above|below|over|under|ahead of|behind)\b/i,
  /\bonly an? (?:small|tiny|minor|fraction)\b/i,
  /\bdwarfs?\b/i,
];

/** Sentences end at a full stop, question or exclamation mark, or semicolon, in either script. */
function sentences(text: string): string[] {
  return text.split(/(?<=[。！？；])|(?<=[.!?;])\s+/).filter((sentence) => sentence.trim() !== '');
}

/** The comparative words of `text` in sentences without the marker, in order. */
export function unmarkedComparisons(text: string): string[] {
  return sentences(text).flatMap((sentence) => {
    if (sentence.includes(sourceComparisonMarker)) return [];
    return comparatives.flatMap((pattern) => sentence.match(pattern)?.[0] ?? []);
  });
}

/** The message for one comparison: where (file and field), the words, and the way out. */
export function formatComparisonProblem(where: string, words: string): string {
  return `${where} compares: "${words}". Say what the source says and no more; if the source itself makes this comparison, put ${sourceComparisonMarker} in the sentence.`;
}

/** The text as readers see it: the marker and the space before it removed. */
export function withoutComparisonMarker(text: string): string {
  return text.replaceAll(/\s*\{source-compares\}/g, '');
}
