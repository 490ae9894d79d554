/*
 * Sorting and filtering the data page's table in the browser (src/scripts/data-table.ts): pure
 * functions of the rows' texts and values, so that they are tested without a browser.
 */

/** What the script reads from a row: its sort keys by column, its section and its whole text. */
export interface TableRow {
  keys: Readonly<Record<string, string | number>>;
  section: string;
  text: string;
}

export type SortDirection = 'ascending' | 'descending';

/**
 * Row order for a column: numbers by value, texts in the page language's collation (pinyin for
 * Chinese in ICU's zh collation); ties keep the table's own order (Array.prototype.sort is stable).
 */
export function sortRows<Row extends TableRow>(rows: readonly Row[], column: string, direction: SortDirection, lang: string): Row[] {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [a.keys[column], b.keys[column]];
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * collator.compare(String(x ?? ''), String(y ?? ''));
  });
}

/** Folds case and full-width forms (Ａ, ％, １), and squeezes spaces, so that a query matches as typed. */
function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Whether a row is shown: in the chosen section (all when none is chosen) and holding every word
 * of the query, in any order.
 */
export function rowMatches(row: TableRow, section: string, query: string): boolean {
  if (section !== '' && row.section !== section) return false;
  const text = fold(row.text);
  return fold(query)
    .split(' ')
    .every((word) => text.includes(word));
}
