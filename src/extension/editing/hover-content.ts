// Hover text as Markdown: a finding's rule explained with its short bad/good example, and a
// section heading's catalog guidance.
import { matchSections, type DeliverableType, type SectionDef } from '../../core/catalog';
import type { MdDocument } from '../../core/document';
import type { RuleMeta } from '../../core/rule';

export function ruleHover(meta: RuleMeta, docsLink: string | undefined): string {
  const out = [`**${meta.title}** \`${meta.id}\``, '', meta.rationale];
  if (meta.example) {
    out.push('', 'Instead of:', fence(meta.example.bad), 'write:', fence(meta.example.good));
  }
  if (docsLink) out.push('', `[Rule documentation](${docsLink})`);
  return out.join('\n');
}

/** The catalog section whose heading is on `line`, if any. */
export function sectionOnLine(doc: MdDocument, type: DeliverableType, line: number): SectionDef | undefined {
  const heading = doc.sections.find((s) => s.line === line);
  if (!heading) return undefined;
  for (const [id, section] of matchSections(doc, type)) {
    if (section === heading) return type.sections.find((d) => d.id === id);
  }
  return undefined;
}

export function sectionHover(def: SectionDef, type: DeliverableType): string {
  const kinds = [
    def.required ? 'required' : 'optional',
    def.quantified && 'claims need figures',
    def.owned && 'items need an owner',
    def.dated && 'items need a date',
    def.criteria && 'criteria must be measurable',
  ].filter(Boolean);
  const out = [`**${def.title}** · ${type.title} (${kinds.join(', ')})`, '', def.guidance];
  if (def.columns?.length) out.push('', `Columns: ${def.columns.join(' | ')}`);
  return out.join('\n');
}

function fence(text: string): string {
  const ticks = /```/.test(text) ? '~~~' : '```';
  return `${ticks}markdown\n${text}\n${ticks}`;
}
