import { catalog, type DeliverableType } from './catalog';
import type { Engagement } from './engagement';
import { rules } from './rules/index.generated';
import { yaml } from './yaml';

export interface RenderOptions {
  engagement?: Engagement;
  title?: string;
  author?: string;
  /** YYYY-MM-DD */
  today: string;
  /**
   * The period a per-period deliverable (health report, feedback summary) covers, YYYY-MM or
   * YYYY-Qn: its `period`, and the month in its file name where it has one. Defaults to the
   * month of `today` where the type's `period` defaults to the month.
   */
  period?: string;
}

/** A reporting period: a month (YYYY-MM) or a quarter (YYYY-Q1 … YYYY-Q4). */
export const PERIOD = /^\d{4}-(?:0[1-9]|1[0-2]|Q[1-4])$/;

/** Whether a type is written once per reporting period (health report, feedback summary). */
export function isPerPeriod(type: DeliverableType): boolean {
  return type.cadence === 'per-period';
}

export interface Rendered {
  /** Path relative to the engagement folder. */
  relPath: string;
  /** The file as written by the CLI: placeholders as {{label}}. */
  text: string;
  /** The same file as a VS Code snippet: each placeholder a tab stop whose default is {{label}}. */
  snippet: string;
}

const TAB_STOP = /\\\$|\$\{(\d+)(?::([^{}]*))?\}/g;

/** Template body with placeholders as `{{label}}` (tab stops resolved). */
export function templateText(template: string): string {
  return template.replace(TAB_STOP, (_m, n: string | undefined, label: string | undefined) => (n === undefined ? '$' : `{{${label ?? '…'}}}`));
}

/**
 * Template body as snippet text: tab stops kept, offset by `shift`, their defaults wrapped in {{ }}.
 * Everything else is escaped, including the braces closing a default (an unescaped `}` would end
 * the tab stop early, leaving `}}` outside the placeholder).
 */
function templateSnippet(template: string, shift: number): string {
  let out = '';
  let at = 0;
  for (const m of template.matchAll(TAB_STOP)) {
    out += escapeSnippet(template.slice(at, m.index));
    out += m[1] === undefined ? '\\$' : `\${${Number(m[1]) + shift}:${escapeSnippet(`{{${m[2] ?? '…'}}}`)}}`;
    at = m.index + m[0].length;
  }
  return out + escapeSnippet(template.slice(at));
}

export function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}

export function slugify(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'untitled';
}

function defaultOf(schema: unknown, today: string, period = today.slice(0, 7)): unknown {
  if (!schema || typeof schema !== 'object' || !('default' in schema)) return undefined;
  const d = (schema as { default: unknown }).default;
  if (d === '{today}') return today;
  if (d === '{month}') return period;
  return d;
}

/** The front matter and body of a new deliverable of `type`. */
export function renderDeliverable(type: DeliverableType, o: RenderOptions): Rendered {
  const e = o.engagement;
  const props = type.frontMatter.properties;
  const audience = (defaultOf(props.audience, o.today) as string | undefined) ?? 'internal';
  // Where customer-named applies (public documents, feedback summaries), the customer goes by
  // its alias until consent is recorded: the rule's own scope decides, so the two never disagree.
  const named = rules.find((r) => r.meta.id === 'customer-named')?.meta.appliesTo;
  const anonymous = !!named && ((named.types !== 'all' && named.types.includes(type.id)) || (named.audiences ?? []).includes(audience as 'public'));
  const customer = anonymous && e?.alias ? e.alias : (e?.customer ?? e?.alias);
  const title = o.title?.trim() || (customer ? `${type.title}: ${customer}` : type.title);
  const fm: Record<string, unknown> = {
    deliverable: type.id,
    title,
    ...(e ? { engagement: e.id } : {}),
    ...(customer ? { customer } : {}),
    author: o.author?.trim() || '{{Author}}',
    date: o.today,
    status: 'draft',
    audience,
  };
  for (const [key, schema] of Object.entries(props)) {
    if (key === 'audience' || key in fm) continue;
    const d = key === 'period' && o.period !== undefined ? o.period : defaultOf(schema, o.today, o.period);
    if (d !== undefined) fm[key] = d;
    else if ((type.frontMatter.required ?? []).includes(key)) fm[key] = `{{${key}}}`;
  }
  const head = `---\n${yaml().stringify(fm, { lineWidth: 0 })}---\n\n# `;
  const body = type.template.endsWith('\n') ? type.template : `${type.template}\n`;
  const relPath = type.fileName
    .replace(/\{date\}/g, o.today)
    .replace(/\{month\}/g, o.period ?? o.today.slice(0, 7))
    .replace(/\{slug\}/g, slugify(o.title?.trim() || type.id));
  return {
    relPath,
    text: `${head}${title}\n\n${templateText(body)}`,
    snippet: `${escapeSnippet(head)}\${1:${escapeSnippet(title)}}\n\n${templateSnippet(body, 1)}`,
  };
}

export interface EngagementOptions {
  id: string;
  customer: string;
  alias?: string;
  segment?: string;
  today: string;
}

/** engagement.md: front matter, then one section per phase with its workflow steps as task items. */
export function renderEngagement(o: EngagementOptions): string {
  const fm: Record<string, unknown> = {
    engagement: o.id,
    customer: o.customer,
    ...(o.alias ? { customer_alias: o.alias } : {}),
    ...(o.segment ? { segment: o.segment } : {}),
    start: o.today,
    compliance: [],
    stakeholders: [],
    health_thresholds: {},
  };
  const cat = catalog();
  const out = [`---\n${yaml().stringify(fm, { lineWidth: 0 })}---`, '', `# ${o.customer}`, '', '<!-- The engagement\'s record: tick each workflow step as it is done. Stakeholders above are the owners deliverables may name. -->', ''];
  for (const phase of cat.phases) {
    out.push(`## ${phase.title}`, '');
    for (const step of phase.steps) out.push(`- [ ] ${step.title}`);
    out.push('');
  }
  const manual = cat.checklists.flatMap((c) => c.items.filter((i) => i.source.kind === 'task' && i.source.file === 'engagement' && c.id !== 'workflow-steps').map((i) => ({ c, i })));
  if (manual.length) {
    out.push('## Definition of Done', '');
    for (const { i } of manual) out.push(`- [ ] ${i.title}`);
    out.push('');
  }
  return out.join('\n');
}
