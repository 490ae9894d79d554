import type { z } from 'astro/zod';
import { friendlyErrorMap } from '../errors/schema-errors.ts';

/** A part of a schema that has its own definition and error: a schema (`z.string()`) or a check (`.min(1)`). */
type SchemaPart = z.core.$ZodType | z.core.$ZodCheck;

const isSchemaPart = (value: unknown): value is SchemaPart =>
  typeof value === 'object' && value !== null && '_zod' in value && typeof (value as SchemaPart)._zod.def === 'object';

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
  const seen = new Set<SchemaPart>();
  const visit = (part: SchemaPart) => {
    if (seen.has(part)) return;
    seen.add(part);
    const { def } = part._zod;
    def.error ??= friendlyErrorMap;
    // Children sit in different fields by kind (shape, element, options, innerType, in/out, checks).
    for (const value of Object.values(def) as unknown[]) {
      if (isSchemaPart(value)) visit(value);
      else if (Array.isArray(value)) value.filter(isSchemaPart).forEach(visit);
      else if (typeof value === 'object' && value !== null) Object.values(value).filter(isSchemaPart).forEach(visit);
    }
  };
  visit(schema);
  return schema;
}
