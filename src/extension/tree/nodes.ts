// The sidebar's nodes: the progress model laid out as the two trees show it, with parent links
// (for reveal) and ids that stay the same across refreshes (so expansion and selection survive).
// Pure data: no VS Code objects, so the layout is the model's and nothing else.
import type { ChecklistProgress, DeliverableState, EngagementProgress, ItemState, PhaseProgress, SlotProgress, WorkspaceProgress } from '../../core/progress';

interface Base {
  id: string;
  parent: Node | undefined;
  children: Node[];
  /** The engagement the node belongs to (undefined for deliverables outside any engagement). */
  engagement: EngagementProgress | undefined;
}

export type Node =
  | (Base & { kind: 'engagement'; engagement: EngagementProgress; open: boolean })
  | (Base & { kind: 'phase'; phase: PhaseProgress; current: boolean })
  | (Base & { kind: 'deliverable'; state: DeliverableState; label: string; dated: boolean })
  | (Base & { kind: 'missing'; slot: SlotProgress; engagement: EngagementProgress })
  | (Base & { kind: 'item'; item: ItemState; checklist: string | undefined })
  | (Base & { kind: 'recurring'; items: DeliverableState[] })
  | (Base & { kind: 'outside'; items: DeliverableState[] })
  | (Base & { kind: 'checklist'; checklist: ChecklistProgress })
  | (Base & { kind: 'group'; title: string; done: number; total: number });

export type NodeOf<K extends Node['kind']> = Extract<Node, { kind: K }>;

function add<N extends Node>(parent: Node | undefined, node: Omit<N, 'parent' | 'children'> & Partial<Pick<N, 'children'>>): N {
  const n = { children: [], ...node, parent } as unknown as N;
  parent?.children.push(n);
  return n;
}

function deliverable(parent: Node, state: DeliverableState, label: string, dated: boolean): void {
  add<NodeOf<'deliverable'>>(parent, { kind: 'deliverable', id: `file:${state.path}`, engagement: parent.engagement, state, label, dated });
}

/** Engagements view: engagement → phases (deliverables, then workflow steps) and recurring reports; then strays. */
export function engagementNodes(p: WorkspaceProgress): Node[] {
  const roots: Node[] = p.engagements.map((e) => {
    // A few engagements open at first; a long list starts folded.
    const root = add<NodeOf<'engagement'>>(undefined, { kind: 'engagement', id: `eng:${e.path}`, engagement: e, open: p.engagements.length <= 3 });
    // Open by default: the furthest phase under way, else the first not done.
    const current = [...e.phases].reverse().find((ph) => ph.done > 0 && ph.done < ph.total) ?? e.phases.find((ph) => ph.done < ph.total);
    for (const phase of e.phases) {
      const ph = add<NodeOf<'phase'>>(root, { kind: 'phase', id: `phase:${e.path}#${phase.id}`, engagement: e, phase, current: phase === current });
      for (const slot of phase.deliverables) {
        if (!slot.present.length) add<NodeOf<'missing'>>(ph, { kind: 'missing', id: `missing:${e.path}#${slot.type}`, engagement: e, slot });
        // One file stands as its type; several (one per integration) go by their own titles.
        for (const s of slot.present) deliverable(ph, s, slot.present.length === 1 ? s.typeTitle : s.title, false);
      }
      for (const step of phase.steps) add<NodeOf<'item'>>(ph, { kind: 'item', id: `step:${e.path}#${step.id}`, engagement: e, item: step, checklist: undefined });
    }
    if (e.recurring.length) {
      const r = add<NodeOf<'recurring'>>(root, { kind: 'recurring', id: `recurring:${e.path}`, engagement: e, items: e.recurring });
      for (const s of e.recurring) deliverable(r, s, s.typeTitle, true);
    }
    return root;
  });
  if (p.outside.length) {
    const o = add<NodeOf<'outside'>>(undefined, { kind: 'outside', id: 'outside', engagement: undefined, items: p.outside });
    for (const s of p.outside) deliverable(o, s, s.title, false);
    roots.push(o);
  }
  return roots;
}

/** Checklists view: the focused engagement's four checklists; workflow steps grouped by phase. */
export function checklistNodes(e: EngagementProgress | undefined): Node[] {
  if (!e) return [];
  return e.checklists.map((c) => {
    const root = add<NodeOf<'checklist'>>(undefined, { kind: 'checklist', id: `checklist:${e.path}#${c.id}`, engagement: e, checklist: c });
    let group: NodeOf<'group'> | undefined;
    for (const item of c.items) {
      if (item.group && item.group !== group?.title) {
        group = add<NodeOf<'group'>>(root, { kind: 'group', id: `group:${e.path}#${c.id}#${item.group}`, engagement: e, title: item.group, done: 0, total: 0 });
      }
      const parent = item.group && group ? group : root;
      if (parent === group) {
        group.total++;
        if (item.done) group.done++;
      }
      add<NodeOf<'item'>>(parent, { kind: 'item', id: `item:${e.path}#${c.id}#${item.id}`, engagement: e, item, checklist: c.id });
    }
    return root;
  });
}

/** Every node below `roots`, depth first. */
export function* walk(roots: readonly Node[]): Generator<Node> {
  for (const n of roots) {
    yield n;
    yield* walk(n.children);
  }
}
