/*
 * The 404 page is one static page for every language. On an address under another language's path
 * (/en/…), that language's block comes first and becomes the page's language, with its heading as
 * the page's h1: the reader asked for an English page.
 */
import { localeInfo, localeOfPathPrefix } from '../i18n/locales.ts';

const main = document.querySelector<HTMLElement>('main[data-base]');
if (main !== null) {
  // The source language's block comes first already; a path prefix names another's (a known locale the publication lacks has no block).
  const locale = localeOfPathPrefix(window.location.pathname, main.dataset['base'] ?? '/');
  const block = locale === undefined ? null : main.querySelector<HTMLElement>(`.not-found[data-locale="${locale}"]`);
  const first = main.querySelector<HTMLElement>('.not-found');
  if (block !== null && first !== null && block !== first) {
    // Swap the heading levels, so that the block now first holds the page's one h1.
    const firstHeading = first.querySelector('h1');
    const blockHeading = block.querySelector('h2');
    if (firstHeading !== null && blockHeading !== null) {
      const h2 = document.createElement('h2');
      h2.id = firstHeading.id;
      h2.textContent = firstHeading.textContent;
      const h1 = document.createElement('h1');
      h1.id = blockHeading.id;
      h1.textContent = blockHeading.textContent;
      firstHeading.replaceWith(h2);
      blockHeading.replaceWith(h1);
    }
    main.prepend(block);
    if (locale !== undefined) document.documentElement.lang = localeInfo[locale].tag;
    document.title = `${block.querySelector('h1')?.textContent ?? ''} | ${document.title.split(' | ').slice(1).join(' | ')}`;
  }
}
