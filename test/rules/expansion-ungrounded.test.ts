import { fm, testRule } from '../helpers/rule-tester';

const expansion = (body: string) => `${fm('health-report', { period: '2026-11' })}\n# Health\n\n## Expansion Opportunities\n\n${body}`;

testRule('expansion-ungrounded', {
  valid: [
    {
      name: 'a table whose rows cite usage',
      text: expansion('| Opportunity | Usage Evidence | Customer Signal |\n|---|---|---|\n| 50 more seats | 190 of 200 seats in use | CFO asked for a quote on 2026-11-04 |\n| Analytics add-on | 1,800 CSV exports a month | Data team asked for dashboards |\n'),
    },
    {
      name: 'bullets with figures, in the item or in its sub-items',
      text: expansion('- EU payments team: API calls from the EU region grew 35% in October\n- Premium support\n  - 14 P2 tickets this quarter, 9 outside business hours\n'),
    },
    {
      name: 'a paragraph with usage data',
      text: expansion('The billing team could move to the Enterprise tier: they run 2.1M API calls a month, 80% of the Growth tier limit.\n'),
    },
    {
      name: 'subsections grounded somewhere in their text',
      text: expansion('### Second business unit\n\nThe logistics unit saw the demo.\n\n- Their pilot ran 340 shipments through the API in two weeks.\n'),
    },
    {
      name: 'nothing to report',
      text: expansion('None this period; adoption work comes first.\n\n- No expansion opportunities until the SSO issue is fixed.\n'),
    },
    {
      name: 'an introduction to a list',
      text: expansion('We see the following expansion opportunities:\n\n- Analytics add-on: 1,800 CSV exports a month\n'),
    },
    {
      name: 'prose that is not about an opportunity',
      text: expansion('Discussed with the account executive on the weekly call.\n'),
    },
    {
      name: 'placeholders are placeholder-remaining\'s finding',
      text: expansion('| Opportunity | Usage Evidence | Customer Signal |\n|---|---|---|\n| {{Opportunity}} | {{Usage figure}} | {{What the customer said}} |\n'),
    },
    {
      name: 'other sections are not checked',
      text: `${fm('health-report')}\n## Summary\n\n- They might want the analytics add-on.\n`,
    },
  ],
  invalid: [
    {
      name: 'a row without any figure',
      text: expansion('| Opportunity | Usage Evidence | Customer Signal |\n|---|---|---|\n| Analytics add-on | Heavy use of exports | CFO mentioned dashboards on 2026-11-04 |\n| 50 more seats | 190 of 200 seats in use | Asked for a quote |\n'),
      errors: [{ message: 'Expansion opportunity "Analytics add-on" cites no usage figure; back it with usage data (seats in use, volume, adoption) or leave it out', line: 16 }],
    },
    {
      name: 'speculative bullets',
      text: expansion('- Premium support: they would probably value faster response times\n- Data warehouse connector (seems like a natural next step)\n- Seats: 190 of 200 in use\n'),
      errors: [{ message: '"Premium support: they would probably value faster response …"', line: 14 }, { message: '"Data warehouse connector (seems like a natural next step)"', line: 15 }],
    },
    {
      name: 'a speculative paragraph',
      text: expansion('There is likely an upsell to the Enterprise tier once the platform team sees the value. The CTO seemed interested.\n'),
      errors: [{ message: 'Expansion opportunity "There is likely an upsell to the Enterprise tier once the p…"', line: 14 }],
    },
    {
      name: 'a subsection without figures',
      text: expansion('### Marketing team rollout\n\nThe marketing team could adopt the product for campaign approvals.\n'),
      errors: [{ message: 'Expansion opportunity "Marketing team rollout"', line: 14 }],
    },
    {
      name: 'a date or quarter alone is not a usage figure',
      text: expansion('- EU rollout in Q2 2027, discussed on 2026-11-04\n'),
      errors: ['"EU rollout in Q2 2027, discussed on 2026-11-04"'],
    },
    {
      name: 'a figure in a code span or a comment does not count',
      text: expansion('- Analytics add-on `limit: 200` <!-- check 190 seats -->\n'),
      errors: ['"Analytics add-on'],
    },
    {
      name: 'an alias heading and CRLF',
      text: `${fm('health-report', { period: '2026-11' })}\n## Upsell\n\n- Enterprise tier: they might need it\n`.replace(/\n/g, '\r\n'),
      errors: [{ message: '"Enterprise tier: they might need it"', line: 12 }],
    },
  ],
});
