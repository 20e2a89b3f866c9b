import { parseDocument, type MdDocument } from './document';
import { Lru } from './lru';
import { basename, dirname, isInside, join, normalize } from './paths';

export interface Stakeholder {
  name: string;
  role?: string;
  side?: 'customer' | 'vendor';
  email?: string;
}

export interface Engagement {
  /** Slug id from front matter, else the folder name. */
  id: string;
  customer: string | undefined;
  alias: string | undefined;
  segment: string | undefined;
  start: string | undefined;
  targetGoLive: string | undefined;
  compliance: string[];
  stakeholders: Stakeholder[];
  /** snake_case metric name → minimum. */
  thresholds: Record<string, number>;
  /** Path of engagement.md and its folder. */
  path: string;
  dir: string;
  /**
   * The parsed engagement.md, made on first use: only progress reads it, so a lint run that
   * keeps every engagement (10,000 files, 500 engagements) does not keep 500 parsed documents.
   */
  readonly doc: MdDocument;
}

/**
 * Everything the core needs from outside, given by the CLI (the disk) or the editor
 * (open documents first, then the workspace file system). Synchronous: adapters load
 * what they need before they lint.
 */
export interface Host {
  /** Text of a file, or undefined when it does not exist or cannot be read. */
  readText(path: string): string | undefined;
  /** Every engagement.md the host knows of (absolute or workspace-relative paths). */
  engagementFiles(): string[];
}

export const ENGAGEMENT_FILE = 'engagement.md';

export function isEngagementFile(path: string): boolean {
  return basename(path).toLowerCase() === ENGAGEMENT_FILE;
}

/**
 * Reads engagement.md front matter leniently: schema problems are front-matter-schema's job.
 * A `doc` given is kept; otherwise the text is parsed now for the front matter, and again only
 * if something asks for `doc`.
 */
export function readEngagement(path: string, text: string, doc?: MdDocument): Engagement {
  let kept = doc;
  const d = (doc ?? parseDocument(text)).frontMatter?.data ?? {};
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' || v instanceof Date ? String(v) : undefined);
  const stakeholders: Stakeholder[] = [];
  if (Array.isArray(d.stakeholders)) {
    for (const s of d.stakeholders) {
      if (s && typeof s === 'object' && typeof (s as Stakeholder).name === 'string' && (s as Stakeholder).name.trim()) {
        const x = s as Record<string, unknown>;
        stakeholders.push({
          name: String(x.name).trim(),
          role: str(x.role),
          side: x.side === 'customer' || x.side === 'vendor' ? x.side : undefined,
          email: str(x.email),
        });
      }
    }
  }
  const thresholds: Record<string, number> = {};
  if (d.health_thresholds && typeof d.health_thresholds === 'object' && !Array.isArray(d.health_thresholds)) {
    for (const [k, v] of Object.entries(d.health_thresholds as Record<string, unknown>)) {
      const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
      if (Number.isFinite(n)) thresholds[k] = n;
    }
  }
  const dir = dirname(normalize(path));
  return {
    id: str(d.engagement) ?? basename(dir),
    customer: str(d.customer),
    alias: str(d.customer_alias),
    segment: str(d.segment),
    start: str(d.start),
    targetGoLive: str(d.target_go_live),
    compliance: Array.isArray(d.compliance) ? d.compliance.filter((x): x is string => typeof x === 'string') : [],
    stakeholders,
    thresholds,
    path: normalize(path),
    dir,
    get doc() {
      kept ??= parseDocument(text);
      return kept;
    },
  };
}

/**
 * Other documents (prior reports) a workspace keeps parsed: enough for the editor re-linting the
 * same few files, while a CLI run over thousands of health reports keeps a bounded number.
 */
export const KEPT_DOCUMENTS = 32;

/** The engagements of a workspace, read once through the host and kept until dropped. */
export class Workspace {
  private list: Engagement[] | undefined;
  private readonly docs = new Lru<string, MdDocument | null>(KEPT_DOCUMENTS);
  private readonly memos = new WeakMap<object, Map<string, unknown>>();

  constructor(readonly host: Host) {}

  /**
   * A value derived from this workspace (an index over every engagement), made once per
   * workspace, `owner` and `name`: it lives exactly as long as the engagement list it was built
   * from. `owner` is an object the value depends on (a rule's word list), held weakly.
   */
  memo<T>(owner: object, name: string, make: () => T): T {
    let byName = this.memos.get(owner);
    if (!byName) {
      byName = new Map();
      this.memos.set(owner, byName);
    }
    if (!byName.has(name)) byName.set(name, make());
    return byName.get(name) as T;
  }

  engagements(): Engagement[] {
    if (!this.list) {
      this.list = [];
      for (const p of this.host.engagementFiles()) {
        const text = this.host.readText(p);
        if (text !== undefined) this.list.push(readEngagement(p, text));
      }
      // Deepest folder first, so the nearest enclosing engagement wins.
      this.list.sort((a, b) => b.dir.length - a.dir.length);
    }
    return this.list;
  }

  /** Front matter `engagement` id first, else the nearest enclosing folder with an engagement.md. */
  engagementFor(path: string, id?: unknown): Engagement | undefined {
    const all = this.engagements();
    if (typeof id === 'string' && id.trim()) {
      const byId = all.find((e) => e.id === id.trim());
      if (byId) return byId;
    }
    const p = normalize(path);
    return all.find((e) => isInside(p, e.dir));
  }

  /** A document other than the one being linted (a prior report), parsed once while it stays among the last KEPT_DOCUMENTS asked for. */
  document(path: string): MdDocument | undefined {
    const p = normalize(path);
    let d = this.docs.get(p);
    if (d === undefined) {
      const text = this.host.readText(p);
      d = text === undefined ? null : parseDocument(text);
      this.docs.set(p, d);
    }
    return d ?? undefined;
  }

  resolve(from: string, rel: string): string {
    return join(dirname(from), rel);
  }
}

/** A host with nothing in it, for linting a lone string. */
export const emptyHost: Host = { readText: () => undefined, engagementFiles: () => [] };
