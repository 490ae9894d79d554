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
