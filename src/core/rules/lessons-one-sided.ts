import { blankSpans } from '../blanking';
import type { MdDocument, Section } from '../document';
import { isNegated } from '../negation';
import { findPlaceholders } from '../placeholders';
import { unitsOf, wordMatcher, type Unit } from '../prose';
import { defineRule } from '../rule';
import difficultyWords from './lessons-one-sided.words.json';

// "What was challenging: none", "Next time: nothing to change": a label whose answer denies it.
const NEGATIVE_ANSWER = /^(?:none|n\/?a|nothing|nil|no\b|not\s+(?:really|much|applicable|that\s+we\s+know)|[-\u2013\u2014]+$)/i;

export default defineRule({
  meta: {
    id: 'lessons-one-sided',
    title: 'Include what was hard and what to do differently in lessons learned',
    rationale:
      'A case study that only celebrates reads as marketing and teaches the next team nothing; the difficulties met and what would change next time are what make the approach repeatable.',
    severity: 'warning',
    appliesTo: { types: ['case-study'] },
    tags: ['content'],
    fixable: false,
    wordLists: ['difficulty'],
    messages: {
      oneSided: '"{section}" mentions no difficulty or anything to do differently: add what was hard and what the team would change next time',
    },
    example: {
      bad: '## Lessons Learned\n\n- Executive sponsorship kept the project on track.\n- The team loved the new dashboards.',
      good: '## Lessons Learned\n\n- Executive sponsorship kept the project on track.\n- We underestimated the data clean-up; next time we would profile the source data during discovery.',
    },
  },
  check(ctx) {
    const section = ctx.sections.get('lessons-learned');
    if (!section) return;
    const doc = ctx.doc;
    const words = ctx.words('difficulty', difficultyWords as string[]);
    const holes = findPlaceholders(doc, section.line + 1, section.end);
    const units = unitsOf(doc, section)
      .map((u) => ({ u, text: blankSpans(u.text, u.start, holes) }))
      .filter(({ text }) => /[\p{L}\p{N}]/u.test(text));
    // An empty section, or one holding only placeholders, is another rule's finding.
    if (units.length === 0) return;
    if (units.some((x, i) => mentionsDifficulty(doc, x, units[i + 1], words))) return;
    if (subHeadingsMention(doc, section, units, words)) return;
    // Unfilled template prompts ("What was challenging: …") are placeholder-remaining's finding.
    if (holes.length > 0) return;
    ctx.report({ message: ctx.msg('oneSided', { section: section.title }), range: section.titleRange });
  },
});

interface Judged {
  u: Unit;
  text: string;
}

/** Whether a unit names a difficulty that it does not deny, directly or through a "Label: answer" pair. */
function mentionsDifficulty(doc: MdDocument, x: Judged, next: Judged | undefined, words: string[]): boolean {
  const text = x.text;
  const colon = text.indexOf(':');
  const re = wordMatcher(words);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (colon > 0 && colon < 80 && m.index < colon) {
      // The word is in a label: what counts is the answer after it.
      const answer = text.slice(colon + 1).replace(/^[\s*_]+/, '');
      if (answer && !NEGATIVE_ANSWER.test(answer)) return true;
      if (!answer && next && continues(doc, x.u, next.u) && !NEGATIVE_ANSWER.test(next.text.trim())) return true;
      continue;
    }
    if (isNegated(text, m.index)) continue;
    return true;
  }
  return false;
}

/** Whether `next` answers the label `u` ends with: its nested list, or a list right under a paragraph. */
function continues(doc: MdDocument, u: Unit, next: Unit): boolean {
  const li = u.block.listItem;
  const nextLi = next.block.listItem;
  if (li) return !!nextLi && nextLi.line > li.line && nextLi.line < li.end;
  return u.block.kind === 'paragraph' && !!nextLi && next.block.line === u.block.end + (u.block.end < doc.lines.lineCount && doc.lines.line(u.block.end).trim() === '' ? 1 : 0);
}

/** A sub-heading such as "### What we would do differently" with something under it counts as the mention. */
function subHeadingsMention(doc: MdDocument, section: Section, units: Judged[], words: string[]): boolean {
  for (const h of doc.sections) {
    if (h.line <= section.line || h.line >= section.end) continue;
    const re = wordMatcher(words);
    const title = h.title;
    let hit = false;
    for (let m = re.exec(title); m; m = re.exec(title)) {
      if (!isNegated(title, m.index)) hit = true;
    }
    if (!hit) continue;
    const under = units.filter(({ u }) => u.block.line > h.line && u.block.line < h.end);
    if (under.length > 0 && !NEGATIVE_ANSWER.test(under[0].text.trim())) return true;
  }
  return false;
}
