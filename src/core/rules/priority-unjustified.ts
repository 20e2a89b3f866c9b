import { blankSpans } from '../blanking';
import { findPlaceholders } from '../placeholders';
import { hasQuantity, unitsOf, type Unit } from '../prose';
import { defineRule } from '../rule';

const LEVEL = 'critical|urgent|highest|high|medium|moderate|normal|low|lowest|blocker|major|minor|S[0-4]';
// P1, Sev2, SEV-1, Severity 3, Priority 2.
const CODE = /\b(?:P[0-4]|SEV[-\s]?[0-4]|Severity[-\s]?[0-4]|Priority[-\s]?[0-4])\b/gi;
// "Priority: High", "severity is critical", "| Severity | Medium |", "High priority".
const LABELLED = new RegExp(`\\b(?:priority|severity|sev)\\b[\\s*_|:=\\-\\u2013\\u2014]*(?:(?:is|of|level)\\b[\\s*_|:]*)?(${LEVEL})\\b|\\b(${LEVEL})[\\s-]+(?:priority|severity)\\b`, 'gi');
// A section that opens with the level itself: "**High.** 40 agents…", "Critical - …".
const LEADING = new RegExp(`^[*_]*(${LEVEL})\\b[*_]*(?=\\s*(?:$|[-\\u2013\\u2014:.,(]))`, 'i');
// Words that argue for a priority: a stated reason, the SLA, or what the issue does to the customer.
const REASON = /\b(?:because|since(?!\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|last|yesterday|the\s+(?:upgrade|release|deploy)))|due\s+to|given\s+(?:that|the)|as\s+a\s+result|justif\w*|rationale|reason\w*|why)\b|\bSLAs?\b/i;
// Deliberately no "customer" or "account": "the customer is upset" is sentiment, not impact.
const IMPACT = /\b(?:block(?:s|ed|ing|er)?|outage|down(?:time)?|unavailable|cannot|can't|unable|fail(?:s|ed|ing|ures?)?|broken|affect(?:s|ed|ing)?|impact(?:s|ed|ing)?|revenue|breach(?:ed|es)?|deadline|production|data\s+loss|renewal|churn|workaround|launch|go-live|security|stopped|halted|lost|loss|corrupt\w*|at\s+risk|cosmetic|edge\s+case|isolated|intermittent\w*|limited|severe|users?|agents?|staff|employees|orders?|transactions?|payments?|invoices?|payroll|checkout|sign-?ins?|logins?|traffic|contract\w*|penalt(?:y|ies)|compliance|regulat\w*|audit)\b/i;

export default defineRule({
  meta: {
    id: 'priority-unjustified',
    title: 'Recommend a priority and justify it',
    rationale:
      'Engineering triages escalations against each other; a priority with the impact and SLA behind it can be weighed, while a bare "P1" (or none at all) sends the team back to ask.',
    severity: 'warning',
    appliesTo: { types: ['escalation-report'] },
    tags: ['content'],
    fixable: false,
    messages: {
      noPriority: '"{section}" names no priority: state one (P1–P4, Sev1–Sev4, or critical, high, medium or low) and justify it from the impact and the SLA',
      noJustification: 'Priority "{priority}" has no justification: say why, from the business impact and the SLA ("because …")',
    },
    example: {
      bad: '## Recommended Priority\n\nP1',
      good: '## Recommended Priority\n\nP1, because checkout is down for all 200 agents and the 4-hour resolution SLA expires at 16:00 UTC.',
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    const fmSeverity = typeof ctx.fm.severity === 'string' && ctx.fm.severity.trim() ? ctx.fm.severity.trim() : undefined;
    const section = ctx.sections.get('recommended-priority');
    // A missing section is section-required's finding.
    if (!section) return;
    const holes = findPlaceholders(doc, section.line + 1, section.end);
    const units = unitsOf(doc, section)
      .map((u) => ({ u, text: blankSpans(u.text, u.start, holes) }))
      .filter(({ text }) => /[\p{L}\p{N}]/u.test(text));
    // An empty section, or one still holding template placeholders, is another rule's finding.
    if (units.length === 0 || holes.length > 0) return;
    const stated = findPriority(units);
    if (!stated && !fmSeverity) {
      ctx.report({ message: ctx.msg('noPriority', { section: section.title }), range: section.titleRange });
      return;
    }
    if (units.some(({ text }) => justifies(text))) return;
    if (stated) {
      const range = doc.lines.rangeOf(stated.u.start + stated.index, stated.u.start + stated.index + stated.token.length);
      ctx.report({ message: ctx.msg('noJustification', { priority: stated.token }), range });
    } else {
      const range = doc.frontMatter?.rangeOf(['severity']) ?? section.titleRange;
      ctx.report({ message: ctx.msg('noJustification', { priority: fmSeverity! }), range });
    }
  },
});

function findPriority(units: Array<{ u: Unit; text: string }>): { u: Unit; index: number; token: string } | undefined {
  for (const [k, { u, text }] of units.entries()) {
    CODE.lastIndex = 0;
    const code = CODE.exec(text);
    LABELLED.lastIndex = 0;
    const labelled = LABELLED.exec(text);
    const leading = k === 0 ? LEADING.exec(text) : null;
    const candidates: Array<{ index: number; token: string }> = [];
    if (code) candidates.push({ index: code.index, token: code[0] });
    if (labelled) {
      const level = labelled[1] ?? labelled[2];
      candidates.push({ index: labelled.index + labelled[0].toLowerCase().lastIndexOf(level.toLowerCase()), token: level });
    }
    if (leading) candidates.push({ index: leading.index + leading[0].indexOf(leading[1]), token: leading[1] });
    if (candidates.length) return { u, ...candidates.sort((a, b) => a.index - b.index)[0] };
  }
  return undefined;
}

/** Whether a unit argues for the priority: a reason, the SLA, a figure, or what the issue does to the customer. */
function justifies(text: string): boolean {
  // The priority itself ("P1", "S2") is no figure.
  const rest = text.replace(CODE, ' ').replace(/\bS[0-4]\b/g, ' ');
  return REASON.test(rest) || IMPACT.test(rest) || hasQuantity(rest);
}
