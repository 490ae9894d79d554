import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where a printed page has ink: the first and last dark rows and columns, as fractions of the page. */
export interface Ink {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PrintedPage {
  /** The page's text as pdftotext (poppler-utils) extracts it, in the order it was drawn (-raw: a URL broken at its hyphen keeps the hyphen). */
  text: string;
  ink: Ink;
  /** The last dark row above the bottom margin, where the page number is: how far down the text reaches. */
  contentBottom: number;
}

/** The bottom margin of print.css's @page (20 mm of A4's 297), which holds the page number. */
const bottomMargin = 20 / 297;

/** A PGM (P5, 8-bit grey) image as pdftoppm writes it: width, height and one byte per pixel. */
function readPgm(file: string): { width: number; height: number; pixels: Buffer } {
  const data = fs.readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 50).toString('latin1'));
  if (header === null) throw new Error(`${file} is not an 8-bit PGM image`);
  const [, width, height] = header.map(Number) as [number, number, number];
  return { width, height, pixels: data.subarray(header[0].length) };
}

/** Rows and columns with a pixel darker than light grey: text, rules, bars and borders. */
function inkOf(file: string): Ink & { contentBottom: number } {
  const { width, height, pixels } = readPgm(file);
  let [top, bottom, left, right, contentBottom] = [height, -1, width, -1, -1];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if ((pixels[y * width + x] ?? 255) > 200) continue;
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
      left = Math.min(left, x);
      right = Math.max(right, x);
      if (y < height * (1 - bottomMargin)) contentBottom = Math.max(contentBottom, y);
    }
  }
  return {
    top: top / height,
    bottom: (bottom + 1) / height,
    left: left / width,
    right: (right + 1) / width,
    contentBottom: (contentBottom + 1) / height,
  };
}

/**
 * Each page of a PDF: its text, and where its ink is (drawn at 20 dpi, in grey, by pdftoppm), so
 * that a test can look at the printout as a reader does: margins, empty space, page numbers.
 */
export function printedPages(pdf: string): PrintedPage[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-pages-'));
  try {
    execFileSync('pdftoppm', ['-r', '20', '-gray', pdf, path.join(dir, 'page')]);
    const images = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort();
    return images.map((image, index) => {
      const { contentBottom, ...ink } = inkOf(path.join(dir, image));
      const page = String(index + 1);
      return {
        text: execFileSync('pdftotext', ['-raw', '-f', page, '-l', page, '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }),
        ink,
        contentBottom,
      };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
