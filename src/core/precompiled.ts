// Validators compiled ahead of time (ajv standalone code written by `npm run build:meta` into
// ./validators.generated.ts and, for the catalog and the configuration, ./validators-meta.generated.ts),
// so neither start-up nor the first lint compiles a JSON Schema.
// Each generated validator carries the fingerprint of the schema it was built from; a schema
// that no longer matches (someone changed a rule's options or the catalog and has not run
// build:meta yet) is compiled with ajv at run time instead, so results never go stale.
import type { ErrorObject } from 'ajv';
import * as generated from './validators.generated';

export type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export type Formats = Record<string, { type: 'string'; validate: (s: string) => boolean }>;

/** FNV-1a (32 bit) of the schema's JSON, as hex: which schema a generated validator was built from. */
export function schemaFingerprint(schema: unknown): string {
  const s = JSON.stringify(schema);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

type Group = 'frontMatter' | 'meta';
type Factory = (formats: Formats) => Record<string, Validate>;
type Entry = { fingerprint: string; group: Group; parts: string[]; valid?: string };
const made: Partial<Record<Group, Record<string, Validate>>> = {};

function factory(g: Group): Factory | undefined {
  if (g === 'frontMatter') return generated.createFrontMatterValidators as Factory;
  // The catalog's and the configuration's: needed only when a configuration file is read or the
  // built-in catalog changed since build:meta validated it, so loaded on first use (the extension
  // ships them as a file of its own, dist/chunks/meta-validators.js; see esbuild.mjs).
  if (g === 'meta') return (require('./validators-meta.generated') as { createMetaValidators?: Factory }).createMetaValidators;
  return undefined;
}

function group(g: Group, formats: Formats): Record<string, Validate> | undefined {
  let v = made[g];
  if (!v) {
    v = factory(g)?.(formats);
    made[g] = v;
  }
  return v;
}

const entryOf = (name: string) => (generated.validators as Record<string, Entry | undefined>)[name];

/**
 * Whether build:meta validated exactly `data` against exactly `schema` (known to it as `name`) and
 * found it valid: true for the built-in catalog as built, which then needs no validation (nor its
 * validator) at run time.
 */
export function validatedAhead(name: string, schema: object, data: unknown): boolean {
  const entry = entryOf(name);
  return !!entry?.valid && entry.fingerprint === schemaFingerprint(schema) && entry.valid === schemaFingerprint(data);
}

/**
 * The validator of `schema` known to build:meta as `name` (`catalog`, `config`, `engagement`,
 * `deliverable:<type id>`), or undefined when the generated one was built from another schema.
 */
function pregenerated(name: string, schema: object, formats: Formats): Validate | undefined {
  const entry = entryOf(name);
  if (!entry || entry.fingerprint !== schemaFingerprint(schema)) return undefined;
  const fns = group(entry.group, formats);
  if (!fns) return undefined;
  const parts = entry.parts.map((p) => fns[p]);
  if (parts.some((p) => typeof p !== 'function')) return undefined;
  if (parts.length === 1) return parts[0];
  // A deliverable type's schema is validated as the shared common part plus its own keys:
  // together they report exactly the errors of the whole schema (build:meta checks the split).
  const whole: Validate = (data: unknown) => {
    let ok = true;
    let errors: ErrorObject[] | null = null;
    for (const p of parts) {
      if (!p(data)) {
        ok = false;
        errors = [...(errors ?? []), ...(p.errors ?? [])];
      }
    }
    whole.errors = errors;
    return ok;
  };
  return whole;
}

/** A validator for `schema`: generated ahead of time when it matches, else compiled now with ajv (same options). */
export function validatorFor(name: string, schema: object, formats: Formats = {}): Validate {
  const pre = pregenerated(name, schema, formats);
  if (pre) return pre;
  const Ajv = loadAjv();
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const [f, def] of Object.entries(formats)) ajv.addFormat(f, def);
  return ajv.compile(schema) as Validate;
}

type AjvClass = new (options: object) => { addFormat(name: string, def: object): unknown; compile(schema: object): unknown };

/**
 * ajv itself is not bundled (the generated validators need only its small run-time helpers); a
 * schema build:meta has not seen is compiled with the ajv installed beside the bundle, which a
 * development checkout always has. Found through the module's own `require`, which bundlers
 * leave alone.
 */
function loadAjv(): AjvClass {
  const req = typeof module !== 'undefined' && typeof module.require === 'function' ? module.require.bind(module) : undefined;
  let mod: { default?: AjvClass } | undefined;
  try {
    mod = req?.('ajv') as { default?: AjvClass } | undefined;
  } catch {
    mod = undefined;
  }
  const Ajv = mod?.default ?? (mod as unknown as AjvClass | undefined);
  if (typeof Ajv !== 'function') throw new Error('the schema validators are out of date (run `npm run build:meta`)');
  return Ajv;
}
