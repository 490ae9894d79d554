import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import yaml from 'js-yaml';
import type { Locale } from '../../src/i18n/locales.ts';
import { readFigureFiles } from '../../src/lib/content/read-figure-files.ts';
import type { FigureStyle } from '../../src/lib/format/format-figure.ts';
import { figureSchema, type Figure } from '../../src/schemas/figure.ts';

/** Reads the built site: pages by URL path, parsed. */
export function readPage(siteDir: string, urlPath: string): HTMLElement {
  const file = urlPath.endsWith('/') ? path.join(siteDir, urlPath, 'index.html') : path.join(siteDir, urlPath);
  return parse(fs.readFileSync(file, 'utf8'));
}

export function pageExists(siteDir: string, urlPath: string): boolean {
  return fs.existsSync(path.join(siteDir, urlPath, 'index.html'));
}

/** The parts of content/report.yaml that tests read. */
interface ReportFile {
  keyFigures: string[];
  title: Record<Locale, string>;
  summary: Record<Locale, string>;
  publisher: Record<Locale, string>;
  source: string;
  citationKey: string;
  spatialCoverage: Record<Locale, string>;
  searchExamples: Record<Locale, string>;
}

/** The parts of an entry of content/sources.yaml that tests read. */
interface SourceFile {
  title: Record<Locale, string>;
  publisher: Record<Locale, string>;
  date: Date;
}

/** The report's own content, read independently of the build, to compare the site against. */
export const realContent = {
  figures(): Figure[] {
    return readFigureFiles(path.resolve('content/figures')).map((record) => figureSchema.parse(record.data));
  },
  sectionSlugs(locale: Locale): string[] {
    return fs
      .readdirSync(path.resolve('content/sections', locale))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => name.replace(/\.mdx$/, ''))
      .sort();
  },
  report(): ReportFile {
    const parsed = yaml.load(fs.readFileSync(path.resolve('content/report.yaml'), 'utf8')) as { report: ReportFile };
    return parsed.report;
  },
  /** The release the report is based on: the entry of content/sources.yaml that report.yaml names. */
  release(): SourceFile {
    const sources = yaml.load(fs.readFileSync(path.resolve('content/sources.yaml'), 'utf8')) as Record<string, SourceFile>;
    const source = sources[realContent.report().source];
    if (source === undefined) throw new Error(`content/sources.yaml has no source "${realContent.report().source}"`);
    return source;
  },
  /** A section's front matter, as its MDX file says it. */
  frontMatter(locale: Locale, slug: string): { title: string; description: string; order: number } {
    const text = fs.readFileSync(path.resolve('content/sections', locale, `${slug}.mdx`), 'utf8');
    const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
    if (block === undefined) throw new Error(`content/sections/${locale}/${slug}.mdx has no front matter`);
    return yaml.load(block) as { title: string; description: string; order: number };
  },
};

/**
 * The figures a page shows, in order: [id, value attribute, text, style]. The style is the one the
 * text must be written in: prose (a <Stat>, a chart description) or a table, with or without its unit.
 */
export function shownFigures(root: HTMLElement | null): [string, string, string, FigureStyle][] {
  if (root === null) return [];
  return root.querySelectorAll('data[data-figure]').map((element) => {
    // A <Stat> is a link (a.stat) around its <data>; a figure page quotes prose in a blockquote.
    const prose = element.closest('.stat, .description, blockquote') !== null;
    const style: FigureStyle = {
      context: prose ? 'prose' : 'table',
      form: element.getAttribute('data-form') === 'number' ? 'number' : 'full',
    };
    return [element.getAttribute('data-figure') ?? '', element.getAttribute('value') ?? '', element.text.trim(), style];
  });
}
