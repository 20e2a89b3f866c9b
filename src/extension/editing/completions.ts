// What to offer where, as plain data: owner names from the engagement's stakeholders in an owner
// cell or after `Owner:` / `@`; deliverable types and enum values in front matter.
import type { DeliverableType } from '../../core/catalog';
import type { MdDocument } from '../../core/document';
import type { Engagement } from '../../core/engagement';
import { ownerColumn } from '../../core/items';
import { commonFrontMatter } from '../../core/schemas';
import type { Position, Range } from '../../core/types';

export interface CompletionEntry {
  label: string;
  kind: 'person' | 'value' | 'type';
  detail?: string;
  documentation?: string;
}

export interface Completions {
  /** The text the chosen entry replaces. */
  range: Range;
  entries: CompletionEntry[];
}

export interface CompletionSources {
  engagement: Engagement | undefined;
  type: DeliverableType | undefined;
  types: readonly DeliverableType[];
}

const FM_KEY = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*/;
const INLINE_OWNER = /(?:\b(?:owners?|assignee|responsible|dri)[ \t]*[:=][ \t]*|(?:^|[\s(])@)([^|;()@:=]*)$/i;

export function completionsAt(doc: MdDocument, pos: Position, src: CompletionSources): Completions | undefined {
  if (pos.line >= doc.lines.lineCount) return undefined;
  const line = doc.lines.line(pos.line);
  const before = line.slice(0, pos.character);
  const fm = doc.frontMatter;
  if (fm && pos.line > 0 && (fm.endLine === undefined || pos.line < fm.endLine)) return frontMatterCompletions(line, pos, src);
  return ownerCompletions(doc, line, before, pos, src);
}

function frontMatterCompletions(line: string, pos: Position, src: CompletionSources): Completions | undefined {
  const m = FM_KEY.exec(line);
  if (!m || pos.character < m[0].length) return undefined;
  const key = m[1];
  const range: Range = { start: { line: pos.line, character: m[0].length }, end: { line: pos.line, character: Math.max(pos.character, line.trimEnd().length) } };
  if (key === 'deliverable') {
    return { range, entries: src.types.map((t) => ({ label: t.id, kind: 'type', detail: t.title, documentation: t.purpose })) };
  }
  const props: Record<string, unknown> = { ...commonFrontMatter(src.types.map((t) => t.id)), ...(src.type?.frontMatter.properties ?? {}) };
  const prop = props[key] as { enum?: unknown[]; description?: string } | undefined;
  if (!prop || !Array.isArray(prop.enum)) return undefined;
  return { range, entries: prop.enum.map((v) => ({ label: String(v), kind: 'value', detail: key, documentation: prop.description })) };
}

function ownerCompletions(doc: MdDocument, line: string, before: string, pos: Position, src: CompletionSources): Completions | undefined {
  const people = src.engagement?.stakeholders ?? [];
  if (!people.length) return undefined;
  let start: number | undefined;
  const table = doc.tables.find((t) => pos.line > t.line + 1 && pos.line < t.end);
  if (table) {
    const column = ownerColumn(table);
    const pipes = [...before.matchAll(/(?<!\\)\|/g)].map((x) => x.index ?? 0);
    const leading = line.trimStart().startsWith('|') ? 1 : 0;
    if (column >= 0 && pipes.length - leading === column) {
      start = pipes.length ? pipes[pipes.length - 1] + 1 : 0;
      while (start < pos.character && /[ \t]/.test(line[start])) start++;
    }
  }
  if (start === undefined) {
    const m = INLINE_OWNER.exec(before);
    if (!m) return undefined;
    start = pos.character - m[1].length;
  }
  return {
    range: { start: { line: pos.line, character: start }, end: pos },
    entries: people.map((s) => ({
      label: s.name,
      kind: 'person',
      detail: s.role,
      documentation: [s.side === 'customer' ? 'Customer' : s.side === 'vendor' ? 'Vendor' : undefined, s.email].filter(Boolean).join(' · ') || undefined,
    })),
  };
}
