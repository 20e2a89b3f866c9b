import assert from 'node:assert/strict';
import { fm, runRule, testRule } from '../helpers/rule-tester';

const FS = fm('feedback-summary');

testRule('request-without-need', {
  valid: [
    {
      name: 'requests with the outcome they serve',
      text: `${FS}## Individual Requests\n\n- Customer B wants a CSV export of payouts so that finance can reconcile daily.\n- Customer D asked for audit log streaming to meet their SOC2 evidence requirements.\n- Customer E requested SCIM because leavers keep access for days.\n`,
    },
    {
      name: 'the need given in a nested item or a label of the same item',
      text: `${FS}## Theme Analysis\n\n### Bulk deprovisioning\n\n- Four accounts requested bulk deprovisioning.\n  - Why: leavers keep access for up to 5 days.\n- Customer F would like SAML. Need: their auditor rejects shared passwords.\n`,
    },
    {
      name: 'needs phrased as needs, request as a noun, requested as an attribute',
      text: `${FS}## Executive Summary\n\nCustomers need SSO to pass audits. We received 14 requests for SAML, and feature requests rose 20%. Acme requests per second doubled. Support Ticket Attention Requests are tracked weekly. The security pack holds commonly requested documents and can be requested via the portal.\n\n- Requested Dates\n`,
    },
    {
      name: "the author's voice, conditions and negations",
      text: `${FS}## Competitive Intelligence\n\nWe asked for more detail on pricing. If they want parity, Competitor X wins. Customer C does not want another agent. You might want to read the survey. Admins who want to attend can register. We're looking for design partners.\n`,
    },
    {
      name: "a customer's own words in a blockquote or quotation marks",
      text: `${FS}## Theme Analysis\n\n> We want a button that removes everyone who left.\n\nOne admin said "we want dark mode" at the 2026-11-02 review.\n`,
    },
    {
      name: 'headings, code, comments and placeholders',
      text: `${FS}## Individual Requests\n\n### Customer B wants CSV\n\n\`customer wants export\`\n\n<!-- Customer C wants dark mode -->\n\n- \${30:Account alias}: {{wants something}}\n`,
    },
    {
      name: 'purpose in a "so" clause, or an outcome elsewhere in the row',
      text: `${FS}## Recommended Priorities\n\nCustomer B's IT lead wants SCIM as well, so their Okta groups drive access.\n\n| Priority | Action | Impact | Rationale |\n|---|---|---|---|\n| 2 | Scheduled exports | Saves finance 2 days a month | Customers asked for it |\n`,
    },
    {
      name: 'procedural uses of requested',
      text: `${FS}## Recommended Priorities\n\nThe effort estimates were added as requested by the product team.\n`,
    },
    {
      name: 'purpose words added in the configuration',
      text: `${FS}## Individual Requests\n\n- Customer B wants dark mode, for accessibility.\n`,
      config: { words: { purpose: ['for accessibility'] } },
    },
  ],
  invalid: [
    {
      name: 'wishes without a purpose in a list',
      text: `${FS}## Individual Requests\n\n- Customer B wants a CSV export of payouts.\n- Customer D asked for dark mode.\n- Customer E needs SCIM so that leavers lose access the same day.\n`,
      errors: [
        { message: 'Request "wants a CSV export of payouts" states no outcome it serves: say what it would let the customer achieve ("so that …", "to reduce …")', line: 10, severity: 'warning' },
        { message: 'Request "asked for dark mode"', line: 11 },
      ],
    },
    {
      name: 'a request reported in a that-clause, with link text in the message',
      text: `${FS}## Executive Summary\n\nCustomer B told us that they want [webhooks](https://example.com/webhooks) for invoice events.\n`,
      errors: [{ message: 'Request "want webhooks for invoice events"', line: 10 }],
    },
    {
      name: 'verb forms of request, and only the sentence without the outcome',
      text: `${FS}## Theme Analysis\n\nFour accounts requested bulk deprovisioning. Customer B requests a sandbox. Customers request more seats to reduce contractor wait times.\n`,
      errors: [
        { message: 'Request "requested bulk deprovisioning"', line: 10 },
        { message: 'Request "requests a sandbox"', line: 10 },
      ],
    },
    {
      name: 'a table row, reported on the cell',
      text: `${FS}## Recommended Priorities\n\n| Priority | Action | Impact | Effort | Rationale |\n|---|---|---|---|---|\n| 1 | Bulk export | 5 accounts | 3 sprints | Customers keep asking for it |\n`,
      errors: [{ message: 'Request "asking for it"', line: 12 }],
    },
    {
      name: 'would like, and a progressive request',
      text: `${FS}## Executive Summary\n\nMost admins would like a dark theme. Two accounts are requesting an EU region.\n`,
      errors: [{ message: 'Request "would like a dark theme"', line: 10 }, { message: 'Request "requesting an EU region"', line: 10 }],
    },
    {
      name: 'request words added in the configuration',
      text: `${FS}## Individual Requests\n\n- Customer B is pushing for webhooks.\n`,
      config: { words: { request: ['pushing for'] } },
      errors: [{ message: 'Request "pushing for webhooks"', line: 10 }],
    },
    {
      name: 'CRLF line endings',
      text: `${FS}## Individual Requests\n\n- Customer B wants dark mode.\n`.replace(/\n/g, '\r\n'),
      errors: [{ message: 'Request "wants dark mode"', line: 10 }],
    },
  ],
});

describe('request-without-need suggestions', () => {
  it('offers "so that [Outcome it serves]" before the closing punctuation, never as a fix', () => {
    const { findings } = runRule('request-without-need', { text: `${FS}## Individual Requests\n\n- Customer B wants dark mode.\n` });
    assert.equal(findings.length, 1);
    assert.equal(findings[0].fix, undefined);
    assert.deepEqual(findings[0].range, { start: { line: 9, character: 2 }, end: { line: 9, character: 29 } });
    const edit = findings[0].suggestions?.[0].edits[0];
    assert.equal(edit?.newText, ' so that [Outcome it serves]');
    assert.deepEqual(edit?.range.start, { line: 9, character: 28 });
  });
});
