import type { ErrorObject } from 'ajv';
import engagementSchema from '../../schemas/engagement.schema.json';
import { catalog, type DeliverableType } from './catalog';
import { validatorFor, type Validate } from './precompiled';

export { schemaFingerprint } from './precompiled';

/** Front-matter keys every deliverable shares; each type adds its own (catalog `frontMatter`). */
export function commonFrontMatter(typeIds: readonly string[]): Record<string, unknown> {
  return {
    deliverable: { enum: [...typeIds], description: 'Catalog id of the deliverable type.' },
    title: { type: 'string', minLength: 1 },
    engagement: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'Engagement id; inferred from the enclosing engagement folder when absent.' },
    customer: { type: 'string', minLength: 1 },
    author: { type: 'string', minLength: 1 },
    date: { type: 'string', format: 'date' },
    status: { enum: ['draft', 'in-review', 'final'] },
    audience: { enum: ['internal', 'customer', 'public'] },
  };
}

export const COMMON_REQUIRED = ['deliverable', 'title', 'author', 'date', 'status'];

/** The JSON Schema of one type's front matter (written to schemas/deliverables/<id>.schema.json). */
export function frontMatterSchema(type: DeliverableType, typeIds: readonly string[]): Record<string, unknown> {
  const properties = { ...commonFrontMatter(typeIds), ...type.frontMatter.properties };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `deliverables/${type.id}.schema.json`,
    title: `${type.title} front matter`,
    type: 'object',
    additionalProperties: true,
    required: [...new Set([...COMMON_REQUIRED, ...(type.frontMatter.required ?? [])])],
    properties,
  };
}

const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]);
}

export interface SchemaError {
  path: (string | number)[];
  message: string;
  keyword: string;
}

/**
 * Validators, one per schema, taken on first use from those build:meta compiled ahead of time
 * (src/core/precompiled.ts), so no schema is compiled while linting.
 */
export class Validators {
  private readonly cache = new Map<string, Validate>();

  validateDeliverable(type: DeliverableType, data: unknown): SchemaError[] {
    return this.run(`deliverable:${type.id}`, () => frontMatterSchema(type, catalog().types.map((t) => t.id)), data);
  }

  validateEngagement(data: unknown): SchemaError[] {
    return this.run('engagement', () => engagementSchema, data);
  }

  private run(key: string, schema: () => object, data: unknown): SchemaError[] {
    let v = this.cache.get(key);
    if (!v) {
      v = validatorFor(key, schema(), DATE_FORMAT);
      this.cache.set(key, v);
    }
    if (v(data)) return [];
    return (v.errors ?? []).map(toError);
  }
}

const DATE_FORMAT = { date: { type: 'string' as const, validate: isIsoDate } };

function toError(e: ErrorObject): SchemaError {
  const path: (string | number)[] = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const p = e.params as Record<string, unknown>;
  let message: string;
  switch (e.keyword) {
    case 'required':
      message = `Front matter is missing "${String(p.missingProperty)}"`;
      break;
    case 'enum':
      message = `"${path.join('.')}" must be one of ${(p.allowedValues as unknown[]).map((x) => JSON.stringify(x)).join(', ')}`;
      break;
    case 'format':
      message = `"${path.join('.')}" must be a ${String(p.format) === 'date' ? 'date as YYYY-MM-DD' : String(p.format)}`;
      break;
    case 'additionalProperties':
      message = `Unknown key "${String(p.additionalProperty)}"${path.length ? ` in "${path.join('.')}"` : ''}`;
      path.push(String(p.additionalProperty));
      break;
    default:
      message = `"${path.join('.') || 'front matter'}" ${e.message ?? 'is invalid'}`;
  }
  return { path, message, keyword: e.keyword };
}

let shared: Validators | undefined;

/** Validators shared by every lint run (compiling a schema costs more than checking with it). */
export function validators(): Validators {
  if (!shared) shared = new Validators();
  return shared;
}
