// Where each engagement stands, as the sidebar and `se-deliverables status` show it: plain data
// computed from engagement.md (its task items) and the facts kept about each deliverable
// (./progress-facts). The CLI and the editor call the same functions, so they agree.
import { catalog, type ChecklistSource, type DeliverableType, type PhaseId } from './catalog';
import type { Config } from './config';
import { isEngagementFile, type Engagement, type Workspace } from './engagement';
import { lint } from './engine';
import { relative } from './paths';
import { factsOf, type DeliverableFacts, type DeliverableState, type FileFacts, type TaskFact, type TaskRef } from './progress-facts';
import { matchTasks, tasksOf } from './task-match';
import { normalizeTitle } from './text';

export type { Counts, DeliverableFacts, DeliverableState, EngagementFacts, FileFacts, TaskRef } from './progress-facts';
export { factsOf } from './progress-facts';

export interface WorkspaceProgress {
  engagements: EngagementProgress[];
  /** Deliverables that belong to no engagement. */
  outside: DeliverableState[];
}

export interface EngagementProgress {
  id: string;
  customer: string | undefined;
  /** engagement.md and its folder. */
  path: string;
  dir: string;
  /** Error-level problems in engagement.md itself (front-matter-schema). */
  errors: number;
  /** Sums over the phases. */
  done: number;
  total: number;
  /** The seven phases in catalog order. */
  phases: PhaseProgress[];
  /** Per-period and as-needed deliverables (health reports, feedback summaries, escalations, KB articles, case studies), oldest first. */
  recurring: DeliverableState[];
  /** Key deliverables, architecture review, definition of done, workflow steps. */
  checklists: ChecklistProgress[];
}

export interface PhaseProgress {
  id: PhaseId;
  title: string;
  /** `steps.done + deliverables.done` over `steps.total + deliverables.total`. */
  done: number;
  total: number;
  /** Workflow steps ticked in engagement.md. */
  stepsDone: number;
  /** Expected deliverables (cadence once, living or per-integration) of the phase that are done. */
  deliverablesDone: number;
  deliverables: SlotProgress[];
  steps: ItemState[];
}

/** An expected deliverable of a phase: the files of its type, or none (missing). */
export interface SlotProgress {
  type: string;
  title: string;
  cadence: DeliverableType['cadence'];
  /** Files of the type, oldest first; empty when missing. */
  present: DeliverableState[];
  /** Once/living: one file is done. Per-integration: every file is done (and there is one). */
  done: boolean;
  evidence: string;
}

export interface ItemState {
  id: string;
  title: string;
  done: boolean;
  /** Derived from the deliverables, or a task item someone ticks (manual). */
  kind: 'derived' | 'manual';
  /**
   * What the evidence speaks of: for a derived item the deliverable type it reads ("Runbook and
   * Troubleshooting Guide"); for a manual item the file ticked in ("engagement.md"), or the type
   * when that deliverable is missing.
   */
  about: string;
  /** Why it is (not) done: "exists, final, 2 errors", "missing", "ticked", "not ticked", "no task item". */
  evidence: string;
  /** Manual item: the task item to toggle; undefined when the file has no such item. */
  task: TaskRef | undefined;
  /** Derived item: the file the evidence comes from. */
  source: string | undefined;
  /** Workflow steps: the title of their phase. */
  group: string | undefined;
}

export interface ChecklistProgress {
  id: string;
  title: string;
  done: number;
  total: number;
  items: ItemState[];
}

const WORKFLOW = 'workflow-steps';
const ENGAGEMENT_MD = 'engagement.md';

/** Cadences of the deliverables a phase expects; the others are recurring or as-needed. */
export const EXPECTED_CADENCES: ReadonlySet<string> = new Set(['once', 'living', 'per-integration']);

const byDate = (a: DeliverableState, b: DeliverableState) => (a.date ?? '').localeCompare(b.date ?? '') || a.path.localeCompare(b.path);
/** Final before in review before draft, fewer errors first, then the newest: the file that stands for its type. */
const standing = (s: DeliverableState) => (s.status === 'final' ? 4 : s.status === 'in-review' ? 2 : 0) + (s.counts.error === 0 ? 1 : 0);
const best = (list: readonly DeliverableState[]) => [...list].sort((a, b) => standing(b) - standing(a) || -byDate(a, b))[0];

function manual(id: string, title: string, task: TaskRef | undefined, about: string, group?: string): ItemState {
  return {
    id,
    title,
    done: task?.checked ?? false,
    kind: 'manual',
    about,
    evidence: task ? (task.checked ? 'ticked' : 'not ticked') : 'no task item',
    task,
    source: undefined,
    group,
  };
}

function derived(id: string, title: string, done: boolean, about: string, evidence: string, source: string | undefined): ItemState {
  return { id, title, done, kind: 'derived', about, evidence, task: undefined, source, group: undefined };
}

/** One engagement's progress from its engagement.md and the facts of its deliverables. */
export function engagementProgress(engagement: Engagement, deliverables: readonly DeliverableFacts[], engagementErrors = 0): EngagementProgress {
  const cat = catalog();
  const byType = new Map<string, DeliverableFacts[]>();
  for (const f of deliverables) byType.set(f.state.type, [...(byType.get(f.state.type) ?? []), f]);
  const states = (type: string) => (byType.get(type) ?? []).map((f) => f.state).sort(byDate);

  const found = engagementTasks(engagement);
  const stepsByPhase = new Map(cat.phases.map((p) => [p.id, p.steps.map((s) => manual(s.id, s.title, found.get(s.id)?.ref, ENGAGEMENT_MD, p.title))]));

  const phases = cat.phases.map((phase): PhaseProgress => {
    const steps = stepsByPhase.get(phase.id)!;
    const deliverables = cat.types.filter((t) => t.phase === phase.id && EXPECTED_CADENCES.has(t.cadence)).map((t) => slot(t, states(t.id)));
    const stepsDone = steps.filter((s) => s.done).length;
    const deliverablesDone = deliverables.filter((d) => d.done).length;
    return { id: phase.id, title: phase.title, done: stepsDone + deliverablesDone, total: steps.length + deliverables.length, stepsDone, deliverablesDone, deliverables, steps };
  });

  const recurring = cat.types.filter((t) => !EXPECTED_CADENCES.has(t.cadence)).flatMap((t) => states(t.id)).sort(byDate);

  const deliverableTasks = taskResolver();
  const checklists = cat.checklists.map((c): ChecklistProgress => {
    const items = c.id === WORKFLOW
      ? cat.phases.flatMap((p) => stepsByPhase.get(p.id)!).filter((s) => c.items.some((i) => i.id === s.id))
      : c.items.map((item) => checklistItem(item, engagement, byType, (id) => found.get(id)?.ref, deliverableTasks));
    return { id: c.id, title: c.title, done: items.filter((i) => i.done).length, total: items.length, items };
  });

  return {
    id: engagement.id,
    customer: engagement.customer,
    path: engagement.path,
    dir: engagement.dir,
    errors: engagementErrors,
    done: phases.reduce((n, p) => n + p.done, 0),
    total: phases.reduce((n, p) => n + p.total, 0),
    phases,
    recurring,
    checklists,
  };
}

/**
 * The task item in engagement.md of each workflow step (under its phase's heading, else
 * anywhere) and of each other checklist item kept there (among the tasks no step took), by id.
 */
function engagementTasks(engagement: Engagement): Map<string, TaskFact | undefined> {
  const cat = catalog();
  const doc = engagement.doc;
  const tasks = tasksOf(doc.listItems, engagement.path);
  const found = new Map<string, TaskFact | undefined>();
  for (const phase of cat.phases) {
    const heading = doc.sections.find((s) => s.norm === normalizeTitle(phase.title) || s.norm === normalizeTitle(phase.id));
    const inSection = heading ? tasks.filter((t) => t.ref.line > heading.line && t.ref.line < heading.end) : [];
    matchTasks(inSection, phase.steps.map((s) => s.title), true).forEach((t, i) => found.set(phase.steps[i].id, t));
  }
  const claim = (items: ReadonlyArray<{ id: string; title: string }>) => {
    const claimed = new Set([...found.values()]);
    const rest = items.filter((i) => !found.get(i.id));
    const hits = matchTasks(tasks.filter((t) => !claimed.has(t)), rest.map((i) => i.title), false);
    rest.forEach((i, k) => found.set(i.id, hits[k]));
  };
  claim(cat.phases.flatMap((p) => p.steps));
  claim(cat.checklists.filter((c) => c.id !== WORKFLOW).flatMap((c) => c.items).filter((i) => i.source.kind === 'task' && i.source.file === 'engagement'));
  return found;
}

function slot(t: DeliverableType, present: DeliverableState[]): SlotProgress {
  let done: boolean;
  let evidence: string;
  if (present.length === 0) {
    done = false;
    evidence = 'missing';
  } else if (t.cadence === 'per-integration') {
    const n = present.filter((s) => s.done).length;
    done = n === present.length;
    evidence = `${n} of ${present.length} final with no errors`;
  } else {
    const b = best(present);
    done = b.done;
    evidence = `exists, ${b.evidence}`;
  }
  return { type: t.id, title: t.title, cadence: t.cadence, present, done, evidence };
}

function checklistItem(
  item: { id: string; title: string; source: ChecklistSource },
  engagement: Engagement,
  byType: ReadonlyMap<string, DeliverableFacts[]>,
  engagementTask: (id: string) => TaskRef | undefined,
  deliverableTask: (top: DeliverableFacts, itemId: string, section: string | undefined) => TaskRef | undefined,
): ItemState {
  const cat = catalog();
  const src = item.source;
  if (src.kind === 'task' && src.file === 'engagement') return manual(item.id, item.title, engagementTask(item.id), ENGAGEMENT_MD);
  const typeId = src.kind === 'task' ? (src.deliverable ?? '') : src.deliverable;
  const what = cat.get(typeId)?.title ?? typeId;
  const top = standingFacts(byType.get(typeId) ?? []);
  if (src.kind === 'deliverable') {
    if (!top) return derived(item.id, item.title, false, what, 'missing', undefined);
    const s = top.state;
    if (src.status === 'any') return derived(item.id, item.title, true, what, `exists, ${s.status ?? 'no status'}`, s.path);
    return derived(item.id, item.title, s.done, what, `exists, ${s.evidence}`, s.path);
  }
  if (src.kind === 'derived') {
    const v = top?.verdicts[src.check];
    if (!top || !v) return derived(item.id, item.title, false, what, 'missing', undefined);
    return derived(item.id, item.title, v.ok, what, v.why, top.path);
  }
  if (!top) return { ...manual(item.id, item.title, undefined, what), evidence: 'missing' };
  return manual(item.id, item.title, deliverableTask(top, item.id, src.section), relative(engagement.dir, top.path));
}

function standingFacts(list: readonly DeliverableFacts[]): DeliverableFacts | undefined {
  if (!list.length) return undefined;
  const top = best(list.map((f) => f.state));
  return list.find((f) => f.state === top);
}

/**
 * Task items of checklists kept in a deliverable: all items of one checklist section are
 * matched together (by position too when the catalog names no section), once per file.
 */
function taskResolver(): (top: DeliverableFacts, itemId: string, section: string | undefined) => TaskRef | undefined {
  const done = new Map<string, Map<string, TaskFact | undefined>>();
  return (top, itemId, section) => {
    const key = `${top.path}\0${section ?? ''}`;
    let matched = done.get(key);
    if (!matched) {
      const items = catalog().checklists.flatMap((c) => c.items).filter((i) => i.source.kind === 'task' && i.source.file === 'deliverable' && i.source.deliverable === top.state.type && i.source.section === section);
      const hits = matchTasks(top.tasks.filter((t) => section === undefined || t.section === section), items.map((i) => i.title), section === undefined);
      matched = new Map(items.map((i, k) => [i.id, hits[k]]));
      done.set(key, matched);
    }
    return matched.get(itemId)?.ref;
  };
}

/** Groups facts by engagement and computes each engagement's progress, sorted by folder. */
export function progressOf(engagements: readonly Engagement[], facts: Iterable<FileFacts>): WorkspaceProgress {
  const byEngagement = new Map<string | undefined, DeliverableFacts[]>();
  const errors = new Map<string, number>();
  const known = new Set(engagements.map((e) => e.path));
  for (const f of facts) {
    if (f.kind === 'engagement') {
      errors.set(f.path, f.errors);
      continue;
    }
    const key = f.engagement && known.has(f.engagement) ? f.engagement : undefined;
    byEngagement.set(key, [...(byEngagement.get(key) ?? []), f]);
  }
  return {
    engagements: [...engagements].sort((a, b) => a.dir.localeCompare(b.dir)).map((e) => engagementProgress(e, byEngagement.get(e.path) ?? [], errors.get(e.path) ?? 0)),
    outside: (byEngagement.get(undefined) ?? []).map((f) => f.state).sort(byDate),
  };
}

export interface ProgressOptions {
  /** One configuration for every file, or the configuration that governs each path. */
  config?: Config | ((path: string) => Config);
  today?: string;
}

/**
 * Lints each file given and computes the workspace's progress. Files are consumed one at a
 * time and only their facts are kept, so a generator that reads lazily keeps memory flat.
 */
export function workspaceProgress(workspace: Workspace, files: Iterable<{ path: string; text: string }>, options: ProgressOptions = {}): WorkspaceProgress {
  const facts: FileFacts[] = [];
  for (const f of files) {
    const config = typeof options.config === 'function' ? options.config(f.path) : options.config;
    const result = lint(f.text, { path: f.path, workspace, config, today: options.today });
    const x = factsOf(f.path, result);
    if (x && (x.kind === 'deliverable' || isEngagementFile(f.path))) facts.push(x);
  }
  return progressOf(workspace.engagements(), facts);
}
