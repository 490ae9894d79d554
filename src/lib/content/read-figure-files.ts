import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { displayPath } from '../../errors/content-dir.ts';
import { fileNameProblem } from './file-names.ts';
import { yamlSyntaxProblem } from './yaml-syntax.ts';

/** One figure as written in a figures file, before schema validation. */
export interface FigureRecord {
  id: string;
  /** The file it came from, relative to the working directory, for error messages. */
  filePath: string;
  data: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseYamlFile(file: string): unknown {
  const text = fs.readFileSync(file, 'utf8');
  // Located at the line of the mistake, which js-yaml does not do for an unclosed quote.
  const syntax = yamlSyntaxProblem(text, displayPath(file));
  if (syntax !== undefined) throw new Error(syntax);
  try {
    return yaml.load(text, { filename: displayPath(file) });
  } catch (error) {
    throw new Error(`${displayPath(file)}: this is not valid YAML. ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Reads every `<section>.yaml` in the figures folder. A file holds the figures of one section:
 * `{ source: <default source id>, figures: [ { id, value, unit, ... } ] }`. The section comes from
 * the file name and the source defaults to the file's, so editors write neither on every figure.
 * Figure ids must be unique across all files: a `<Stat>` names a figure by id alone.
 */
export function readFigureFiles(dir: string): FigureRecord[] {
  if (!fs.existsSync(dir)) return [];
  const files = fs
    .readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const records: FigureRecord[] = [];
  const fileOfId = new Map<string, string>();

  for (const name of files) {
    const file = path.join(dir, name);
    const shown = displayPath(file);
    const badName = fileNameProblem(shown);
    if (badName !== undefined) throw new Error(badName);
    const section = name.replace(/\.ya?ml$/, '');
    const parsed = parseYamlFile(file);
    if (!isRecord(parsed) || !Array.isArray(parsed['figures'])) {
      throw new Error(`${shown}: expected a list of figures under a top-level "figures:" key.`);
    }
    const fileSource = parsed['source'];

    parsed['figures'].forEach((item: unknown, index) => {
      if (!isRecord(item) || typeof item['id'] !== 'string') {
        throw new Error(`${shown}: figure number ${index + 1} has no "id" (expected a text such as ${section}.parcel-lockers).`);
      }
      const id = item['id'];
      if (item['section'] !== undefined && item['section'] !== section) {
        throw new Error(
          `${shown}: figure "${id}" says section ${JSON.stringify(item['section'])}, but a figure's section is its file's name ("${section}"). Move it to the right file or remove the "section" field.`,
        );
      }
      const earlier = fileOfId.get(id);
      if (earlier !== undefined) {
        throw new Error(`Figure id "${id}" is defined twice: in ${earlier} and in ${shown}. Each figure needs an id of its own.`);
      }
      fileOfId.set(id, shown);
      records.push({ id, filePath: shown, data: { source: fileSource, ...item, section } });
    });
  }
  return records;
}
