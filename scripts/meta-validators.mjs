// Used by build-meta.mjs: the schema validators compiled ahead of time with ajv's standalone
// code generation, written to src/core/validators.generated.ts (read by src/core/precompiled.ts).
//
// Two groups, each a factory so nothing runs until first use:
//   frontMatter  engagement.md and every deliverable type (with the `date` format the core supplies)
//   meta         the catalog entry schema and the configuration schema
// The code is compiled from schemas equivalent to the ones the core builds at run time, trimmed
// for size without changing a single error: annotations (description, title, default, examples)
// are dropped; the configuration's per-type copies of the rule settings and the identical
// settings of rules without options become shared $refs; and a deliverable type is validated as
// the common part plus its own keys when its own keys do not redefine a common one. Each entry
// records the fingerprint of the full run-time schema, so a stale entry is never used.
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

export function validatorsModule({ root, cat, rules, configSchema, frontMatterSchema, commonFrontMatter, COMMON_REQUIRED, schemaFingerprint }) {
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
      ajv.addSchema({ ...schema, $id: key }, key);
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

  // The catalog entry schema and the configuration schema.
  const meta = {};
  const catalogSchema = JSON.parse(readFileSync(join(root, 'schemas', 'catalog.schema.json'), 'utf8'));
  meta.catalog = stripAnnotations(catalogSchema);
  entries.catalog = { fingerprint: schemaFingerprint(catalogSchema), group: 'meta', parts: ['catalog'] };
  const config = configSchema(rules.map((r) => r.meta), typeIds);
  const cfg = stripAnnotations(config);
  const definitions = {};
  const settingRef = new Map();
  const ruleProps = {};
  for (const [id, setting] of Object.entries(cfg.properties.rules.properties)) {
    const s = JSON.stringify(setting);
    if (!settingRef.has(s)) {
      const name = `setting${settingRef.size}`;
      settingRef.set(s, name);
      definitions[name] = setting;
    }
    ruleProps[id] = { $ref: `#/definitions/${settingRef.get(s)}` };
  }
  definitions.rules = { ...cfg.properties.rules, properties: ruleProps };
  const rulesRef = { $ref: '#/definitions/rules' };
  const typesProps = {};
  for (const [t, s] of Object.entries(cfg.properties.types.properties)) {
    if (!same(s.properties.rules, cfg.properties.rules)) throw new Error(`config schema: types.${t}.rules differs from rules`);
    typesProps[t] = { ...s, properties: { ...s.properties, rules: rulesRef } };
  }
  meta.config = { ...cfg, definitions, properties: { ...cfg.properties, rules: rulesRef, types: { ...cfg.properties.types, properties: typesProps } } };
  entries.config = { fingerprint: schemaFingerprint(config), group: 'meta', parts: ['config'] };

  const banner = '// Generated by `npm run build:meta` (scripts/meta-validators.mjs) from the schemas; do not edit.\n// @ts-nocheck\n/* eslint-disable */\n';
  return `${banner}
export const validators = ${JSON.stringify(entries, null, 2)};

export function createFrontMatterValidators(formats) {
  const exports = {};
  ${compile('frontMatter', fm)}
  return exports;
}

export function createMetaValidators(formats) {
  const exports = {};
  ${compile('meta', meta)}
  return exports;
}
`;
}
