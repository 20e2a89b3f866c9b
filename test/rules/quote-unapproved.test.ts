import assert from 'node:assert/strict';
import { ENGAGEMENT, fm, runRule, testRule } from '../helpers/rule-tester';

const CS = fm('case-study');
const CS_APPROVED = fm('case-study', { quote_approval: '{ approved_by: Lee Park, date: 2026-10-30 }' });
const FS = fm('feedback-summary', { period: '2026-Q3' });
const QUOTE = '## Customer Quote\n\n> We went live in three weeks instead of twelve.\n>\n> — Lee Park, Lead Architect\n';

testRule('quote-unapproved', {
  valid: [
    { name: 'approval recorded in the front matter', text: `${CS_APPROVED}${QUOTE}` },
    { name: 'inline marker after the blockquote', text: `${CS}${QUOTE}\n(quote approved by Lee Park, 2026-10-30)\n` },
    { name: 'inline marker on the attribution line', text: `${CS}## Customer Quote\n\n> We went live in three weeks instead of twelve.\n\n— Lee Park, Lead Architect (quote approved by Lee Park, 2026-10-30)\n` },
    {
      name: 'inline marker after a quoted sentence in prose',
      text: `${CS}## Results\n\n“The close now takes two days instead of six,” says Lee Park (quote approved by Lee Park, 2026-10-30). Finance agrees.\n`,
    },
    {
      name: 'notes, short quoted terms and unattributed quotes are not customer quotes',
      text: `${CS}## Solution\n\n> **Note:** the sandbox was reset weekly during the pilot.\n\nAfter a “mini deployment” the team moved on. The contract called it “a phased rollout across all business units”.\n\n> You can scroll the chart to see more domains.\n`,
    },
    {
      name: 'a quote from the vendor side is not a customer quote',
      engagement: ENGAGEMENT,
      text: `${CS}## Solution\n\n“We scoped the integration to the two payment flows that mattered most,” says Dana Whitfield.\n`,
    },
    {
      name: 'a document, an error or a survey question is not a customer',
      text: `${CS}## Solution\n\nThe documentation says “tokens expire after sixty minutes unless refreshed”. The log then says “connection reset by peer while reading the header”. We asked respondents “How satisfied are you with the export today?”\n`,
    },
    { name: 'an unfilled template quote is placeholder-remaining\'s to report', text: `${CS}## Customer Quote\n\n> {{Quote from the customer about the outcome}}\n>\n> {{Name and role of the person quoted}}\n\n(quote approved by {{Owner}}, {{YYYY-MM-DD}})\n` },
    { name: 'an internal document of another type is not read', text: `${fm('health-report', { period: '2026-10' })}## Recent Interactions\n\n“We are thinking about adding two more business units next year,” said Lee Park.\n` },
    { name: 'quotes in code are not read', text: `${CS}## Solution\n\n\`\`\`\n> “This is only an example quote in a code block,” said someone.\n\`\`\`\n` },
  ],
  invalid: [
    {
      name: 'a case study is public by default: an unapproved quote is an error',
      text: `${CS}${QUOTE}`,
      errors: [{ message: 'Quote "We went live in three weeks instead…" has no recorded approval', line: 10, severity: 'error' }],
    },
    {
      name: 'an internal feedback summary: a warning, for each representative quote of a theme',
      text: `${fm('feedback-summary', { period: '2026-Q3', audience: 'internal' })}## Theme Analysis\n\n### Bulk export\n\n- Accounts: 5\n\n> We export to CSV every Monday just to build one report.\n>\n> Ops lead at Customer C\n\n> Same here.\n`,
      errors: [
        { message: 'Quote "We export to CSV every Monday just…"', line: 16, severity: 'warning' },
        { message: 'Quote "Same here."', line: 20, severity: 'warning' },
      ],
    },
    {
      name: 'quoted sentences attributed in prose, before or after the quote',
      text: `${CS}## Challenge\n\n“The magic happens when you join the pieces together,” explains Lee Park, lead architect. According to Priya Raman, “We had to review every patch by hand.”\n\nLee Park says the migration went smoothly. “For us to deploy, we need approvals from three security teams.”\n`,
      errors: [
        { message: 'Quote "The magic happens when you join the…"', line: 10 },
        { message: 'Quote "We had to review every patch by…"', line: 10 },
        { message: 'Quote "For us to deploy, we need approvals…"', line: 12 },
      ],
    },
    {
      name: 'a marker with placeholders, or without a date, is not an approval',
      text: `${CS}## Customer Quote\n\n> We went live in three weeks instead of twelve.\n\n(quote approved by {{Owner}}, {{YYYY-MM-DD}})\n\n> Support tickets fell by half within a quarter.\n\n(quote approved by Lee Park)\n`,
      errors: [
        { message: 'Quote "We went live in three weeks instead…" has no recorded approval', line: 10 },
        { message: 'The approval of quote "Support tickets fell by half within a…" gives no date', line: 14 },
      ],
    },
    {
      name: 'a front matter approval with a placeholder does not count',
      text: `${fm('case-study', { quote_approval: '{ approved_by: "{{Approver}}", date: "{{YYYY-MM-DD}}" }' })}${QUOTE}`,
      errors: [{ message: 'has no recorded approval', line: 11 }],
    },
    {
      name: 'any customer-facing deliverable: an attributed blockquote',
      text: `${fm('onboarding-plan', { audience: 'customer' })}## Objectives\n\n> “We need every branch on the new platform before the audit in March.”\n>\n> — Lee Park\n`,
      errors: [{ message: 'Quote "We need every branch on the new…"', line: 11, severity: 'warning' }],
    },
    {
      name: 'a quote column in a themes table',
      text: `${FS}## Theme Analysis\n\n| Theme | Accounts | Representative quote |\n|---|---|---|\n| Bulk export | 5 | We export to CSV every Monday. |\n| SSO | 3 | |\n`,
      errors: [{ message: 'Quote "We export to CSV every Monday."', line: 13 }],
    },
    {
      name: 'CRLF line endings',
      text: `${CS}${QUOTE}`.replace(/\n/g, '\r\n'),
      errors: [{ message: 'has no recorded approval', line: 10 }],
    },
  ],
});

describe('quote-unapproved suggestion', () => {
  it('offers a quote_approval stub with placeholders, never applied as a fix', () => {
    const { findings } = runRule('quote-unapproved', { text: `${CS}${QUOTE}` });
    assert.equal(findings.length, 1);
    assert.equal(findings[0].fix, undefined);
    const s = findings[0].suggestions?.[0];
    assert.ok(s, 'a suggestion');
    assert.deepEqual(s.edits, [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, newText: 'quote_approval:\n  approved_by: "{{Approver}}"\n  date: "{{YYYY-MM-DD}}"\n' }]);
  });
});
