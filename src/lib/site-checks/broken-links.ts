import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { filesUnder, servedPath } from '../hosting/site-files.ts';

/** A built page: where it is served, the ids its elements carry and the URLs it refers to. */
interface Page {
  /** Path inside the site, from the site's base: `/en/talent/`, `/404.html`. */
  sitePath: string;
  ids: Set<string>;
  references: string[];
}

interface SiteOptions {
  /** The site's absolute URL (SITE_URL): absolute links to it are internal. */
  site: string;
  /** The base path the site is served under (BASE_PATH). */
  base?: string;
}

/** Every URL an HTML page refers to: links, stylesheets, scripts, images and each `srcset` candidate. */
function htmlReferences(html: string): { ids: Set<string>; references: string[] } {
  const root = parse(html);
  const ids = new Set(root.querySelectorAll('[id]').map((element) => element.id));
  // Old-style anchors (<a name>) are fragment targets too.
  root.querySelectorAll('a[name]').forEach((element) => ids.add(element.getAttribute('name') ?? ''));
  const references = root.querySelectorAll('[href], [src], [srcset]').flatMap((element) => [
    ...['href', 'src'].flatMap((name) => {
      const value = element.getAttribute(name);
      return value === undefined ? [] : [value];
    }),
    ...(element.getAttribute('srcset') ?? '')
      .split(',')
      .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
      .filter((url) => url !== ''),
  ]);
  return { ids, references };
}

/** URLs in a sitemap or any other XML file: `<loc>` and `href` attributes (hreflang alternates). */
function xmlReferences(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>|\shref="([^"]+)"/g)].map((match) =>
    (match[1] ?? match[2] ?? '').replace(/&amp;/g, '&'),
  );
}

/** Every HTML page (by its path inside the site) and every XML file of a built site. */
function readSite(siteDir: string): { pages: Map<string, Page>; xmlFiles: { sitePath: string; references: string[] }[] } {
  const pages = new Map<string, Page>();
  const xmlFiles: { sitePath: string; references: string[] }[] = [];
  for (const file of filesUnder(siteDir)) {
    if (file.endsWith('.html')) {
      // A folder's index.html is served at the folder's URL, with its trailing slash.
      const served = servedPath(file);
      pages.set(served, { sitePath: served, ...htmlReferences(fs.readFileSync(path.join(siteDir, file), 'utf8')) });
    } else if (file.endsWith('.xml')) {
      xmlFiles.push({ sitePath: `/${file}`, references: xmlReferences(fs.readFileSync(path.join(siteDir, file), 'utf8')) });
    }
  }
  return { pages, xmlFiles };
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Internal links that lead nowhere: a URL of this site with no page or file behind it, or a
 * #fragment with no element of that id on the page it names. Links to other hosts, mailto: and
 * the like are not followed (the build runs without a network). Each problem names the page
 * (its path inside the site), the link as written and what is missing.
 */
export function brokenLinks(siteDir: string, { site, base = '/' }: SiteOptions): string[] {
  const { pages, xmlFiles } = readSite(siteDir);
  const siteRoot = new URL(base.endsWith('/') ? base : `${base}/`, site);
  const isFile = (sitePath: string) => {
    const file = path.join(siteDir, sitePath);
    return file.startsWith(siteDir) && fs.existsSync(file) && fs.statSync(file).isFile();
  };
  const problems: string[] = [];

  const check = (from: string, reference: string, checkFragment: boolean) => {
    const pageUrl = new URL(from.slice(1), siteRoot);
    let target: URL;
    try {
      target = new URL(reference, pageUrl);
    } catch {
      problems.push(`${from}: "${reference}" is not a valid URL`);
      return;
    }
    if (!/^https?:$/.test(target.protocol) || target.origin !== siteRoot.origin) return;
    const pathname = decode(target.pathname);
    if (pathname === undefined) {
      problems.push(`${from}: "${reference}" has a malformed %-escape`);
      return;
    }
    if (!pathname.startsWith(siteRoot.pathname)) {
      problems.push(`${from}: "${reference}" is outside the site, which is served under ${siteRoot.pathname}`);
      return;
    }
    const sitePath = `/${pathname.slice(siteRoot.pathname.length)}`;
    const targetPage = pages.get(sitePath);
    if (targetPage === undefined && !isFile(sitePath)) {
      const folder = `${sitePath}/`;
      const hint = !sitePath.endsWith('/') && pages.has(folder) ? ` (the page is ${folder}, with a trailing slash)` : '';
      problems.push(`${from}: "${reference}" leads to ${sitePath}, which is not a page or file of the site${hint}`);
      return;
    }
    const fragment = decode(target.hash.slice(1)) ?? '';
    if (checkFragment && fragment !== '' && targetPage !== undefined && !targetPage.ids.has(fragment)) {
      problems.push(`${from}: "${reference}" points to #${fragment}, but ${sitePath} has no element with id "${fragment}"`);
    }
  };

  for (const page of pages.values()) {
    for (const reference of page.references) check(page.sitePath, reference, true);
  }
  // A sitemap's URLs are absolute; they are resolved from the site root.
  for (const xml of xmlFiles) {
    for (const reference of xml.references) check(xml.sitePath, reference, false);
  }
  return problems;
}
