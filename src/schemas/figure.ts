import { z } from 'astro/zod';
import { idRuleProblem } from './id-rules.ts';
import { localeConventions } from '../i18n/conventions.ts';
import type { Locale } from '../i18n/locales.ts';
import { localizedText, perLocaleKeysError, perLocaleShape } from './localized.ts';
import { withFriendlyErrors } from './with-friendly-errors.ts';

export const unitKeywords = ['items', 'yuan', 'percent', 'percentage-points'] as const;
export const qualifiers = ['none', 'over', 'about', 'nearly', 'at-least'] as const;

const unitHelp =
  `expected one of ${unitKeywords.join(', ')}, ` +
  'or a counted thing with a word per locale: a measure word or a noun (zh: 个), or a noun in its numbers (en: { one: village, other: villages })';

/** A noun in a language's grammatical numbers, chosen with Intl.PluralRules: "1 base", "2 bases". */
const nounForms = z.object({ one: z.string().trim().min(1), other: z.string().trim().min(1) }).strict();

/**
 * A counted thing's word in one locale: one word for every number (a measure word: 个, 家), or a noun
 * in its numbers. A language that counts with measure words (its conventions say so) takes a
 * measure word, a few characters, not a noun phrase.
 */
function countedWord(locale: Locale) {
  const word = z.string().trim().min(1);
  return z.union([
    localeConventions[locale].countsWithMeasureWords
      ? word.max(4, `the ${locale} part of a counted unit is a measure word such as 个, 家 or 人次`)
      : word,
    nounForms,
  ]);
}

/** A counted thing: the word that follows the number, in every locale of the publication. */
const countedUnit = z.strictObject(perLocaleShape(countedWord), { error: perLocaleKeysError });

/** The counted things as a message names them: a plural noun where a locale gives one ("households"), else the first word. */
function countedNoun(unit: z.infer<typeof countedUnit>): string {
  const words = Object.values(unit);
  const noun = words.find((word) => typeof word === 'object');
  return noun?.other ?? words.find((word) => typeof word === 'string') ?? 'they';
}

export const unit = z.union([z.enum(unitKeywords), countedUnit], { error: `unknown unit: ${unitHelp}` });

export const qualifier = z.enum(qualifiers, { error: `unknown qualifier: expected one of ${qualifiers.join(', ')}` });

const year = z.number().int().min(1900).max(2100);

/**
 * The three kinds of figure: a result of a calendar year (2020), a total or stock at the end of one
 * ({ endOf: 2020 }, the source's 累计), or a definition with no period at all (none): a threshold
 * such as 年业务量超千万件 describes a class of projects, it is not something observed in a year.
 */
export const period = z.union([year, z.object({ endOf: year }).strict(), z.literal('none')], {
  error:
    'expected a year (2020), { endOf: 2020 } for a total at the end of that year, or none for a threshold that defines a class (年业务量超千万件)',
});

export type PeriodKind = 'year' | 'end-of-year' | 'definition';

const dottedKebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/;

/** A figure id: `<section>.<name>`, ASCII, at most maxIdLength characters (id-rules.ts). */
export const figureId = z.string().check((payload) => {
  const id = payload.value;
  const rule = idRuleProblem(id);
  const message =
    rule !== undefined
      ? `${JSON.stringify(id)}: ${rule}`
      : dottedKebabCase.test(id)
        ? undefined
        : 'expected a dotted kebab-case id such as infrastructure.parcel-lockers';
  if (message !== undefined) payload.issues.push({ code: 'custom', message, input: id });
});

/** How many decimals a number is written with: 0.125 → 3. */
function decimalsOf(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  // 1e-7 and smaller print in exponent form: count them as more decimals than anyone declares.
  return /e-/.test(String(value)) ? Infinity : fraction.length;
}

export const figureSchema = withFriendlyErrors(
  z
    .object({
      id: figureId,
      /** The section slug; the loader fills it in from the figure file's name. */
      section: z.string().min(1),
      value: z
        // zod 4 numbers are finite already: Infinity and NaN fail the type check.
        .number({ error: 'expected a plain number in base units (62000, not "6.2万")' })
        .nonnegative(),
      /**
       * The number as the source writes it, qualifier and measure word included (超百亿元, 11.4万个,
       * 近4000人): the Chinese text the site shows must be this, so that a value in the wrong scale
       * (100 for 超百亿元) or a lost qualifier stops the build instead of publishing a wrong number.
       * Compared in src/lib/content/validate-figure.ts, where the number formatting lives.
       */
      asWritten: z
        .string({
          error: 'expected the number as the source writes it, with its qualifier and measure word (超百亿元, 11.4万个, 近4000人)',
        })
        .trim()
        .min(1, 'expected the number as the source writes it, with its qualifier and measure word (超百亿元, 11.4万个, 近4000人)'),
      /** Decimals the source gives the value with (0 unless declared): a guard against a misplaced point. */
      decimals: z.number().int().min(1).max(6).optional(),
      /** A percent that may pass 100, such as a growth rate; any other share above 100% is a mistake. */
      mayExceed100: z.literal(true, { error: 'mayExceed100 is either true or left out' }).optional(),
      unit,
      qualifier: qualifier.default('none'),
      period,
      /**
       * The source writes this small count in Chinese numerals (两个机房, 四所): Chinese prose does
       * too. Only counts from one to ten without a qualifier are written out; tables keep digits.
       */
      zhNumerals: z.literal(true).optional(),
      /**
       * The source writes this "over" amount with 超 alone (超4400亿元), where Chinese prose more often
       * writes 超过 (超过300亿件): the site follows the source.
       */
      zhShortOver: z.literal(true, { error: 'zhShortOver is either true or left out' }).optional(),
      label: localizedText,
      /** An id of content/sources.yaml; the loader fills in the file's default. */
      source: z.string().min(1),
    })
    .strict()
    .superRefine((figure, context) => {
      const { value, unit, decimals = 0 } = figure;
      const counted = typeof unit === 'object' || unit === 'items';
      const places = decimalsOf(value);
      if (counted && places > 0) {
        const noun = typeof unit === 'object' ? countedNoun(unit) : 'items';
        context.addIssue({
          code: 'custom',
          path: ['value'],
          message: `${value} is not a whole number, but ${noun} are counted: expected a whole number in base units (62000, not 6.2)`,
        });
      } else if (counted && figure.decimals !== undefined) {
        context.addIssue({ code: 'custom', path: ['decimals'], message: 'a count has no decimals: remove "decimals"' });
      } else if (places > decimals) {
        const declared = figure.decimals === undefined ? 'declares none' : `declares ${decimals}`;
        context.addIssue({
          code: 'custom',
          path: ['value'],
          message: `${value} has more decimals than the figure ${declared}: check the value against the source, and give "decimals" the number of decimals the source writes`,
        });
      }
      if (unit === 'percent' && value > 100 && figure.mayExceed100 !== true) {
        context.addIssue({
          code: 'custom',
          path: ['value'],
          message: `${value}% is more than 100%: a share cannot be; for a rate that can (a growth rate), add "mayExceed100: true"`,
        });
      }
      if (figure.zhShortOver !== undefined && figure.qualifier !== 'over') {
        context.addIssue({
          code: 'custom',
          path: ['zhShortOver'],
          message: `zhShortOver writes "over" as 超, but the qualifier is ${figure.qualifier}: remove "zhShortOver", or make the qualifier over`,
        });
      }
      if (unit !== 'percent' && figure.mayExceed100 !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['mayExceed100'],
          message: 'only a percent can be declared to exceed 100: remove "mayExceed100"',
        });
      }
    }),
);

export type Figure = z.infer<typeof figureSchema>;
export type Unit = Figure['unit'];
export type Qualifier = Figure['qualifier'];
export type Period = Figure['period'];
