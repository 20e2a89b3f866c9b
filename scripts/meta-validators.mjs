// Used by build-meta.mjs: the schema validators compiled ahead of time with ajv's standalone
// code generation, written to src/core/validators.generated.ts and
// src/core/validators-meta.generated.ts (read by src/core/precompiled.ts).
//
// Two groups, each a factory so nothing runs until first use:
//   frontMatter  engagement.md and every deliverable type (with the `date` format the core supplies)
//   meta         the catalog entry schema and the configuration schema, in the second file: loaded
//                only when a configuration file is read or the built-in catalog changed since
//                build:meta validated it (the fingerprint of what it validated is in the first)
// The code is compiled from schemas equivalent to the ones the core builds at run time, trimmed
// for size without changing a single error: annotations (description, title, default, examples)
// are dropped; every subschema that occurs more than once (the configuration's per-type copies of
// the rule settings, its word lists, the identical settings of rules without options…) becomes a
// shared $ref; and a deliverable type is validated as the common part plus its own keys when its
// own keys do not redefine a common one. Each entry records the fingerprint of the full run-time
// schema, so a stale entry is never used.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ANNOTATIONS = new Set(['description', 'title', 'default', 'examples', '$comment', '$schema']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);
const SCHEMA_ARRAYS = new Set(['allOf', 'anyOf', 'oneOf', 'items']);
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'additionalItems', 'propertyNames', 'not', 'if', 'then', 'else', 'contains']);

/** A copy of a JSON Schema without annotation keywords (property names called "title" stay). */
export function stripAnnotations(schema) {
  if (Array.isArray(schema) || !schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (ANNOTATIONS.has(k)) continue;
    if (SCHEMA_MAPS.has(k) && v && typeof v === 'object' && !Array.isArray(v)) out[k] = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, stripAnnotations(s)]));
    else if (SCHEMA_ARRAYS.has(k) && Array.isArray(v)) out[k] = v.map(stripAnnotations);
    else if (SCHEMA_VALUES.has(k)) out[k] = stripAnnotations(v);
    else out[k] = v;
  }
  return out;
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Calls `visit(subschema, replace)` for every subschema below `schema` (not `schema` itself). */
function eachSubschema(schema, visit) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return;
  for (const [k, v] of Object.entries(schema)) {
    if (SCHEMA_MAPS.has(k) && v && typeof v === 'object' && !Array.isArray(v)) {
      for (const n of Object.keys(v)) {
        visit(v[n], (r) => { v[n] = r; });
        eachSubschema(v[n], visit);
      }
    } else if (SCHEMA_ARRAYS.has(k) && Array.isArray(v)) {
      v.forEach((s, i) => {
        visit(s, (r) => { v[i] = r; });
        eachSubschema(v[i], visit);
      });
    } else if (SCHEMA_VALUES.has(k) && v && typeof v === 'object' && !Array.isArray(v)) {
      visit(v, (r) => { schema[k] = r; });
      eachSubschema(schema[k], visit);
    }
  }
}

/**
 * A copy of `schema` in which every subschema that occurs more than once (the configuration's 20
 * per-type settings, its 28 word lists, the settings of rules without options…) is written once
 * under `definitions` and referred to by `$ref`: ajv then generates its code once instead of at
 * every occurrence (the configuration's validator: 58 KB of code instead of 97 KB with only the
 * rule settings shared). Subschemas shorter than `minLength` characters of JSON stay inline, where
 * their code is smaller than a call. Validation and errors are the same apart from `schemaPath`,
 * which nothing reads (test/core/precompiled.test.ts compares the rest with ajv on random data).
 */
export function shareRepeated(input, minLength = 20) {
  const schema = structuredClone(input);
  const definitions = { ...(schema.definitions ?? {}) };
  schema.definitions = definitions;
  const named = new Map(Object.entries(definitions).map(([n, d]) => [JSON.stringify(d), n]));
  for (let next = 0; ; ) {
    const count = new Map();
    eachSubschema(schema, (s) => {
      if (!s || typeof s !== 'object' || Array.isArray(s) || '$ref' in s) return;
      const j = JSON.stringify(s);
      count.set(j, (count.get(j) ?? 0) + 1);
    });
    // The largest repeated subschema first, so the ones nested in it are counted once.
    const [best] = [...count].filter(([j, n]) => n > 1 && j.length >= minLength).sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
    if (!best) {
      if (!Object.keys(definitions).length) delete schema.definitions;
      return schema;
    }
    const [json] = best;
    let name = named.get(json);
    if (!name) {
      do name = `shared${next++}`; while (name in definitions);
      named.set(json, name);
      definitions[name] = JSON.parse(json);
    }
    const definition = definitions[name];
    // The definition itself stays; every other occurrence becomes a reference to it.
    eachSubschema(schema, (s, replace) => {
      if (s !== definition && JSON.stringify(s) === json) replace({ $ref: `#/definitions/${name}` });
    });
  }
}

export function validatorsModule({ root, cat, validCatalog, rules, configSchema, frontMatterSchema, commonFrontMatter, COMMON_REQUIRED, schemaFingerprint }) {
  const require = createRequire(join(root, 'package.json'));
  const Ajv = require('ajv').default;
  const standaloneCode = require('ajv/dist/standalone').default;
  const { _ } = require('ajv');
  const typeIds = cat.types.map((t) => t.id);
  const entries = {};
  const compile = (group, schemas) => {
    const ajv = new Ajv({ allErrors: true, strict: false, inlineRefs: false, code: { source: true, formats: _`formats` } });
    if (group === 'frontMatter') ajv.addFormat('date', { type: 'string', validate: () => true });
    const refs = {};
    for (const [key, schema] of Object.entries(schemas)) {
      ajv.addSchema({ ...shareRepeated(schema), $id: key }, key);
      refs[key] = key;
    }
    return standaloneCode(ajv, refs).replace(/^"use strict";/, '');
  };

  // Front matter: engagement.md and the deliverable types.
  const fm = {};
  const engagement = JSON.parse(readFileSync(join(root, 'schemas', 'engagement.schema.json'), 'utf8'));
  fm.engagement = stripAnnotations(engagement);
  entries.engagement = { fingerprint: schemaFingerprint(engagement), group: 'frontMatter', parts: ['engagement'] };
  const common = commonFrontMatter(typeIds);
  fm.common = stripAnnotations({ type: 'object', additionalProperties: true, required: COMMON_REQUIRED, properties: common });
  for (const t of cat.types) {
    const full = frontMatterSchema(t, typeIds);
    const own = {};
    let split = true;
    for (const [k, v] of Object.entries(t.frontMatter.properties)) {
      if (!(k in common)) own[k] = v;
      else if (!same(stripAnnotations(v), stripAnnotations(common[k]))) split = false;
    }
    const ownRequired = [...new Set(t.frontMatter.required ?? [])].filter((r) => !COMMON_REQUIRED.includes(r));
    const key = `type_${t.id.replace(/-/g, '_')}`;
    if (split) {
      const parts = ['common'];
      if (Object.keys(own).length || ownRequired.length) {
        fm[key] = stripAnnotations({ ...(ownRequired.length ? { required: ownRequired } : {}), properties: own });
        parts.push(key);
      }
      entries[`deliverable:${t.id}`] = { fingerprint: schemaFingerprint(full), group: 'frontMatter', parts };
    } else {
      fm[key] = stripAnnotations(full);
      entries[`deliverable:${t.id}`] = { fingerprint: schemaFingerprint(full), group: 'frontMatter', parts: [key] };
    }
  }

  // The catalog entry schema and the configuration schema, in a module of its own: only a
  // configuration file, or a catalog changed since it was last validated here, needs them, so they
  // are loaded on first use (a chunk of its own in the extension). `valid` is the fingerprint of the
  // built-in catalog's definitions, which build:meta has just validated (loading the catalog above
  // validates it unless it is the one recorded here last time).
  const catalogSchema = JSON.parse(readFileSync(join(root, 'schemas', 'catalog.schema.json'), 'utf8'));
  entries.catalog = { fingerprint: schemaFingerprint(catalogSchema), group: 'meta', parts: ['catalog'], valid: schemaFingerprint(validCatalog) };
  const config = configSchema(rules.map((r) => r.meta), typeIds);
  entries.config = { fingerprint: schemaFingerprint(config), group: 'meta', parts: ['config'] };
  const meta = { catalog: stripAnnotations(catalogSchema), config: stripAnnotations(config) };

  const banner = '// Generated by `npm run build:meta` (scripts/meta-validators.mjs) from the schemas; do not edit.\n// @ts-nocheck\n/* eslint-disable */\n';
  return {
    main: `${banner}
export const validators = ${JSON.stringify(entries, null, 2)};

export function createFrontMatterValidators(formats) {
  const exports = {};
  ${compile('frontMatter', fm)}
  return exports;
}
`,
    meta: `${banner}// Loaded on first use by ../precompiled.ts: only a configuration file, or a catalog that changed
// since build:meta validated it, needs these.

export function createMetaValidators(formats) {
  const exports = {};
  ${compile('meta', meta)}
  return exports;
}
`,
  };
}
