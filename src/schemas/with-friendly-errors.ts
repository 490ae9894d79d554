import type { z } from 'astro/zod';
import { friendlyErrorMap } from '../errors/schema-errors.ts';

/** A zod schema or check, as far as this helper reads it: its definition. */
interface Node {
  _zod: { def: Record<string, unknown> & { error?: unknown } };
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && '_zod' in value && typeof (value as Node)._zod.def === 'object';

/**
 * Gives every part of a schema (each field, each check such as .min()) the friendly error map as
 * its message, unless that part spells out a message of its own.
 *
 * Why in the schema: Astro parses content collections with its own error map, and zod 4 puts only
 * a schema's own message before the map a parser passes. An `error` given to `z.object()` covers
 * the object's own issues (an unknown field), not its fields', and `z.config()` would change the
 * messages of every schema in the process, Astro's included. Changes the schema in place (ours
 * are module constants, built once) and returns it.
 */
export function withFriendlyErrors<T extends z.ZodType>(schema: T): T {
  const seen = new Set<Node>();
  const visit = (node: Node) => {
    if (seen.has(node)) return;
    seen.add(node);
    const { def } = node._zod;
    def.error ??= friendlyErrorMap;
    // Children sit in different fields by kind (shape, element, options, innerType, in/out, checks).
    for (const value of Object.values(def)) {
      if (isNode(value)) visit(value);
      else if (Array.isArray(value)) value.filter(isNode).forEach(visit);
      else if (typeof value === 'object' && value !== null && !isNode(value)) Object.values(value).filter(isNode).forEach(visit);
    }
  };
  visit(schema as unknown as Node);
  return schema;
}
