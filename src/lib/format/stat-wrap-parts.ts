/**
 * Where a stat may wrap. A long English stat ("more than 13,000 village-level service stations")
 * kept on one line is thrown onto a line of its own; a stat broken anywhere can leave "13,000"
 * at the end of one line and its unit on the next. So the text wraps like the sentence around
 * it, except the number with the word after it ("13,000 village-level", "2.12 billion"), which
 * stays together. Chinese stats have no spaces ("超过50%", "21.2亿件"): the whole stat is that run.
 */
export interface StatWrapParts {
  before: string;
  /** The number and its first unit word, never broken. */
  kept: string;
  after: string;
}

export function statWrapParts(text: string): StatWrapParts {
  const match = /^(.*?)(\S*\d\S*(?:[ \u00A0]+[^\s\d]\S*)?)(.*)$/su.exec(text);
  if (match === null) return { before: '', kept: text, after: '' };
  return { before: match[1] ?? '', kept: match[2] ?? '', after: match[3] ?? '' };
}
