import assert from 'node:assert/strict';
import { ENGAGEMENT, fm, runRule, testRule } from '../helpers/rule-tester';

const actions = (rows: string) =>
  `${fm('health-report', { period: '2026-11' })}\n# Health\n\n## Action Items\n\n| Action | Owner | Deadline | Status |\n|---|---|---|---|\n${rows}`;
const steps = (items: string) => `${fm('architecture-review', { session_date: '2026-11-01' })}\n# Review\n\n## Recommended Next Steps\n\n${items}`;

testRule('owner-unknown', {
  valid: [
    { name: 'full names of stakeholders', engagement: ENGAGEMENT, text: actions('| Run adoption workshop | Dana Whitfield | 2026-12-01 | Open |\n| Fix SSO group sync | Priya Raman | 2026-12-05 | Open |\n') },
    { name: 'case does not matter', engagement: ENGAGEMENT, text: actions('| Run adoption workshop | dana whitfield | 2026-12-01 | Open |\n') },
    { name: 'a first or a last name only one stakeholder has', engagement: ENGAGEMENT, text: actions('| Workshop | Dana | 2026-12-01 | Open |\n| Review | Park | 2026-12-01 | Open |\n') },
    { name: 'a team listed as a stakeholder', engagement: ENGAGEMENT, text: actions('| Raise API quota | Platform Team | 2026-12-01 | Open |\n') },
    { name: 'several owners, each known', engagement: ENGAGEMENT, text: actions('| Joint review | Dana Whitfield / Lee Park and Priya | 2026-12-01 | Open |\n') },
    { name: 'an initial for one of the names', engagement: ENGAGEMENT, text: actions('| Workshop | Dana W. | 2026-12-01 | Open |\n| Review | L. Park | 2026-12-01 | Open |\n') },
    { name: 'a role in parentheses', engagement: ENGAGEMENT, text: actions('| Workshop | Priya Raman (Security Lead) | 2026-12-01 | Open |\n') },
    { name: 'a role only one stakeholder holds', engagement: ENGAGEMENT, text: actions('| Pen test | Security Lead | 2026-12-01 | Open |\n') },
    { name: 'a mailto link or an email beside the name', engagement: ENGAGEMENT, text: actions('| Workshop | [Lee Park](mailto:lee.park@acme.example) | 2026-12-01 | Open |\n| Review | L. Park <lee.park@acme.example> | 2026-12-01 | Open |\n| Sync | dana@vendor.example | 2026-12-01 | Open |\n') },
    { name: 'bold owner', engagement: ENGAGEMENT, text: actions('| Workshop | **Lee Park** | 2026-12-01 | Open |\n') },
    { name: 'Owner: NAME in a list item', engagement: ENGAGEMENT, text: steps('- Send the summary. Owner: Dana Whitfield, due 2026-11-03\n- [ ] Confirm the VPN range @lee.park 2026-11-10\n') },
    { name: 'missing owners are owner-missing\'s finding', engagement: ENGAGEMENT, text: actions('| Workshop |  | 2026-12-01 | Open |\n| Review | TBD | 2026-12-01 | Open |\n| Sync | n/a | 2026-12-01 | Open |\n') },
    { name: 'placeholders are left to placeholder-remaining', engagement: ENGAGEMENT, text: actions('| Workshop | {{Owner}} | 2026-12-01 | Open |\n| Review | [Name] | 2026-12-01 | Open |\n') },
    { name: 'no engagement: nothing to compare with', text: actions('| Workshop | Jordan Smith | 2026-12-01 | Open |\n') },
    {
      name: 'an engagement without stakeholders',
      engagement: '---\nengagement: acme\ncustomer: Acme Payments\nstakeholders: []\n---\n',
      text: actions('| Workshop | Jordan Smith | 2026-12-01 | Open |\n'),
    },
    { name: 'owners outside owned sections are not read', engagement: ENGAGEMENT, text: `${fm('health-report')}\n## Summary\n\n| Who | Owner |\n|---|---|\n| Someone | Jordan Smith |\n` },
    { name: 'an owner in a code span is not an owner', engagement: ENGAGEMENT, text: steps('- Rotate the key (`Owner: Jordan`). Owner: Lee Park, 2026-11-10\n') },
  ],
  invalid: [
    {
      name: 'a near miss suggests the stakeholder',
      engagement: ENGAGEMENT,
      text: actions('| Run adoption workshop | Lee Parker | 2026-12-01 | Open |\n'),
      errors: [{ message: 'Owner "Lee Parker" of "Run adoption workshop" is not a stakeholder of engagement "acme"; did you mean "Lee Park"?', line: 16 }],
    },
    {
      name: 'someone the engagement does not list',
      engagement: ENGAGEMENT,
      text: actions('| Renewal call | Jordan Smith | 2026-12-01 | Open |\n'),
      errors: [{ message: 'Owner "Jordan Smith" of "Renewal call" is not a stakeholder of engagement "acme"', line: 16 }],
    },
    {
      name: 'only the unknown one of several owners',
      engagement: ENGAGEMENT,
      text: actions('| Joint review | Dana Whitfield, Morgan Lee | 2026-12-01 | Open |\n'),
      errors: ['Owner "Morgan Lee" of "Joint review"'],
    },
    {
      name: 'a list item with Owner:',
      engagement: ENGAGEMENT,
      text: steps('- Send the summary. Owner: Priya Ramen, due 2026-11-03\n'),
      errors: [{ message: 'Owner "Priya Ramen" of "Send the summary. Owner: Priya Ramen, due 2026-11-03" is not a stakeholder of engagement "acme"; did you mean "Priya Raman"?', line: 14 }],
    },
    {
      name: 'separators inside parentheses do not split an owner',
      engagement: ENGAGEMENT,
      text: actions('| Pen test | Priya Raman (Security, Compliance), Jordan Smith | 2026-12-01 | Open |\n'),
      errors: ['Owner "Jordan Smith" of "Pen test"'],
    },
    {
      name: 'a date after the owner is not a second owner',
      engagement: ENGAGEMENT,
      text: steps('- Send the summary. Owner: Jordan Smith, Dec 10\n- Book the workshop. Owner: Jordan Smith, 2026-12-01\n'),
      errors: ['Owner "Jordan Smith" of "Send the summary', 'Owner "Jordan Smith" of "Book the workshop'],
    },
    {
      name: 'a mention',
      engagement: ENGAGEMENT,
      text: steps('- [ ] Confirm the VPN range @jordan 2026-11-10\n'),
      errors: ['Owner "jordan"'],
    },
    {
      name: 'a first name two stakeholders share',
      engagement: `---\nengagement: acme\nstakeholders:\n  - { name: Sam Ortiz, role: DBA }\n  - { name: Sam Lee, role: Network }\n---\n`,
      text: actions('| Index tuning | Sam | 2026-12-01 | Open |\n'),
      errors: ['Owner "Sam" of "Index tuning" could be any of "Sam Ortiz", "Sam Lee"; write the full name'],
    },
    {
      name: 'the customer as a whole is not a stakeholder',
      engagement: ENGAGEMENT,
      text: actions('| Provide test data | Customer | 2026-12-01 | Open |\n'),
      errors: ['Owner "Customer"'],
    },
    {
      name: 'open questions and CRLF',
      engagement: ENGAGEMENT,
      text: `${fm('architecture-review', { session_date: '2026-11-01' })}\n## Open Questions\n\n| Question | Owner | Due |\n|---|---|---|\n| Is CDC allowed on the replica? | Chris DBA | 2026-11-20 |\n`.replace(/\n/g, '\r\n'),
      errors: [{ message: 'Owner "Chris DBA" of "Is CDC allowed on the replica?"', line: 14 }],
    },
  ],
});

describe('owner-unknown suggestions', () => {
  it('replace exactly the unknown name with the nearest stakeholder', () => {
    const text = actions('| Joint review | Dana Whitfield, Lee Parker | 2026-12-01 | Open |\n');
    const { findings } = runRule('owner-unknown', { text, engagement: ENGAGEMENT });
    assert.equal(findings.length, 1);
    const s = findings[0].suggestions?.[0];
    assert.ok(s, 'a suggestion');
    assert.equal(s.title, 'Replace with "Lee Park"');
    const r = s.edits[0].range;
    const line = text.split('\n')[r.start.line];
    assert.equal(line.slice(r.start.character, r.end.character), 'Lee Parker');
    assert.equal(s.edits[0].newText, 'Lee Park');
    assert.equal(findings[0].fix, undefined);
  });

  it('offers each candidate for an ambiguous name', () => {
    const engagement = `---\nengagement: acme\nstakeholders:\n  - { name: Sam Ortiz }\n  - { name: Sam Lee }\n---\n`;
    const { findings } = runRule('owner-unknown', { text: actions('| Tuning | Sam | 2026-12-01 | Open |\n'), engagement });
    assert.deepEqual(findings[0].suggestions?.map((s) => s.edits[0].newText), ['Sam Ortiz', 'Sam Lee']);
  });

  it('suggests nothing when no stakeholder is close', () => {
    const { findings } = runRule('owner-unknown', { text: actions('| Renewal | Jordan Smith | 2026-12-01 | Open |\n'), engagement: ENGAGEMENT });
    assert.equal(findings[0].suggestions, undefined);
  });
});
