import catalogSchema from '../../schemas/catalog.schema.json';
import { checklistsData, entries, phasesData } from '../catalog/index.generated';
import type { MdDocument, Section } from './document';
import { validatedAhead, validatorFor } from './precompiled';
import { normalizeTitle } from './text';

export type PhaseId = 'discovery' | 'solution-design' | 'proposal-validation' | 'implementation-planning' | 'delivery' | 'go-live-handoff' | 'post-implementation';

export interface SectionDef {
  id: string;
  title: string;
  aliases?: string[];
  required: boolean;
  guidance: string;
  quantified?: boolean;
  owned?: boolean;
  dated?: boolean;
  criteria?: boolean;
  columns?: string[];
}

export interface DeliverableType {
  id: string;
  title: string;
  phase: PhaseId;
  cadence: 'once' | 'per-period' | 'as-needed' | 'per-integration' | 'living';
  purpose: string;
  fileName: string;
  frontMatter: { properties: Record<string, unknown>; required?: string[] };
  sections: SectionDef[];
  checklists: { checklist: string; item: string }[];
  /** template.md: the body below the title, placeholders as snippet tab stops. */
  template: string;
}

export interface Phase {
  id: PhaseId;
  title: string;
  steps: { id: string; title: string }[];
}

export type ChecklistSource =
  | { kind: 'deliverable'; deliverable: string; status?: 'final' | 'any' }
  | { kind: 'derived'; deliverable: string; check: string }
  | { kind: 'task'; file: 'engagement' | 'deliverable'; deliverable?: string; section?: string };

export interface Checklist {
  id: string;
  title: string;
  items: { id: string; title: string; source: ChecklistSource }[];
}

export interface Catalog {
  types: DeliverableType[];
  phases: Phase[];
  checklists: Checklist[];
  get(id: string): DeliverableType | undefined;
}

export class CatalogError extends Error {}

let loaded: Catalog | undefined;

/** The built-in catalog, valid against schemas/catalog.schema.json, built the first time it is asked for. */
export function catalog(): Catalog {
  if (!loaded) loaded = buildCatalog(entries, phasesData, checklistsData);
  return loaded;
}

type Entries = ReadonlyArray<{ folder: string; definition: unknown; readonly template: string }>;

/** What build:meta validates and fingerprints of the catalog entries (./precompiled validatedAhead). */
export function catalogDefinitions(entries: Entries): unknown {
  return entries.map((e) => [e.folder, e.definition]);
}

/** Validates catalog data and builds the lookup; throws CatalogError naming each bad file and path. */
export function buildCatalog(entries: Entries, phasesData: unknown, checklistsData: unknown): Catalog {
  // build:meta validated the built-in catalog as built, so it is validated again only when it has
  // changed since (a validator compiled ahead of time, ./precompiled, loaded only then).
  const validate = validatedAhead('catalog', catalogSchema, catalogDefinitions(entries)) ? undefined : validatorFor('catalog', catalogSchema);
  const problems: string[] = [];
  const types: DeliverableType[] = [];
  for (const entry of entries) {
    const { folder, definition } = entry;
    if (validate && !validate(definition)) {
      for (const e of validate.errors ?? []) problems.push(`src/catalog/${folder}/deliverable.json${e.instancePath || ''}: ${e.message}`);
      continue;
    }
    const def = definition as Omit<DeliverableType, 'template'>;
    if (def.id !== folder) problems.push(`src/catalog/${folder}/deliverable.json/id: must equal the folder name "${folder}"`);
    // Read on first use: the built-in templates are loaded only when a new file needs one.
    types.push(Object.defineProperty({ ...def } as DeliverableType, 'template', { get: () => entry.template, enumerable: true }));
  }
  if (problems.length) throw new CatalogError(`The catalog is invalid:\n  ${problems.join('\n  ')}`);
  const byId = new Map(types.map((t) => [t.id, t]));
  const phases = (phasesData as { phases: Phase[] }).phases;
  const order = new Map(phases.map((p, i) => [p.id, i]));
  types.sort((a, b) => (order.get(a.phase) ?? 99) - (order.get(b.phase) ?? 99));
  return {
    types,
    phases,
    checklists: (checklistsData as { checklists: Checklist[] }).checklists,
    get: (id) => byId.get(id),
  };
}

/**
 * Maps each catalog section to the heading that holds it: the first heading whose
 * normalised text equals the section's title or an alias, or starts with one of them
 * followed by more words ("Risks and Mitigations (top 5)").
 */
export function matchSections(doc: MdDocument, type: DeliverableType): Map<string, Section> {
  const found = new Map<string, Section>();
  const names = type.sections.map((s) => ({ id: s.id, names: [s.title, ...(s.aliases ?? [])].map(normalizeTitle) }));
  const claimed = new Set<Section>();
  // A lone level-1 heading is the document's title, not one of its sections.
  const h1 = doc.sections.filter((h) => h.level === 1);
  if (h1.length === 1 && doc.sections[0] === h1[0]) claimed.add(h1[0]);
  // Exact titles first, so a prefix never steals a heading that names another section exactly.
  for (const exact of [true, false]) {
    for (const heading of doc.sections) {
      if (claimed.has(heading)) continue;
      const hit = names.find(({ id, names: ns }) => !found.has(id) && ns.some((n) => heading.norm === n || (!exact && heading.norm.startsWith(n) && heading.norm[n.length] === ' ')));
      if (hit) {
        found.set(hit.id, heading);
        claimed.add(heading);
      }
    }
  }
  return found;
}
