import type { MdDocument } from '../document';
import { findPlaceholders } from '../placeholders';
import { defineRule } from '../rule';

// Tags alone say nothing (`<br>`, `<details>`); autolinks (`<https://…>`) are content and do not match.
const HTML_TAG = /<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/g;

export default defineRule({
  meta: {
    id: 'section-empty',
    title: 'Fill in every required section',
    rationale: 'A heading with nothing under it looks complete in an outline but tells the reader nothing.',
    severity: 'warning',
    appliesTo: { types: 'all' },
    tags: ['structure'],
    fixable: false,
    messages: { empty: 'Required section "{section}" is empty' },
    example: { bad: '## Risk Signals\n\n<!-- evidence-based signals -->', good: '## Risk Signals\n\nAPI calls fell 40% in the last 30 days.' },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const def of ctx.type!.sections) {
      const s = ctx.sections.get(def.id);
      if (!def.required || !s) continue;
      if (hasContent(doc, s.line + 1, s.end)) continue;
      // A section holding only template placeholders is reported by placeholder-remaining, so a
      // new deliverable shows one kind of finding per gap.
      if (findPlaceholders(doc, s.line + 1, s.end).length > 0) continue;
      ctx.report({ message: ctx.msg('empty', { section: s.title }), range: s.titleRange });
    }
  },
});

/**
 * Whether lines [from, to) hold anything beyond headings, table headers, comments, HTML tags,
 * placeholders and blank space. Code blocks count as content: a command is content.
 */
function hasContent(doc: MdDocument, from: number, to: number): boolean {
  if (from >= to) return false;
  const quick = plainContentLine(doc, from, to);
  if (quick !== undefined) return quick;
  const start = doc.lines.starts[from];
  const stop = to >= doc.lines.lineCount ? doc.text.length : doc.lines.starts[to];
  // Blank comments and placeholders in place (offsets kept, line breaks too).
  const holes: Array<[number, number]> = [];
  for (const c of doc.comments) if (c.start >= start && c.stop <= stop) holes.push([c.start, c.stop]);
  for (const p of findPlaceholders(doc, from, to)) holes.push([p.start, p.stop]);
  holes.sort((a, b) => a[0] - b[0]);
  let text = '';
  let at = start;
  for (const [a, b] of holes) {
    if (a < at) continue;
    text += doc.text.slice(at, a) + doc.text.slice(a, b).replace(/[^\r\n]/g, ' ');
    at = b;
  }
  text += doc.text.slice(at, stop);
  // Heading lines and a table's header and delimiter rows are structure, not content.
  const structure = new Set<number>();
  for (const s of doc.sections) if (s.line >= from && s.line < to) structure.add(s.line);
  for (const t of doc.tables) {
    if (t.line >= from && t.line < to) {
      structure.add(t.line);
      structure.add(t.line + 1);
    }
  }
  return text.split(/\r\n|\r|\n/).some((l, i) => !structure.has(from + i) && /[\p{L}\p{N}]/u.test(l.replace(HTML_TAG, ' ')));
}

/**
 * Performance (bench/README.md): most sections show on their first written line that they are
 * not empty. True when the first line with a letter or digit (not a heading or table header row)
 * has nothing that hasContent would blank: no comment over it, no tag, no placeholder shape;
 * false when no line has a letter or digit; undefined when only the full check can tell.
 */
function plainContentLine(doc: MdDocument, from: number, to: number): boolean | undefined {
  const last = Math.min(to, doc.lines.lineCount);
  for (let i = from; i < last; i++) {
    const line = doc.lines.line(i);
    if (!LETTER_OR_DIGIT.test(line)) continue;
    // Heading lines and a table's header and delimiter rows are structure, never content.
    if (doc.sections.some((s) => s.line === i) || doc.tables.some((t) => t.line === i || t.line + 1 === i)) continue;
    const a = doc.lines.starts[i];
    const b = a + line.length;
    if (MAYBE_BLANKED.test(line) || doc.comments.some((c) => c.start < b && c.stop > a)) return undefined;
    return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Anything a placeholder, a comment or a tag could start with.
const MAYBE_BLANKED = /<|\{\{|\$\{|\[[A-Z]|TBD|TBC|TODO|FIXME/;
