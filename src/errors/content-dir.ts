import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the publication's content lives. `content/` by default; tests and benchmarks point
 * REPORT_CONTENT_DIR at fixture or synthetic publications to build them with the real code.
 */
export const contentDir = path.resolve(process.env['REPORT_CONTENT_DIR'] ?? 'content');

/** A path as editors see it in messages: relative to the working directory, with forward slashes. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}

/** A file of the content folder, as editors see it in messages: `contentFile('report.yaml')` → `content/report.yaml`. */
export function contentFile(relative: string): string {
  return displayPath(path.join(contentDir, relative));
}

/** Throws when a required file is missing: without it, the build would run on and fail far later. */
export function requireFile(file: string, holds: string): void {
  if (!fs.existsSync(file)) {
    throw new Error(`${displayPath(file)} is missing: it holds ${holds}. Restore it, or point REPORT_CONTENT_DIR at the content folder.`);
  }
}
