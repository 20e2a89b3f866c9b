import type { MdDocument } from '../document';
import { findPlaceholders, type Placeholder } from '../placeholders';
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
  const start = doc.lines.starts[from];
  const stop = to >= doc.lines.lineCount ? doc.text.length : doc.lines.starts[to];
  // Heading lines and a table's header and delimiter rows are structure, not content.
  const structure = new Set<number>();
  for (const s of doc.sections) if (s.line >= from && s.line < to) structure.add(s.line);
  for (const t of doc.tables) {
    if (t.line >= from && t.line < to) {
      structure.add(t.line);
      structure.add(t.line + 1);
    }
  }
  // Comments that lie wholly in the section are blanked, and so are placeholders in place.
  const comments = doc.comments.filter((c) => c.start >= start && c.stop <= stop);
  // Line by line (every blanked span and tag lies within its lines), stopping at the first line
  // with a letter or digit left: most sections show on their first written line.
  let placeholders: Placeholder[] | undefined; // the section's, found once if a line needs them
  const last = Math.min(to, doc.lines.lineCount);
  for (let i = from; i < last; i++) {
    if (structure.has(i)) continue;
    const line = doc.lines.line(i);
    if (!LETTER_OR_DIGIT.test(line)) continue;
    const a = doc.lines.starts[i];
    const b = a + line.length;
    const over = comments.filter((c) => c.start < b && c.stop > a);
    if (over.length === 0 && !MAYBE_BLANKED.test(line)) return true;
    const units = line.split('');
    const blank = (x: number, y: number) => {
      for (let k = Math.max(x, a); k < Math.min(y, b); k++) units[k - a] = ' ';
    };
    for (const c of over) blank(c.start, c.stop);
    placeholders ??= findPlaceholders(doc, from, to);
    for (const p of placeholders) if (p.start < b && p.stop > a) blank(p.start, p.stop);
    if (LETTER_OR_DIGIT.test(units.join('').replace(HTML_TAG, ' '))) return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Anything a placeholder, a comment or a tag could start with.
const MAYBE_BLANKED = /<|\{\{|\$\{|\[[A-Z]|TBD|TBC|TODO|FIXME/;
