import { GENERIC_NAMES_LIST, GENERIC_NAME_WORDS, findNames, leadingWord, nameForms, nameSites, overlapsAny, type NameForm, type NameHit } from '../customer-names';
import type { Engagement } from '../engagement';
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
    // Only the names whose leading word the document contains (or that have no such word) are
    // searched for, in the order of the engagements (bench/README.md).
    const leak = ctx.workspace.memo(generic, 'customer-leak', () => leakIndex(ctx.workspace.engagements(), generic));
    const searched = new Set(leak.anywhere);
    for (const w of sites.found()) for (const e of leak.byWord.get(w) ?? []) searched.add(e);
    for (const e of [...searched].sort((a, b) => a.order - b.order)) {
      if (e.engagement.path === own.path || (e.kind === 'alias' && aliasesAllowed)) continue;
      // Two engagements with the same customer share its names: those are not another customer's.
      const forms = e.forms.filter((_, i) => !ownKeys.has(e.keys[i]));
      for (const h of findNames(text, forms, sites)) {
        if (reported.has(h.start) || overlapsAny(h.start, h.stop, skip)) continue;
        reported.add(h.start);
        ctx.report({ message: ctx.msg(e.kind, { text: oneLine(h.text), engagement: e.engagement.id }), range: ctx.doc.lines.rangeOf(h.start, h.stop) });
      }
    }
  },
});

/** One engagement's customer name or alias: its forms, in the order the rule reports them. */
interface LeakEntry {
  order: number;
  engagement: Engagement;
  kind: 'name' | 'alias';
  forms: readonly NameForm[];
  /** Each form's text, lower-cased. */
  keys: string[];
}

/** Every engagement's names, and which of them a leading word can start (kept per workspace). */
function leakIndex(all: readonly Engagement[], generic: readonly string[]): { byWord: Map<string, LeakEntry[]>; anywhere: LeakEntry[] } {
  const byWord = new Map<string, LeakEntry[]>();
  const anywhere: LeakEntry[] = [];
  let order = 0;
  for (const engagement of all) {
    for (const [kind, name] of [['name', engagement.customer], ['alias', engagement.alias]] as const) {
      const forms = nameForms(name, generic);
      if (forms.length === 0) continue;
      const entry: LeakEntry = { order: order++, engagement, kind, forms, keys: forms.map((f) => f.text.toLowerCase()) };
      const words = new Set(forms.map((f) => leadingWord(f.text)));
      if (words.has(undefined)) {
        anywhere.push(entry);
        continue;
      }
      for (const w of words as Set<string>) {
        const list = byWord.get(w);
        if (list) list.push(entry);
        else byWord.set(w, [entry]);
      }
    }
  }
  return { byWord, anywhere };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}
