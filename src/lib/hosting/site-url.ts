/*
 * SITE_URL: the absolute address of the site, which canonical and hreflang links, Open Graph,
 * JSON-LD, the sitemap and robots.txt are built from. A wrong value would publish wrong links in
 * every page, so it is checked; an unset one builds with a placeholder, which is fine for a
 * preview but must not reach production unnoticed.
 */
import { defaultSiteUrl } from '../seo/site-url.ts';

export interface SiteUrl {
  site: string;
  /** Set when the placeholder is used: the build prints it once. */
  warning?: string;
}

const example = `such as ${defaultSiteUrl}`;

/**
 * The value as a message may show it: build logs are often public (a host's deploy log), so a
 * user name, password or token in the address (https://user:secret@host, ?token=…) is masked.
 */
export function shownSiteUrl(value: string): string {
  return (
    value
      // Everything up to the last @: a password may itself hold / ? # or @.
      .replace(/^([a-z][a-z0-9+.-]*:\/\/)?.*@/is, '$1***@')
      .replace(/[?#].*$/s, (rest) => `${rest[0] ?? ''}***`)
  );
}

export function siteUrlFrom(value: string | undefined): SiteUrl {
  // An empty value (SITE_URL= in a CI form) means "not set".
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') {
    return {
      site: defaultSiteUrl,
      warning: `SITE_URL is not set: canonical links, hreflang, Open Graph, JSON-LD, the sitemap and robots.txt point to the placeholder ${defaultSiteUrl}. Set SITE_URL to the site's address for production (README.md, "Configuration").`,
    };
  }
  let url: URL | undefined;
  try {
    url = new URL(trimmed);
  } catch {
    url = undefined;
  }
  const shown = shownSiteUrl(trimmed);
  if (url === undefined || !/^https?:$/.test(url.protocol) || url.hostname === '') {
    throw new Error(`SITE_URL "${shown}" is not valid: expected the absolute address of the site, with http:// or https://, ${example}.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new Error(
      `SITE_URL "${shown}" is not valid: it holds a user name or password, which every page would publish. Expected the public address alone, ${example}.`,
    );
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new Error(
      `SITE_URL "${shown}" is not valid: expected the address of the host alone, ${example}; a sub-path such as /report/ goes in BASE_PATH.`,
    );
  }
  return { site: url.origin };
}
