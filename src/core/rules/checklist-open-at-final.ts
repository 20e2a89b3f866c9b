import { shorten, stripMarkup } from '../items';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'checklist-open-at-final',
    title: 'Close every checklist item before marking a deliverable final',
    rationale: 'A deliverable marked final with unchecked items claims a readiness it has not shown; either finish the item or say why it does not apply.',
    severity: 'error',
    appliesTo: { types: 'all' },
    tags: ['structure'],
    fixable: false,
    messages: { open: 'Checklist item "{item}" is still open in a final document' },
    example: { bad: 'status: final\n- [ ] Rollback plan rehearsed', good: 'status: final\n- [x] Rollback plan rehearsed on 2026-11-20' },
  },
  check(ctx) {
    if (ctx.fm.status !== 'final') return;
    const doc = ctx.doc;
    for (const item of doc.listItems) {
      if (item.task && !item.task.checked) {
        // Named as written (item.text blanks code spans), less link targets, so the reader recognises it.
        const r = item.textRange;
        const text = stripMarkup(doc.lines.line(r.start.line).slice(r.start.character, r.end.character).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
        ctx.report({ message: ctx.msg('open', { item: shorten(text || '(empty)') }), range: item.task.boxRange });
      }
    }
  },
});
