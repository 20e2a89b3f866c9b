import { fm, testRule } from '../helpers/rule-tester';

const FS = fm('feedback-summary', { period: '2026-Q3' });
const TA = '## Theme Analysis\n\n';

testRule('theme-single-source', {
  valid: [
    {
      name: 'labelled counts, free-text counts and named accounts',
      text: `${FS}${TA}### Bulk export\n\n- Accounts: 5 (Customer A, C, F, H, K)\n- Business impact: 6 hours a week per team\n\n### Audit log retention\n\nRaised across six customers in regulated industries.\n\n### SSO for contractors\n\n- Raised by: Customer B, Customer D\n\n### Mobile approvals\n\nThree of the 12 accounts interviewed asked for it.\n`,
    },
    {
      name: 'a share of respondents, or a percentage where the document states its base',
      text: `${FS}## Executive Summary\n\nWe received 186 responses.\n\n${TA}### Stability\n\n40% of respondents want more stability.\n\n### Deployment scale\n\n53.8% (100/186) run more than 10 collectors.\n`,
    },
    {
      name: 'a themes table with an Accounts column',
      text: `${FS}${TA}| Theme | Accounts | Impact |\n|---|---|---|\n| Bulk export | 5 | 6 h/week |\n| SSO for contractors | Customer B, Customer D | Blocks 2 renewals |\n`,
    },
    {
      name: 'template prompts are placeholder-remaining\'s to report',
      text: `${FS}${TA}### {{First theme}}\n\n- Accounts: {{Number of accounts}} ({{Account aliases}})\n\n### Second\n\n- Accounts: {{Number of accounts}}\n`,
    },
    {
      name: 'a count in a customer quote is not the count of accounts, but the label is',
      text: `${FS}${TA}### Reporting\n\n- Accounts: 4\n\n> We have 1 analyst doing this by hand.\n`,
    },
    { name: 'other sections are not read', text: `${FS}## Individual Requests\n\n### One-off\n\nCustomer B needs a Cobol export.\n` },
    { name: 'other types are not read', text: `${fm('health-report', { period: '2026-10' })}## Summary\n\n### Theme\n\nNo count here.\n` },
    {
      name: 'the count given where the theme is summarised',
      text: `${FS}## Executive Summary\n\n1. Bulk export: raised by 5 accounts; priority P1\n\n${TA}### Bulk export\n\nTeams export to CSV every Monday.\n`,
    },
    { name: 'CRLF line endings', text: `${FS}${TA}### Bulk export\n\n- Accounts: 5\n`.replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'a theme with no count at all, and one with a vague count',
      text: `${FS}${TA}### Bulk export\n\nCustomers keep asking for CSV export.\n\n### Audit logs\n\nSeveral customers raised this in QBRs.\n`,
      errors: [
        { message: 'Theme "Bulk export" gives no count of the accounts behind it', line: 11, severity: 'warning' },
        { message: 'Theme "Audit logs" gives no count of the accounts behind it', line: 15 },
      ],
    },
    {
      name: 'themes backed by one account',
      text: `${FS}${TA}### Bulk export\n\n- Accounts: 1 (Customer B)\n\n### Audit logs\n\nOnly one customer asked, in a single call.\n\n### SSO\n\n- Customers: Customer D\n`,
      errors: [
        { message: 'Theme "Bulk export" is backed by one account only', line: 11 },
        { message: 'Theme "Audit logs" is backed by one account only', line: 15 },
        { message: 'Theme "SSO" is backed by one account only', line: 19 },
      ],
    },
    {
      name: 'mentions and tickets are not accounts; impact figures are not a count of accounts',
      text: `${FS}${TA}### Slow dashboards\n\n- Frequency: 12 mentions\n- Business impact: 200 users wait 40 seconds per load\n`,
      errors: [{ message: 'Theme "Slow dashboards" gives no count of the accounts behind it', line: 11 }],
    },
    {
      name: 'a percentage without a stated base is not a count',
      text: `${FS}${TA}### Exporters\n\nUsed by 64.5% of deployments as a gateway.\n`,
      errors: [{ message: 'Theme "Exporters" gives no count', line: 11 }],
    },
    {
      name: 'rows of a themes table, with and without a count column',
      text: `${FS}${TA}| Theme | Accounts | Impact |\n|---|---|---|\n| Bulk export | 1 | 6 h/week |\n| SSO | | Blocks renewals |\n\n## Executive Summary\n\n| Theme | Priority |\n|---|---|\n| Audit logs | P1 |\n| Mobile | P2 (4 accounts) |\n`,
      errors: [
        { message: 'Theme "Bulk export" is backed by one account only', line: 13 },
        { message: 'Theme "SSO" gives no count', line: 14 },
        { message: 'Theme "Audit logs" gives no count', line: 20 },
      ],
    },
    {
      name: 'counts in code and comments do not count',
      text: `${FS}${TA}### Bulk export\n\n<!-- 5 accounts -->\n\n\`Accounts: 5\`\n`,
      errors: [{ message: 'Theme "Bulk export" gives no count', line: 11 }],
    },
  ],
});
