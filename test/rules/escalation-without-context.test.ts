import { fm, testRule } from '../helpers/rule-tester';

const ER = fm('escalation-report');

testRule('escalation-without-context', {
  valid: [
    {
      name: 'sentiment beside quantified impact',
      text: `${ER}## Business Impact\n\nThe customer is frustrated: 200 support agents cannot export tickets, and the 2026-12-01 audit is at risk.\n`,
    },
    {
      name: 'a technical issue summary',
      text: `${ER}## Issue Summary\n\nTicket exports fail with HTTP 504 for queues over 10,000 tickets since the 2026-11-18 upgrade.\n`,
    },
    {
      name: 'a figure anywhere in the section is context',
      text: `${ER}## Business Impact\n\n- This is a key account and they are unhappy.\n- Affected: 40 of 200 agents.\n`,
    },
    {
      name: 'negated sentiment and sentiment in other sections',
      text: `${ER}## Customer Context\n\nAn important customer, very frustrated.\n\n## Issue Summary\n\nThe customer is not upset yet, but the export job stops without an error.\n`,
    },
    {
      name: 'code, comments and template placeholders',
      text: `${ER}## Business Impact\n\n<!-- not "the customer is upset" -->\n\n- Affected: \${11:Users affected, e.g. the customer is upset}\n- Queue: \`frustrated-users\`\n`,
    },
    {
      name: 'an empty section is section-empty\'s finding',
      text: `${ER}## Business Impact\n\n## Reproduction Steps\n\n1. Open the export page.\n`,
    },
  ],
  invalid: [
    {
      name: 'business impact carried by sentiment',
      text: `${ER}## Business Impact\n\nThis is a very important customer and they are extremely frustrated with us.\n`,
      errors: [
        {
          message: '"Business Impact" rests on sentiment ("very important") with no figure: quantify who or what is affected (users, transactions, revenue, deadlines)',
          line: 10,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'an issue summary carried by sentiment, reported once on its first such sentence',
      text: `${ER}## Issue Summary\n\nExports keep failing.\n\nThe customer is upset and escalating loudly through their account manager. They are furious.\n`,
      errors: [{ message: '"Issue Summary" rests on sentiment ("upset") with no figure: describe the fault in technical terms', line: 12 }],
    },
    {
      name: 'both sections, by alias, in a list',
      text: `${ER}## Summary\n\n- VIP account, exports broken\n\n## Impact\n\n- The customer is very concerned about the renewal.\n`,
      errors: [
        { message: '"Summary" rests on sentiment ("VIP")', line: 10 },
        { message: '"Impact" rests on sentiment ("very concerned")', line: 14 },
      ],
    },
    {
      name: 'words added in the configuration',
      text: `${ER}## Business Impact\n\nThey are seething.\n`,
      config: { words: { sentiment: ['seething'] } },
      errors: [{ message: '("seething")', line: 10 }],
    },
    {
      name: 'CRLF line endings',
      text: `${ER}## Business Impact\n\nThe customer is angry.\n`.replace(/\n/g, '\r\n'),
      errors: [{ message: '"Business Impact" rests on sentiment ("angry")', line: 10 }],
    },
  ],
});
