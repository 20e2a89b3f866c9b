import { catalogColumn, itemsOf } from '../items';
import { defineRule } from '../rule';
import { introducesResponses } from '../section-items';
import { appendColumnEdits } from '../table-edit';

// TBD and TBC say "nobody yet" as plainly as "none"; only an untouched template prompt
// ({{Owner}}, [Owner]) is left to placeholder-remaining.
const NO_OWNER = new Set(['', '-', '--', '—', '–', 'n/a', 'na', 'none', 'nobody', 'unassigned', 'unknown', '?', '??', 'tbd', 'tbc']);

// Words of a sentence that introduces responses rather than items of its own.
const RESPONSES = ['mitigated by', 'mitigation', 'mitigations', 'mitigate', 'addressed by', 'handled by', 'countermeasures', 'workaround', 'workarounds'];

export default defineRule({
  meta: {
    id: 'owner-missing',
    title: 'Give every milestone, action item, next step, open question and risk an owner',
    rationale: 'An item nobody owns is an item nobody does; naming one person makes follow-up possible.',
    severity: 'warning',
    appliesTo: { types: 'all' },
    tags: ['ownership'],
    fixable: true,
    messages: {
      noColumn: 'The table in "{section}" has no {column} column',
      missing: '"{item}" in "{section}" has no owner',
    },
    example: { bad: '| Enable SSO | 2026-12-01 |  |', good: '| Enable SSO | 2026-12-01 | Dana Whitfield |' },
  },
  check(ctx) {
    const items = itemsOf(ctx.doc, ctx.sectionsWhere('owned'));
    const flagged = new Set<unknown>();
    for (const it of items) {
      if (it.kind === 'row' && !it.hasOwnerColumn) {
        if (flagged.has(it.table)) continue;
        flagged.add(it.table);
        const column = catalogColumn(it.def, 'owner', 'Owner');
        ctx.report({ message: ctx.msg('noColumn', { section: it.section.title, column }), range: it.table!.header.range, fix: appendColumnEdits(ctx.doc, it.table!, column) });
        continue;
      }
      // The bullets under "This is mitigated by:" answer a risk stated in prose; they are not items.
      if (it.kind === 'list' && introducesResponses(ctx.doc, it.section.line, it.line, RESPONSES)) continue;
      const owner = it.owner?.text.trim() ?? '';
      // A name passes, and so does an untouched template prompt: that is placeholder-remaining's finding.
      if (NO_OWNER.has(owner.toLowerCase())) {
        ctx.report({ message: ctx.msg('missing', { item: it.label, section: it.section.title }), range: it.labelRange });
      }
    }
  },
});

/** The owner column the catalog names for the section (a new column should match the template), else "Owner". */
