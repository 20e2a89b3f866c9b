import type { DeliverableType, SectionDef } from './catalog';
import type { MdDocument, Section } from './document';
import type { Engagement, Workspace } from './engagement';
import type { Report, Severity } from './types';

export type Audience = 'internal' | 'customer' | 'public';

export type RuleTag = 'structure' | 'content' | 'ownership' | 'evidence' | 'privacy' | 'cross-document';

export interface RuleMeta {
  /** kebab-case, subject first; equals the file name, the docs page and the test file. */
  id: string;
  /** Imperative. */
  title: string;
  /** Why the quality bar matters, in one or two sentences (shown on hover and in the docs). */
  rationale: string;
  severity: Severity;
  /** Deliverable types it checks ('all' or ids), and audiences that bring any type in. */
  appliesTo: { types: 'all' | readonly string[]; audiences?: readonly Audience[] };
  tags: readonly RuleTag[];
  /** Whether findings can carry a safe fix (applied by --fix and fix-all). */
  fixable: boolean;
  /** Message templates by id; `{name}` is replaced by `data.name`. */
  messages: Record<string, string>;
  /** Options with their JSON Schema (properties) and defaults; generated into config.schema.json. */
  options?: { schema: Record<string, unknown>; defaults: Record<string, unknown> };
  /** Names of word lists the rule reads; users extend them under `words:` in the config. */
  wordLists?: readonly string[];
  /** A short pair shown on hover. */
  example?: { bad: string; good: string };
}

export interface RuleContext<O = Record<string, unknown>> {
  doc: MdDocument;
  /** 'engagement' only for engagement.md, which only front-matter-schema reads. */
  kind: 'deliverable' | 'engagement';
  /** The deliverable type; undefined for engagement.md or an unknown type. */
  type: DeliverableType | undefined;
  path: string;
  /** Parsed front matter, `{}` when there is none. */
  fm: Record<string, unknown>;
  audience: Audience;
  /** Catalog section id → the heading that holds it. */
  sections: Map<string, Section>;
  /** The matched sections carrying a catalog flag, with their definitions. */
  sectionsWhere(flag: 'quantified' | 'owned' | 'dated' | 'criteria'): Array<{ def: SectionDef; section: Section }>;
  options: O;
  engagement: Engagement | undefined;
  workspace: Workspace;
  /** YYYY-MM-DD. */
  today: string;
  /** A built-in word list extended by the config's `words.<name>` and less its `words.allowed`. */
  words(name: string, builtIn: readonly string[]): string[];
  report(r: Report): void;
  /** Formats meta.messages[id] with data. */
  msg(id: string, data?: Record<string, string | number>): string;
}

export interface Rule<O = Record<string, unknown>> {
  meta: RuleMeta;
  check(ctx: RuleContext<O>): void;
}

export function defineRule<O = Record<string, unknown>>(rule: Rule<O>): Rule {
  return rule as unknown as Rule;
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}
