import { findPlaceholders, isPlaceholder } from '../placeholders';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'placeholder-remaining',
    title: 'Replace every template placeholder',
    rationale: 'A placeholder left in ({{Owner}}, TBD, [YYYY-MM-DD]) is an unanswered question; in a final document it tells the customer the work was not finished.',
    severity: 'warning',
    appliesTo: { types: 'all' },
    tags: ['structure'],
    fixable: false,
    messages: { body: 'Placeholder "{text}" is still in the document', key: 'Front matter "{key}" still holds the placeholder "{text}"' },
    example: { bad: '| SSO live | {{YYYY-MM-DD}} | TBD |', good: '| SSO live | 2026-12-01 | Dana Whitfield |' },
  },
  check(ctx) {
    const doc = ctx.doc;
    const final = ctx.fm.status === 'final';
    const escalate = final ? ('error' as const) : undefined;
    const fm = doc.frontMatter;
    if (fm) {
      // Nested values too: `quote_approval: {approved_by: "{{Name}}"}` is as unfinished as a top-level one.
      const visit = (value: unknown, path: Array<string | number>, depth: number): void => {
        if (isPlaceholder(value)) {
          ctx.report({ message: ctx.msg('key', { key: path.join('.'), text: String(value).trim() }), range: fm.valueRange(path) ?? fm.rangeOf(path), escalate });
        } else if (value && typeof value === 'object' && depth < 8) {
          for (const [k, v] of Array.isArray(value) ? value.entries() : Object.entries(value)) visit(v, [...path, k], depth + 1);
        }
      };
      for (const [key, value] of Object.entries(ctx.fm)) visit(value, [key], 0);
    }
    for (const p of findPlaceholders(doc)) {
      ctx.report({ message: ctx.msg('body', { text: p.text.length > 60 ? `${p.text.slice(0, 59)}…` : p.text }), range: doc.lines.rangeOf(p.start, p.stop), escalate });
    }
  },
});
