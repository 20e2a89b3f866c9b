import { GENERIC_NAMES_LIST, GENERIC_NAME_WORDS, findNames, nameSites, nameForms, overlapsAny, type NameHit } from '../customer-names';
import { defineRule } from '../rule';
import { scanText } from '../sensitive-text';

export default defineRule({
  meta: {
    id: 'customer-leak',
    title: "Keep other customers' names out of an engagement's documents",
    rationale: "A document written for one customer that names another discloses a business relationship the other customer never agreed to share; it usually arrives by copying from another engagement's files.",
    severity: 'error',
    appliesTo: { types: 'all' },
    tags: ['privacy', 'cross-document'],
    fixable: false,
    wordLists: [GENERIC_NAMES_LIST],
    messages: {
      name: '"{text}" is the customer of another engagement ({engagement}); keep it out of this document',
      alias: '"{text}" is the alias of another engagement\'s customer ({engagement}); keep it out of this document',
    },
    example: { bad: 'Rollout follows the pattern we used at Globex Corporation.', good: 'Rollout follows a pattern proven at another customer of similar size.' },
  },
  check(ctx) {
    const own = ctx.engagement;
    if (!own) return;
    const others = ctx.workspace.engagements().filter((e) => e.path !== own.path);
    if (others.length === 0) return;
    const generic = ctx.words(GENERIC_NAMES_LIST, GENERIC_NAME_WORDS);
    const ownForms = [...nameForms(own.customer, generic), ...nameForms(own.alias, generic)];
    const ownKeys = new Set(ownForms.map((f) => f.text.toLowerCase()));
    const text = scanText(ctx.doc);
    // One pass over the text finds which names' leading words it contains; only those names are
    // searched for (bench/README.md). The index over every engagement lives with the workspace.
    const sites = nameSites(ctx.workspace, generic, ctx.doc, text);
    // Where this engagement's own names stand, a shorter name of another customer inside them is not a mention of it.
    const ownHits = findNames(text, ownForms, sites);
    const skip: NameHit[] = [...ownHits];
    const idRange = ctx.doc.frontMatter?.valueRange(['engagement']);
    if (idRange) skip.push({ start: ctx.doc.lines.offsetAt(idRange.start), stop: ctx.doc.lines.offsetAt(idRange.end), text: '' });
    // A feedback summary aggregates accounts under their aliases by design.
    const aliasesAllowed = ctx.type?.id === 'feedback-summary';
    const reported = new Set<number>();
    for (const other of others) {
      const kinds: Array<['name' | 'alias', string | undefined]> = [['name', other.customer], ['alias', aliasesAllowed ? undefined : other.alias]];
      for (const [kind, name] of kinds) {
        // Two engagements with the same customer share its names: those are not another customer's.
        const forms = nameForms(name, generic).filter((f) => !ownKeys.has(f.text.toLowerCase()));
        for (const h of findNames(text, forms, sites)) {
          if (reported.has(h.start) || overlapsAny(h.start, h.stop, skip)) continue;
          reported.add(h.start);
          ctx.report({ message: ctx.msg(kind, { text: oneLine(h.text), engagement: other.id }), range: ctx.doc.lines.rangeOf(h.start, h.stop) });
        }
      }
    }
  },
});

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}
