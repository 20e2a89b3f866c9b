import { fm, testRule } from '../helpers/rule-tester';

const OP = fm('onboarding-plan');
const DS = fm('discovery-summary');
const UAT = fm('uat-signoff');
const SP = fm('solution-proposal');
const PIR = fm('post-implementation-review');
const MILESTONES = '## Milestones\n\n| Milestone | Baseline | Forecast | Owner | Success Criterion | Status |\n|---|---|---|---|---|---|\n';

testRule('criterion-unmeasurable', {
  valid: [
    {
      name: 'observable outcomes and numbers',
      text: `${DS}## Success Criteria\n\n- Customer can authenticate via SSO with their Okta accounts.\n- Agents are able to close a ticket from Slack.\n- 95% of orders sync within 5 minutes (by 2026-12-01).\n- Order history migrated with zero reconciliation differences.\n`,
    },
    {
      name: 'a state used as a condition or an attribute',
      text: `${OP}## Go-Live Definition\n\n- Invoices post automatically once the data is migrated.\n- Alerts fire on the configured threshold.\n- Users completed training and rate it 4 of 5.\n`,
    },
    {
      name: 'the criterion column of a milestones table',
      text: `${OP}${MILESTONES}| SSO configured | 2026-11-02 | 2026-11-02 | Lee Park | Customer can sign in with Okta | Done |\n\n- All dates assume the sandbox is provisioned by 2026-11-05.\n`,
    },
    {
      name: 'a target figure in the row makes a terse criterion measurable',
      text: `${SP}## Success Criteria and KPIs\n\n| Criterion | Baseline | Target | Date |\n|---|---|---|---|\n| Order sync deployed | 4 hours | 5 minutes | 2026-12-01 |\n`,
    },
    {
      name: 'states outside criteria sections are not read',
      text: `${OP}## Technical Prerequisites\n\n- SSO configured in the staging tenant. Verify: \`okta-check\`\n`,
    },
    {
      name: 'template placeholders are placeholder-remaining\'s finding',
      text: `${OP}${MILESTONES}| \${4:Milestone} | \${5:YYYY-MM-DD} | \${6:YYYY-MM-DD} | \${7:Owner} | \${8:Integration configured} | Planned |\n\n## Go-Live Definition\n\n- {{SSO configured}}\n`,
    },
    {
      name: 'code, comments and a group label over nested criteria',
      text: `${DS}## Success Criteria\n\n<!-- not "SSO is set up" -->\n\n- Phase 1:\n  - Customer can export invoices as CSV.\n\n\`\`\`\n- SSO is set up\n\`\`\`\n`,
    },
    { name: 'CRLF line endings', text: `${UAT}## Test Cases\n\n| ID | Use Case | Acceptance Criterion |\n|---|---|---|\n| UAT-1 | Approvals | Finance can approve an invoice from one screen |\n`.replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'internal states in a go-live definition',
      text: `${OP}## Go-Live Definition\n\n- SSO is set up for all users.\n- Data migration done.\n- Customer can create a booking in production.\n- [ ] Agent deployed to all hosts\n`,
      errors: [
        { message: '"SSO is set up for all users." in "Go-Live Definition" describes an internal state, not an outcome: say what the customer can observe ("Customer can …") or give a number', line: 10, severity: 'warning' },
        { message: '"Data migration done." in "Go-Live Definition"', line: 11 },
        { message: '"Agent deployed to all hosts" in "Go-Live Definition"', line: 13 },
      ],
    },
    {
      name: 'the success criterion cell of a milestone, whatever the dates around it',
      text: `${OP}${MILESTONES}| SSO | 2026-11-02 | 2026-11-09 | Lee Park | SSO configured | Planned |\n| Pilot | 2026-12-01 | 2026-12-01 | Lee Park | Customer can book a pilot shipment | Planned |\n`,
      errors: [{ message: '"SSO configured" in "Milestones"', line: 12 }],
    },
    {
      name: 'the first cell when the table has no criterion column',
      text: `${PIR}## Success Criteria vs Actuals\n\n| Outcome | Expected | Actual |\n|---|---|---|\n| Order sync integration complete | Yes | Yes |\n`,
      errors: [{ message: '"Order sync integration complete" in "Success Criteria vs Actuals"', line: 12 }],
    },
    {
      name: 'an acceptance criterion column and a version number that is no measure',
      text: `${UAT}## Test Cases\n\n| ID | Use Case | Acceptance Criterion |\n|---|---|---|\n| UAT-1 | Approvals | Approval workflow configured |\n| UAT-2 | Agent | Agent v7.2 installed |\n`,
      errors: [
        { message: '"Approval workflow configured" in "Test Cases"', line: 12 },
        { message: '"Agent v7.2 installed" in "Test Cases"', line: 13 },
      ],
    },
    {
      name: 'continuation lines and nested items are judged as their own criteria',
      text: `${fm('poc-plan')}## Success Criteria\n\n- Reporting module has been\n  installed and tested in staging\n  - Connector deployed\n`,
      errors: [
        { message: '"Reporting module has been installed and tested in staging" in "Success Criteria"', line: 10 },
        { message: '"Connector deployed" in "Success Criteria"', line: 12 },
      ],
    },
    {
      name: 'words added in the configuration',
      text: `${DS}## Success Criteria\n\n- Tenant hardened\n`,
      config: { words: { 'internal-state': ['hardened'] } },
      errors: [{ message: '"Tenant hardened"', line: 10 }],
    },
    {
      name: 'CRLF line endings',
      text: `${DS}## Success Criteria\n\n- SSO configured\n`.replace(/\n/g, '\r\n'),
      errors: [{ message: '"SSO configured" in "Success Criteria"', line: 10 }],
    },
  ],
});
