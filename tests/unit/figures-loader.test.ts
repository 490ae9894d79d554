import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { displayPath } from '../../src/errors/content-dir.ts';
import { figuresLoader } from '../../src/lib/content/figures-loader.ts';
import { figureProblems } from '../../src/lib/content/validate-figure.ts';
import { figureSchema } from '../../src/schemas/figure.ts';

let dir: string;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const fileName = (name: string) => displayPath(path.join(dir, name));

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-loader-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const figure = `  - id: alpha.villages
    value: 62000
    asWritten: 6.2万个
    unit: { zh: 个, en: { one: village, other: villages } }
    period: 2020
    label: { zh: 村, en: Villages }
`;

/** The parts of Astro's loader context the loader uses: a store, the schema parser, no watcher (as in a build). */
function buildContext() {
  const stored = new Map<string, { data: unknown; filePath?: string | undefined }>();
  const context = {
    store: {
      clear: () => stored.clear(),
      set: ({ id, data, filePath }: { id: string; data: unknown; filePath?: string }) => {
        stored.set(id, { data, filePath });
        return true;
      },
    },
    parseData: ({ data }: { data: unknown }) => Promise.resolve(figureSchema.parse(data)),
  };
  return { stored, context: context as unknown as LoaderContext };
}

/** The message the loader stops with, its temporary folder named as the build names it: content/figures. */
async function loadError(context: LoaderContext): Promise<string | undefined> {
  const error = await figuresLoader(dir)
    .load(context)
    .then(
      () => undefined,
      (thrown: unknown) => thrown as Error,
    );
  return error?.message.replaceAll(displayPath(dir), 'content/figures');
}

describe('figuresLoader', () => {
  test('stores every figure of every file, parsed, with its section, source and file', async () => {
    write('alpha.yaml', `source: spb\nfigures:\n${figure}`);
    const { stored, context } = buildContext();
    await figuresLoader(dir).load(context);
    expect([...stored]).toEqual([
      [
        'alpha.villages',
        {
          data: {
            id: 'alpha.villages',
            section: 'alpha',
            value: 62000,
            asWritten: '6.2万个',
            unit: { zh: '个', en: { one: 'village', other: 'villages' } },
            qualifier: 'none',
            period: 2020,
            label: { zh: '村', en: 'Villages' },
            source: 'spb',
          },
          filePath: fileName('alpha.yaml'),
        },
      ],
    ]);
  });

  test('a figure that breaks the schema stops the load with the file, the id and every field', async () => {
    write(
      'alpha.yaml',
      `source: spb\nfigures:\n${figure.replace('62000', '"6.2万"').replace('period: 2020', 'period: 2020\n    qualifier: roughly')}`,
    );
    const { stored, context } = buildContext();
    expect(await loadError(context)).toMatchInlineSnapshot(`
      "content/figures/alpha.yaml: figure "alpha.villages" is not valid:
        - value: expected a plain number in base units (62000, not "6.2万")
        - qualifier: unknown qualifier: expected one of none, over, about, nearly, at-least"
    `);
    expect(stored.size).toBe(0);
  });

  test('every invalid figure of every file is named at once, in file order', async () => {
    write(
      'alpha.yaml',
      `source: spb\nfigures:\n${figure.replace('62000', '"6.2万"')}${figure.replaceAll('alpha.villages', 'alpha.lockers')}`,
    );
    write('beta.yaml', `source: spb\nfigures:\n${figure.replaceAll('alpha.', 'beta.').replace('zh: 村', 'zh: 村，远多于上年')}`);
    const { stored, context } = buildContext();
    expect(await loadError(context)).toMatchInlineSnapshot(`
      "content/figures/alpha.yaml: figure "alpha.villages" is not valid:
        - value: expected a plain number in base units (62000, not "6.2万")
      content/figures/beta.yaml: figure "beta.villages" label.zh compares: "远多于". Say what the source says and no more; if the source itself makes this comparison, put {source-compares} in the sentence."
    `);
    expect(stored.size).toBe(0);
  });

  test('a duplicate id across files stops the load before anything is stored', async () => {
    write('alpha.yaml', `source: spb\nfigures:\n${figure}`);
    write('beta.yaml', `source: spb\nfigures:\n${figure}`);
    const { stored, context } = buildContext();
    await expect(figuresLoader(dir).load(context)).rejects.toThrow(
      `Figure id "alpha.villages" is defined twice: in ${fileName('alpha.yaml')} and in ${fileName('beta.yaml')}. Each figure needs an id of its own.`,
    );
    expect(stored.size).toBe(0);
  });
});

describe('figureProblems', () => {
  test('a valid figure has none', () => {
    expect(
      figureProblems({
        id: 'alpha.villages',
        filePath: 'content/figures/alpha.yaml',
        data: {
          id: 'alpha.villages',
          section: 'alpha',
          value: 1,
          asWritten: '1件',
          unit: 'items',
          period: 2020,
          label: { zh: '村', en: 'Villages' },
          source: 's',
        },
      }),
    ).toBeUndefined();
  });

  test('a value in the wrong scale, or a qualifier lost, names the file, the id and both texts', () => {
    const relief = {
      id: 'alpha.relief',
      section: 'alpha',
      value: 100,
      asWritten: '超百亿元',
      unit: 'yuan',
      qualifier: 'over',
      period: 2020,
      label: { zh: '减免税费', en: 'Tax relief' },
      source: 's',
    };
    const problem = (data: Record<string, unknown>) => figureProblems({ id: 'alpha.relief', filePath: 'content/figures/alpha.yaml', data });
    expect(problem(relief)).toMatchInlineSnapshot(`
      "content/figures/alpha.yaml: figure "alpha.relief" is not valid:
        - asWritten: the source writes "超百亿元", but value, unit and qualifier give "超过100元": check them against the source (value in base units: 超百亿元 is 10000000000)"
    `);
    expect(problem({ ...relief, value: 10_000_000_000 })).toBeUndefined();
    expect(problem({ ...relief, value: 10_000_000_000, qualifier: 'none' })).toContain('value, unit and qualifier give "100亿元"');
    // A count the source writes in words is compared in words.
    expect(
      problem({
        ...relief,
        value: 2,
        unit: { zh: '个', en: { one: 'room', other: 'rooms' } },
        qualifier: 'none',
        zhNumerals: true,
        asWritten: '两个',
      }),
    ).toBeUndefined();
    // Missing, it is asked for, with examples.
    const { asWritten: _, ...withoutText } = relief;
    expect(problem(withoutText)).toContain(
      'asWritten: expected the number as the source writes it, with its qualifier and measure word (超百亿元, 11.4万个, 近4000人)',
    );
  });

  test('a problem of the figure as a whole (an unexpected field) is named as such', () => {
    const data = {
      id: 'alpha.villages',
      section: 'alpha',
      value: 1,
      asWritten: '1件',
      unit: 'items',
      period: 2020,
      label: { zh: '村', en: 'Villages' },
      source: 's',
    };
    expect(figureProblems({ id: 'alpha.villages', filePath: 'content/figures/alpha.yaml', data: { ...data, note: 'x' } }))
      .toMatchInlineSnapshot(`
        "content/figures/alpha.yaml: figure "alpha.villages" is not valid:
          - (top level): unknown field "note": check its spelling, or remove it"
      `);
  });
});
