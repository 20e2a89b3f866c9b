// What progress needs to know about one linted file, kept instead of its text: the file's state
// (status, finding counts), the verdicts of the checklist checks the catalog reads from it, and
// its task items in the sections checklists point at. A workspace of thousands of documents
// keeps these few hundred bytes each, not every document's text and parse.
import { catalog, matchSections, type DeliverableType } from './catalog';
import type { MdDocument } from './document';
import type { LintResult } from './engine';
import { normalizeTitle } from './text';
import type { Range } from './types';

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export interface DeliverableState {
  path: string;
  type: string;
  /** The type's title in the catalog ("Risk Register"). */
  typeTitle: string;
  /** The document's own `title`, else the type's title. */
  title: string;
  status: string | undefined;
  /** `period` for periodic reports, else `date`: what orders recurring deliverables. */
  date: string | undefined;
  counts: Counts;
  /** Exists, `status: final` and no error-level finding. */
  done: boolean;
  /** Which of the three holds: "final, no errors", "draft (not final), 2 errors". */
  evidence: string;
}

export interface TaskRef {
  path: string;
  /** 0-based line of the task item. */
  line: number;
  checked: boolean;
  /** The `[ ]` / `[x]` box, 0-based. */
  box: Range;
}

export interface TaskFact {
  /** Catalog section id the task sits in (undefined: outside every catalog section). */
  section: string | undefined;
  /** `normalizeTitle` of the task's text. */
  norm: string;
  ref: TaskRef;
}

export interface Verdict {
  ok: boolean;
  why: string;
}

export interface DeliverableFacts {
  kind: 'deliverable';
  path: string;
  /** Path of the engagement.md the deliverable belongs to; undefined outside every engagement. */
  engagement: string | undefined;
  state: DeliverableState;
  /** Verdicts of the catalog's derived checks on this type, by check ("section-filled:current-state"). */
  verdicts: Record<string, Verdict>;
  tasks: TaskFact[];
}

export interface EngagementFacts {
  kind: 'engagement';
  path: string;
  /** Error-level findings on engagement.md (front-matter-schema). */
  errors: number;
}

export type FileFacts = DeliverableFacts | EngagementFacts;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function countFindings(r: LintResult): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) counts[f.severity]++;
  return counts;
}

/** "final, no errors" / "draft (not final), 2 errors" / "no status (not final), no errors". */
export function stateEvidence(status: string | undefined, errors: number): string {
  return `${status === 'final' ? 'final' : `${status ?? 'no status'} (not final)`}, ${errors ? plural(errors, 'error') : 'no errors'}`;
}

/** The facts progress keeps about a linted file; undefined for anything that is neither engagement.md nor a deliverable of a known type. */
export function factsOf(path: string, result: LintResult): FileFacts | undefined {
  if (result.kind === 'engagement') return { kind: 'engagement', path, errors: countFindings(result).error };
  if (result.kind !== 'deliverable' || !result.type) return undefined;
  const type = result.type;
  const fm = result.doc.frontMatter?.data ?? {};
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const counts = countFindings(result);
  const status = str(fm.status);
  const state: DeliverableState = {
    path,
    type: type.id,
    typeTitle: type.title,
    title: str(fm.title) ?? type.title,
    status,
    date: str(fm.period) ?? str(fm.date),
    counts,
    done: status === 'final' && counts.error === 0,
    evidence: stateEvidence(status, counts.error),
  };
  const { verdicts, sections } = checksFor(type, result);
  return { kind: 'deliverable', path, engagement: result.engagement?.path, state, verdicts, tasks: tasksIn(result.doc, path, type, sections) };
}

/** Runs the derived checks the catalog's checklists ask of this type; returns them and the sections whose task items checklists read. */
function checksFor(type: DeliverableType, r: LintResult): { verdicts: Record<string, Verdict>; sections: Set<string | undefined> } {
  const verdicts: Record<string, Verdict> = {};
  const sections = new Set<string | undefined>();
  for (const c of catalog().checklists) {
    for (const item of c.items) {
      const src = item.source;
      if (src.kind === 'derived' && src.deliverable === type.id) verdicts[src.check] ??= derivedCheck(src.check, r);
      if (src.kind === 'task' && src.file === 'deliverable' && src.deliverable === type.id) sections.add(src.section);
    }
  }
  return { verdicts, sections };
}

function tasksIn(doc: MdDocument, path: string, type: DeliverableType, wanted: Set<string | undefined>): TaskFact[] {
  if (wanted.size === 0) return [];
  const matched = [...matchSections(doc, type)].map(([id, s]) => ({ id, from: s.line, to: s.end }));
  const out: TaskFact[] = [];
  for (const item of doc.listItems) {
    if (!item.task) continue;
    // The innermost catalog section holding the item.
    const holder = matched.filter((s) => item.line > s.from && item.line < s.to).sort((a, b) => b.from - a.from)[0];
    const section = holder?.id;
    if (!wanted.has(undefined) && !wanted.has(section)) continue;
    out.push({ section, norm: normalizeTitle(item.text), ref: { path, line: item.line, checked: item.task.checked, box: item.task.boxRange } });
  }
  return out;
}

/** "section-filled:<section>" or "rules-clean:<rule>[,<rule>][@<section>]". */
export function derivedCheck(check: string, r: LintResult): Verdict {
  const [kind, arg = ''] = check.split(':');
  const sections = r.type ? matchSections(r.doc, r.type) : new Map();
  const titleOf = (id: string) => r.type?.sections.find((d) => d.id === id)?.title ?? id;
  if (kind === 'section-filled') {
    const s = sections.get(arg);
    if (!s) return { ok: false, why: `section "${titleOf(arg)}" missing` };
    const empty = r.findings.some((f) => f.ruleId === 'section-empty' && f.range.start.line === s.line);
    const from = r.doc.lines.starts[s.line + 1] ?? r.doc.text.length;
    const to = s.end < r.doc.lines.lineCount ? r.doc.lines.starts[s.end] : r.doc.text.length;
    const filled = !empty && /[\p{L}\p{N}]/u.test(r.doc.masked.slice(from, to).replace(/\{\{[^}]*\}\}/g, ''));
    return { ok: filled, why: filled ? `"${s.title}" filled in` : `"${s.title}" is empty` };
  }
  if (kind === 'rules-clean') {
    const [ids, at] = arg.split('@');
    const rules = ids.split(',');
    const s = at ? sections.get(at) : undefined;
    if (at && !s) return { ok: false, why: `section "${titleOf(at)}" missing` };
    const hits = r.findings.filter((f) => rules.includes(f.ruleId) && (!s || (f.range.start.line >= s.line && f.range.start.line < s.end)));
    const what = rules.join('/');
    return { ok: hits.length === 0, why: hits.length ? `${plural(hits.length, `${what} finding`)}` : `no ${what} findings` };
  }
  return { ok: false, why: `unknown check "${check}"` };
}
