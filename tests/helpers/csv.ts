import { parse } from 'csv-parse/sync';

/**
 * Reads a CSV file's text with a CSV library (csv-parse), not with code written beside the writer
 * (src/lib/dataset/to-csv.ts), so that a mistake shared by both cannot pass: the byte order mark
 * dropped, as spreadsheets do; records as arrays of fields, header included.
 */
export function readCsv(text: string): string[][] {
  return parse(text, { bom: true });
}
