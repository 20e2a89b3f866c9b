import { parseDocument } from './document';
import { validatorFor } from './precompiled';
import type { RuleMeta } from './rule';
import type { Range, Severity, SeveritySetting } from './types';

export type RuleSetting = SeveritySetting | { severity?: SeveritySetting; options?: Record<string, unknown> };

/** `.se-deliverables.yaml` */
export interface Config {
  rules?: Record<string, RuleSetting>;
  types?: Record<string, { rules?: Record<string, RuleSetting> }>;
  /** Extra words for the rules' word lists, and `allowed` words never flagged. Plain words, never patterns. */
  words?: Record<string, string[]>;
  /** Globs of files not to lint, relative to the config file. */
  ignore?: string[];
  /** Documents longer than this many characters are checked only up to it. */
  maxFileSize?: number;
}

export interface ConfigProblem {
  message: string;
  /** The offending key as a dotted path, e.g. `rules.owner-missing.severity`. */
  key: string;
  range: Range;
}

export interface ResolvedRule {
  severity: SeveritySetting;
  /** Whether the user set the severity (then a rule's escalation does not override it). */
  explicit: boolean;
  options: Record<string, unknown>;
}

export const DEFAULT_MAX_FILE_SIZE = 2_000_000;

const SEVERITIES = ['off', 'info', 'warning', 'error'];

/** The JSON Schema of `.se-deliverables.yaml`, derived from the rules' metadata (written to schemas/config.schema.json). */
export function configSchema(metas: readonly RuleMeta[], typeIds: readonly string[]): Record<string, unknown> {
  const ruleProps: Record<string, unknown> = {};
  for (const m of metas) {
    const options = m.options
      ? { type: 'object', additionalProperties: false, properties: m.options.schema }
      : { type: 'object', additionalProperties: false, properties: {} };
    ruleProps[m.id] = {
      description: `${m.title} (default: ${m.severity})`,
      oneOf: [
        { enum: SEVERITIES },
        { type: 'object', additionalProperties: false, properties: { severity: { enum: SEVERITIES }, options } },
      ],
    };
  }
  const rules = { type: 'object', additionalProperties: false, properties: ruleProps };
  const lists = [...new Set(metas.flatMap((m) => m.wordLists ?? []))].sort();
  const words: Record<string, unknown> = { allowed: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Words never flagged by any word list.' } };
  for (const l of lists) words[l] = { type: 'array', items: { type: 'string', minLength: 1 }, description: `Words added to the ${l} list.` };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'config.schema.json',
    title: 'SE Deliverables configuration (.se-deliverables.yaml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      rules,
      types: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(typeIds.map((t) => [t, { type: 'object', additionalProperties: false, properties: { rules } }])),
      },
      words: { type: 'object', additionalProperties: false, properties: words },
      ignore: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Globs of files not to check, relative to this file.' },
      maxFileSize: { type: 'integer', minimum: 1000, description: 'Characters checked per document before the rest is skipped.' },
    },
  };
}

/** Parses and validates a config file. Never throws: every problem names its key. */
export function parseConfig(text: string, metas: readonly RuleMeta[], typeIds: readonly string[]): { config: Config; problems: ConfigProblem[] } {
  // Reuse the front-matter reader: it keeps YAML source positions for error ranges.
  const wrapped = `---\n${text.replace(/^\uFEFF/, '')}\n---\n`;
  const doc = parseDocument(wrapped);
  const fm = doc.frontMatter!;
  const shift = (r: Range): Range => ({ start: { line: Math.max(0, r.start.line - 1), character: r.start.character }, end: { line: Math.max(0, r.end.line - 1), character: r.end.character } });
  const problems: ConfigProblem[] = fm.problems.map((p) => ({ message: p.message.replace('Front matter', 'The configuration'), key: '', range: shift(p.range) }));
  if (problems.length) return { config: {}, problems };
  const data = fm.data;
  // Compiled ahead of time by build:meta for the built-in rules (./precompiled).
  const validate = validatorFor('config', configSchema(metas, typeIds));
  if (!validate(data)) {
    const seen = new Set<string>();
    for (const e of validate.errors ?? []) {
      const path = e.instancePath.split('/').slice(1).map(unescapePointer);
      if (e.keyword === 'additionalProperties') path.push(String((e.params as { additionalProperty: string }).additionalProperty));
      // oneOf reports each branch; the key and a plain message are what the user needs.
      const key = path.join('.');
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({ message: describe(e.keyword, key, e.message ?? 'is invalid', e.params as Record<string, unknown>), key, range: shift(fm.rangeOf(path)) });
    }
    return { config: {}, problems };
  }
  return { config: data as Config, problems };
}

function unescapePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

function describe(keyword: string, key: string, message: string, params: Record<string, unknown>): string {
  if (keyword === 'additionalProperties') {
    const parent = key.split('.').slice(0, -1).join('.');
    const name = String(params.additionalProperty);
    if (parent === 'rules' || parent.endsWith('.rules')) return `Unknown rule "${name}" in the configuration (key ${key})`;
    if (parent === 'types') return `Unknown deliverable type "${name}" in the configuration (key ${key})`;
    return `Unknown key "${key}" in the configuration`;
  }
  if (keyword === 'oneOf' || keyword === 'enum') return `Invalid value at "${key}": use off, info, warning, error or { severity, options }`;
  return `Invalid value at "${key}": ${message}`;
}

/** Severity and options of one rule for one deliverable type: defaults < config rules < config types.<type>.rules. */
export function resolveRule(meta: RuleMeta, config: Config, typeId: string | undefined): ResolvedRule {
  let severity: SeveritySetting = meta.severity;
  let explicit = false;
  let options: Record<string, unknown> = { ...(meta.options?.defaults ?? {}) };
  const layers = [config.rules?.[meta.id], typeId ? config.types?.[typeId]?.rules?.[meta.id] : undefined];
  for (const s of layers) {
    if (s === undefined) continue;
    if (typeof s === 'string') {
      severity = s;
      explicit = true;
    } else {
      if (s.severity) {
        severity = s.severity;
        explicit = true;
      }
      if (s.options) options = { ...options, ...s.options };
    }
  }
  return { severity, explicit, options };
}

export function maxSeverity(a: Severity, b: Severity): Severity {
  const rank = { info: 0, warning: 1, error: 2 };
  return rank[a] >= rank[b] ? a : b;
}
