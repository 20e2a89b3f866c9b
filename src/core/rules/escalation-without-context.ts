import { blankSpans } from '../blanking';
import { findPlaceholders } from '../placeholders';
import { hasQuantity, unitRange, unitsOf, wordMatcher, type Unit } from '../prose';
import { isNegated } from '../negation';
import { defineRule } from '../rule';
import sentimentWords from './escalation-without-context.words.json';

// The sections that must carry the escalation's substance, with the message for each.
const SECTIONS = [
  { id: 'issue-summary', message: 'summary' },
  { id: 'business-impact', message: 'impact' },
] as const;

export default defineRule({
  meta: {
    id: 'escalation-without-context',
    title: 'Carry an escalation on quantified impact, not sentiment',
    rationale:
      'Engineering can rank "blocking production deployment for a 200-person team" against other work; "the customer is very upset" or "an important customer" gives it nothing to act on.',
    severity: 'warning',
    appliesTo: { types: ['escalation-report'] },
    tags: ['evidence'],
    fixable: false,
    wordLists: ['sentiment'],
    messages: {
      summary: '"{section}" rests on sentiment ("{phrase}") with no figure: describe the fault in technical terms, with how often and since when it occurs',
      impact: '"{section}" rests on sentiment ("{phrase}") with no figure: quantify who or what is affected (users, transactions, revenue, deadlines)',
    },
    example: {
      bad: '## Business Impact\n\nThis is a very important customer and they are extremely frustrated.',
      good: '## Business Impact\n\nCheckout fails for 1 in 5 orders: about $40,000 of sales a day, and the 2026-12-01 launch is at risk.',
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    const sentiment = ctx.words('sentiment', sentimentWords as string[]);
    if (sentiment.length === 0) return;
    for (const { id, message } of SECTIONS) {
      const section = ctx.sections.get(id);
      if (!section) continue;
      const holes = findPlaceholders(doc, section.line + 1, section.end);
      const units = unitsOf(doc, section).map((u) => ({ u, text: blankSpans(u.text, u.start, holes) }));
      // Any figure in the section (affected users, orders, money, a deadline, an error rate) is context.
      if (units.some(({ text }) => hasQuantity(text))) continue;
      const hit = firstSentiment(units, sentiment);
      if (!hit) continue;
      ctx.report({ message: ctx.msg(message, { section: section.title, phrase: hit.phrase }), range: unitRange(doc, hit.u) });
    }
  },
});


function firstSentiment(units: Array<{ u: Unit; text: string }>, sentiment: string[]): { u: Unit; phrase: string } | undefined {
  for (const { u, text } of units) {
    const re = wordMatcher(sentiment);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (isNegated(text, m.index)) continue;
      return { u, phrase: m[0].replace(/\s+/g, ' ') };
    }
  }
  return undefined;
}
