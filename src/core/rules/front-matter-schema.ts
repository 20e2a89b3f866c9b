import { catalog } from '../catalog';
import { isPlaceholder } from '../placeholders';
import { defineRule } from '../rule';
import { validators } from '../schemas';

export default defineRule({
  meta: {
    id: 'front-matter-schema',
    title: 'Give every deliverable valid front matter',
    rationale: 'The tree, the checklists and every other rule read the type, status, date and author from front matter; a deliverable without them cannot be tracked or trusted.',
    severity: 'error',
    appliesTo: { types: 'all' },
    tags: ['structure'],
    fixable: false,
    messages: {
      noFrontMatter: 'engagement.md has no front matter; start it with a `---` block giving engagement, customer and stakeholders',
      emptyType: 'Front matter "deliverable" is empty; give the deliverable type, such as "health-report"',
      unknownType: 'Unknown deliverable type "{type}"{hint}',
      invalid: '{message}',
    },
    example: { bad: 'deliverable: health report\nstatus: done', good: 'deliverable: health-report\nstatus: final\ndate: 2026-11-02' },
  },
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    if (!fm) {
      // A deliverable gets here without front matter only when linted with `--as TYPE`, which
      // asks for exactly that; engagement.md has no such excuse.
      if (ctx.kind === 'engagement') ctx.report({ message: ctx.msg('noFrontMatter'), range: ctx.doc.lines.trimmedLineRange(0) });
      return;
    }
    for (const p of fm.problems) ctx.report({ message: p.message, range: p.range });
    if (fm.problems.length) return;
    // Linted with `--as TYPE`: the front matter belongs to another tool (a site generator's
    // title and layout), so it is not held to this type's schema.
    if (ctx.kind === 'deliverable' && ctx.type && ctx.fm.deliverable === undefined) return;
    const errors = ctx.kind === 'engagement'
      ? validators().validateEngagement(ctx.fm)
      : ctx.type
        ? validators().validateDeliverable(ctx.type, ctx.fm)
        : [];
    if (ctx.kind === 'deliverable' && !ctx.type) {
      const given = String(ctx.fm.deliverable ?? '').trim();
      if (!given) {
        ctx.report({ message: ctx.msg('emptyType'), range: fm.rangeOf(['deliverable']) });
        return;
      }
      const near = nearest(given, catalog().types.map((t) => t.id));
      ctx.report({
        message: ctx.msg('unknownType', { type: given, hint: near ? `; did you mean "${near}"?` : '' }),
        range: fm.valueRange(['deliverable']) ?? fm.rangeOf(['deliverable']),
        suggestions: near ? [{ title: `Change to "${near}"`, edits: [{ range: fm.valueRange(['deliverable']) ?? fm.rangeOf(['deliverable']), newText: near }] }] : undefined,
      });
      return;
    }
    for (const e of errors) {
      // A value still holding a template placeholder is placeholder-remaining's finding.
      if (e.keyword !== 'required' && isPlaceholder(valueAt(ctx.fm, e.path))) continue;
      // A missing key points at its parent key, or at `deliverable:` for a top-level key.
      const range = e.keyword === 'required' ? fm.rangeOf(e.path.length ? e.path : ctx.kind === 'engagement' ? [] : ['deliverable']) : fm.rangeOf(e.path);
      ctx.report({ message: ctx.msg('invalid', { message: e.message }), range });
    }
  },
});

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = data;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

/** The id closest to `s` by edit distance, when close enough to be a typo. */
function nearest(s: string, ids: readonly string[]): string | undefined {
  const norm = s.toLowerCase().trim().replace(/[\s_]+/g, '-');
  let best: string | undefined;
  let bestD = Infinity;
  for (const id of ids) {
    const d = distance(norm, id);
    if (d < bestD) {
      bestD = d;
      best = id;
    }
  }
  return bestD <= Math.max(2, Math.floor(norm.length / 3)) ? best : undefined;
}

function distance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Infinity;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}
