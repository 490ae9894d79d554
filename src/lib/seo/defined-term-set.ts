/*
 * schema.org structured data of a glossary page: a DefinedTermSet whose DefinedTerms are the
 * report's terms, each named in the page's language with the other language's term as its
 * alternate name, part of the report and linked to its translation.
 */
import { pageNode, translationNodes } from './json-ld.ts';

export interface GlossaryPage {
  url: string;
  name: string;
  description: string;
  inLanguage: string;
  /** The report the glossary belongs to (its home page in the same language). */
  partOf: { url: string; name: string };
  translations: { url: string; inLanguage: string }[];
  terms: {
    /** The term's id, stable across languages. */
    code: string;
    /** The term's anchor on the page. */
    anchor: string;
    name: string;
    /** The term in the other language(s). */
    alternateNames: string[];
    description?: string | undefined;
  }[];
}

export function definedTermSetJsonLd(page: GlossaryPage): Record<string, unknown> {
  return {
    ...pageNode('DefinedTermSet', page),
    isPartOf: { '@type': 'Report', '@id': page.partOf.url, name: page.partOf.name },
    workTranslation: translationNodes('DefinedTermSet', page.translations),
    hasDefinedTerm: page.terms.map((term) => ({
      '@type': 'DefinedTerm',
      '@id': `${page.url}#${term.anchor}`,
      url: `${page.url}#${term.anchor}`,
      termCode: term.code,
      name: term.name,
      alternateName: term.alternateNames,
      ...(term.description === undefined ? {} : { description: term.description }),
      inDefinedTermSet: page.url,
    })),
  };
}
