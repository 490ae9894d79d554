/**
 * Finds statistics typed into a piece of prose: a number with a magnitude or share after it
 * (6.2万, 21.2亿, 50%, 7000余, 2.12 billion) or any number of three or more digits (293000, 1,000).
 * Such a number belongs in content/figures, where both languages read it; typed into one MDX
 * file it goes out of date on its own, and the other language never learns of it.
 *
 * Allowed, because they are not statistics: years (2020, "in 2020," — a 19xx/20xx with no
 * magnitude after it), short numbers in dates and ordinals (1月4日, 14th), and a quoted
 * programme name that is only a number (“246”).
 */
export interface TypedNumber {
  /** The number as the editor typed it, with its magnitude: `21.2亿`, `2.12 billion`. */
  text: string;
  /** Where it starts in the text. */
  index: number;
  /** Its value in base units, as a figure would hold it: `21.2亿` → 2120000000, `50%` → 50. */
  value: number;
}

/** Magnitudes and shares after a number, and what they multiply it by. */
const multipliers: Record<string, number> = {
  万: 1e4,
  亿: 1e8,
  余: 1,
  '%': 1,
  '％': 1,
  percent: 1,
  'per cent': 1,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/*
 * A number: thousands separated by commas only when three digits follow each comma, so that the
 * comma of "in 2020, the ..." ends the year instead of joining it to the next word. Fullwidth
 * digits (２０２０) count as digits: some Chinese input methods type them.
 * Not preceded by a digit, a dot or a letter, so a version (v1.2) or a code (H264) is one token.
 */
const numberPattern =
  /(?<![0-9０-９.,A-Za-z])([0-9０-９]{1,3}(?:,[0-9０-９]{3})+(?:\.[0-9０-９]+)?|[0-9０-９]+(?:\.[0-9０-９]+)?)(\s?(?:万|亿|余|%|％)|\s?(?:percent|per cent|thousand|million|billion|trillion)\b)?/g;

const quotePairs: Record<string, string> = { '“': '”', '"': '"', '「': '」', '‘': '’', "'": "'" };

function toAscii(digits: string): string {
  return digits.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

function isQuotedName(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const closing = quotePairs[before];
  return closing !== undefined && text[end] === closing;
}

export function findTypedNumbers(text: string): TypedNumber[] {
  const found: TypedNumber[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const digits = toAscii(match[1] ?? '');
    const magnitude = (match[2] ?? '').trim();
    const index = match.index;
    const end = index + match[0].length;
    const digitCount = digits.replace(/[^0-9]/g, '').length;
    const isYear = /^(19|20)\d\d$/.test(digits);
    if (magnitude === '' && (digitCount < 3 || isYear)) continue;
    if (magnitude === '' && isQuotedName(text, index, end)) continue;
    const value = Number(digits.replace(/,/g, '')) * (multipliers[magnitude] ?? 1);
    found.push({ text: match[0], index, value: Number(value.toPrecision(12)) });
  }
  return found;
}
