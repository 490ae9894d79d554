/**
 * RFC 4180 CSV, prefixed with a UTF-8 byte order mark: without it, Excel opens a UTF-8 file in the
 * system code page and turns every Chinese label into mojibake.
 */
const BOM = '\uFEFF';

function csvField(value: string | number): string {
  const text = String(value);
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
