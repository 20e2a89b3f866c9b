import { ENGAGEMENT, fm, testRule } from '../helpers/rule-tester';

const plan = (rows: string, type = 'implementation-plan', header = '| Milestone | Baseline | Forecast | Owner | Status |\n|---|---|---|---|---|\n') =>
  `${fm(type)}\n# Plan\n\n## Phases and Milestones\n\n${header}${rows}`;

testRule('timeline-slip', {
  valid: [
    { name: 'on plan', engagement: ENGAGEMENT, text: plan('| UAT signed off | 2026-11-30 | 2026-11-30 | Lee Park | Planned |\n') },
    { name: 'a slip within 25% (22 of 90 days)', engagement: ENGAGEMENT, text: plan('| UAT signed off | 2026-11-30 | 2026-12-22 | Lee Park | At risk |\n') },
    { name: 'ahead of plan', engagement: ENGAGEMENT, text: plan('| UAT signed off | 2026-11-30 | 2026-11-10 | Lee Park | Done |\n') },
    { name: 'no forecast yet', engagement: ENGAGEMENT, text: plan('| UAT signed off | 2026-11-30 |  | Lee Park | Planned |\n') },
    { name: 'placeholders', engagement: ENGAGEMENT, text: plan('| UAT signed off | {{YYYY-MM-DD}} | {{YYYY-MM-DD}} | Lee Park | Planned |\n') },
    { name: 'no engagement start to measure from', engagement: '---\nengagement: acme\nstakeholders: []\n---\n', text: plan('| UAT signed off | 2026-11-30 | 2027-03-01 | Lee Park | Planned |\n') },
    { name: 'no engagement', text: plan('| UAT signed off | 2026-11-30 | 2027-03-01 | Lee Park | Planned |\n') },
    { name: 'a baseline before the engagement start', engagement: ENGAGEMENT, text: plan('| Contract signed | 2026-08-15 | 2026-09-10 | Lee Park | Done |\n') },
    { name: 'a table without a forecast column', engagement: ENGAGEMENT, text: plan('| UAT signed off | 2026-11-30 | Lee Park |\n', 'implementation-plan', '| Milestone | Due | Owner |\n|---|---|---|\n') },
    { name: 'a looser limit from the config', engagement: ENGAGEMENT, options: { maxSlipRatio: 0.5 }, text: plan('| UAT signed off | 2026-11-30 | 2027-01-14 | Lee Park | At risk |\n') },
    { name: 'a forecast in a comment is not read', engagement: ENGAGEMENT, text: plan('| UAT signed off | 2026-11-30 | 2026-12-01 <!-- 2027-03-01 if the DBA is late --> | Lee Park | Planned |\n') },
  ],
  invalid: [
    {
      name: 'a slip of more than 25% (23 of 90 days)',
      engagement: ENGAGEMENT,
      text: plan('| UAT signed off | 2026-11-30 | 2026-12-23 | Lee Park | At risk |\n'),
      errors: [{ message: '"UAT signed off" is forecast for 2026-12-23, 23 days after its baseline 2026-11-30: 26% of its 90-day planned duration from the engagement start 2026-09-01 (limit 25%); an escalation trigger, escalate and re-plan', line: 15 }],
    },
    {
      name: 'only the milestones that slipped too far, onboarding plan',
      engagement: ENGAGEMENT,
      text: `${fm('onboarding-plan')}\n# Onboarding\n\n## Milestones\n\n| Milestone | Baseline | Forecast | Owner | Success Criterion | Status |\n|---|---|---|---|---|---|\n| SSO live | 2026-10-01 | 2026-10-20 | Priya Raman | Customer can sign in with Okta | Done |\n| Data migrated | 2026-11-01 | 2026-11-08 | Lee Park | Customer can see 3 years of orders | Done |\n| Go-live | 2026-12-01 | 2027-02-01 | Lee Park | Customer can take payments | At risk |\n`,
      errors: [
        { message: '"SSO live" is forecast for 2026-10-20, 19 days after its baseline 2026-10-01: 63% of its 30-day planned duration', line: 15 },
        { message: '"Go-live" is forecast for 2027-02-01, 62 days after its baseline 2026-12-01: 68% of its 91-day planned duration', line: 17 },
      ],
    },
    {
      name: 'a tighter limit from the config',
      engagement: ENGAGEMENT,
      options: { maxSlipRatio: 0.1 },
      text: plan('| UAT signed off | 2026-11-30 | 2026-12-12 | Lee Park | At risk |\n'),
      errors: ['12 days after its baseline 2026-11-30: 13% of its 90-day planned duration from the engagement start 2026-09-01 (limit 10%)'],
    },
    {
      name: 'a table anywhere in the plan with Planned and Revised date columns',
      engagement: ENGAGEMENT,
      text: `${fm('implementation-plan')}\n# Plan\n\n## Environments\n\n| Environment | Planned date | Revised date | Owner |\n|---|---|---|---|\n| Production | **2026-10-31** | 2026-12-15 | Platform Team |\n`,
      errors: [{ message: '"Production" is forecast for 2026-12-15, 45 days after its baseline 2026-10-31', line: 15 }],
    },
    {
      name: 'CRLF line endings',
      engagement: ENGAGEMENT,
      text: plan('| UAT signed off | 2026-11-30 | 2027-01-30 | Lee Park | At risk |\n').replace(/\n/g, '\r\n'),
      errors: [{ message: '"UAT signed off" is forecast for 2027-01-30', line: 15 }],
    },
  ],
});
