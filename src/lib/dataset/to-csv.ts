/**
 * RFC 4180 CSV, prefixed with a UTF-8 byte order mark: without it, Excel opens a UTF-8 file in the
 * system code page and turns every Chinese label into mojibake.
 */
const BOM = '\uFEFF';

/*
 * A spreadsheet runs a cell that begins with one of these characters as a formula ("CSV injection"),
 * so a label such as `=HYPERLINK(...)` would run on the reader's machine. OWASP's advice: prefix such
 * a text cell with a single quote, which spreadsheets show as text. Numbers are written as numbers:
 * a negative value stays `-5`.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
const formulaStart = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet will show as text, never run. */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** CSV of records, one column per key in `columns`, in that order. */
export function recordsToCsv<T extends object>(columns: readonly (keyof T & string)[], records: readonly T[]): string {
  return toCsv(
    columns,
    records.map((record) => columns.map((column) => record[column] as string | number)),
  );
}
