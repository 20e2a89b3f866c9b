import assert from 'node:assert/strict';
import Ajv from 'ajv';
import catalogSchema from '../../schemas/catalog.schema.json';
import engagementSchema from '../../schemas/engagement.schema.json';
import { entries } from '../../src/catalog/index.generated';
import { catalog } from '../../src/core/catalog';
import { configSchema } from '../../src/core/config';
import { schemaFingerprint, validatorFor, type Validate } from '../../src/core/precompiled';
import { rules } from '../../src/core/rules/index.generated';
import { frontMatterSchema, isIsoDate } from '../../src/core/schemas';
import { validators as generated } from '../../src/core/validators.generated';

// The validators build:meta compiles ahead of time must report exactly what ajv compiling the
// run-time schema reports, for any data. Checked on random data shaped like the real thing.

const DATE = { date: { type: 'string' as const, validate: isIsoDate } };
const typeIds = catalog().types.map((t) => t.id);

function runtime(schema: object, formats: boolean): Validate {
  const ajv = new Ajv({ allErrors: true, strict: false });
  if (formats) ajv.addFormat('date', DATE.date);
  return ajv.compile(schema) as Validate;
}

function errorsOf(v: Validate, data: unknown): string[] {
  v(data);
  return (v.errors ?? []).map((e) => JSON.stringify([e.instancePath, e.keyword, e.params, e.message])).sort();
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values of every JSON type, plus strings that matter to these schemas. */
function value(r: () => number, depth: number, keys: readonly string[]): unknown {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  switch (Math.floor(r() * 10)) {
    case 0: return pick(['', 'x', '2026-11-23', '2026-02-30', '2026-13-01', 'draft', 'final', 'public', 'risk-register', 'Bad Id', 'a-b', 'off', 'error', 'warning', 'info', 'loud', 'SOC2', 'a@b.co', '{{Owner}}', 'sev1']);
    case 1: return pick([0, 1, -1, 2.5, 999, 1000, 1e6]);
    case 2: return pick([true, false, null]);
    case 3: case 4: return depth > 0 ? Array.from({ length: Math.floor(r() * 3) }, () => value(r, depth - 1, keys)) : [];
    case 5: case 6: case 7: {
      if (depth <= 0) return {};
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(r() * 5); i > 0; i--) o[pick(keys)] = value(r, depth - 1, keys);
      return o;
    }
    default: return typeIds[Math.floor(r() * typeIds.length)];
  }
}

/** Starts from valid-looking data and breaks parts of it. */
function mutate(r: () => number, base: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (let i = Math.floor(r() * 4); i > 0; i--) {
    const k = keys[Math.floor(r() * keys.length)];
    if (r() < 0.3) delete out[k];
    else out[k] = value(r, 3, keys);
  }
  return out;
}

function keysOf(schema: unknown, out = new Set<string>()): string[] {
  if (Array.isArray(schema)) for (const s of schema) keysOf(s, out);
  else if (schema && typeof schema === 'object') {
    for (const [k, v] of Object.entries(schema)) {
      if (k === 'properties' && v && typeof v === 'object') for (const name of Object.keys(v)) out.add(name);
      keysOf(v, out);
    }
  }
  return [...out];
}

function agree(name: string, schema: object, formats: boolean, samples: unknown[]): void {
  const pre = validatorFor(name, schema, formats ? DATE : {});
  const ref = runtime(schema, formats);
  for (const data of samples) assert.deepEqual(errorsOf(pre, data), errorsOf(ref, data), `${name}: ${JSON.stringify(data)}`);
}

describe('precompiled validators', () => {
  it('are up to date with the schemas the core builds (else run npm run build:meta)', () => {
    const table = generated as Record<string, { fingerprint: string }>;
    assert.equal(table.catalog?.fingerprint, schemaFingerprint(catalogSchema));
    assert.equal(table.engagement?.fingerprint, schemaFingerprint(engagementSchema));
    assert.equal(table.config?.fingerprint, schemaFingerprint(configSchema(rules.map((r) => r.meta), typeIds)));
    for (const t of catalog().types) assert.equal(table[`deliverable:${t.id}`]?.fingerprint, schemaFingerprint(frontMatterSchema(t, typeIds)), t.id);
  });

  it('report what ajv reports for every deliverable type and engagement.md', () => {
    const r = rng(1);
    for (const t of catalog().types) {
      const schema = frontMatterSchema(t, typeIds);
      const keys = [...keysOf(schema), 'extra', 'approved_by'];
      const base: Record<string, unknown> = { deliverable: t.id, title: 'T', engagement: 'acme', customer: 'Acme', author: 'A', date: '2026-11-23', status: 'draft', audience: 'internal' };
      agree(`deliverable:${t.id}`, schema, true, Array.from({ length: 150 }, () => mutate(r, base, keys)));
    }
    const keys = keysOf(engagementSchema);
    const base = { engagement: 'acme', customer: 'Acme', stakeholders: [{ name: 'A B', side: 'customer' }], start: '2026-01-05', health_thresholds: { csat: 4 } };
    agree('engagement', engagementSchema, true, Array.from({ length: 400 }, () => mutate(r, base, keys)));
  });

  it('report what ajv reports for the configuration and catalog entries', () => {
    const r = rng(2);
    const schema = configSchema(rules.map((rule) => rule.meta), typeIds);
    const ruleIds = rules.map((rule) => rule.meta.id);
    const keys = [...ruleIds, 'rules', 'types', 'words', 'ignore', 'maxFileSize', 'severity', 'options', 'allowed', ...typeIds.slice(0, 3), 'bogus'];
    const samples: unknown[] = [];
    for (let i = 0; i < 400; i++) {
      const rulesPart: Record<string, unknown> = {};
      for (let k = Math.floor(r() * 4); k > 0; k--) rulesPart[ruleIds[Math.floor(r() * ruleIds.length)]] = r() < 0.5 ? ['off', 'info', 'warning', 'error', 'loud'][Math.floor(r() * 5)] : value(r, 2, keys);
      samples.push(mutate(r, { rules: rulesPart, types: { [typeIds[i % typeIds.length]]: { rules: rulesPart } }, words: { allowed: ['synergy'] }, ignore: ['drafts/**'] }, keys));
    }
    agree('config', schema, false, samples);
    const catalogKeys = keysOf(catalogSchema);
    agree('catalog', catalogSchema, false, entries.flatMap((e) => [e.definition, ...Array.from({ length: 10 }, () => mutate(r, e.definition as Record<string, unknown>, catalogKeys))]));
  });

  it('fall back to compiling a schema build:meta has not seen', () => {
    const schema = { type: 'object', required: ['a'], properties: { a: { type: 'string', format: 'date' } } };
    const v = validatorFor('deliverable:not-a-type', schema, DATE);
    assert.equal(v({ a: '2026-11-23' }), true);
    assert.equal(v({ a: '2026-02-30' }), false);
    assert.deepEqual(errorsOf(v, {}), errorsOf(runtime(schema, true), {}));
  });
});
