import { fm, testRule } from '../helpers/rule-tester';

const AR = fm('architecture-review', { session_date: '2026-11-01' });
const DS = fm('discovery-summary');
const SP = fm('solution-proposal');
const FULL = '## Non-Functional Requirements\n\n- Performance: p95 under 300 ms at 200 requests per second\n- Scalability: 10,000 users, 20% growth a year\n- Availability: 99.9% monthly uptime; RPO 1 hour, RTO 4 hours\n- Data residency: customer data stays in eu-west-1\n';

testRule('nfr-missing', {
  valid: [
    { name: 'all four concerns in the NFR section', text: `${AR}${FULL}` },
    {
      name: 'concerns addressed elsewhere in the document count',
      text: `${DS}## Technical Constraints\n\n### Performance\n\n- Latency: p95 under 300 ms\n\n## Non-Functional Requirements\n\n| Concern | Target |\n|---|---|\n| Growth | 5,000 users, 20% a year |\n| Disaster recovery | RPO 1 hour, RTO 4 hours |\n| Where data is stored | Frankfurt region only |\n`,
    },
    {
      name: 'a heading that names the concern, with content under it',
      text: `${SP}## Architecture\n\n### Data Residency\n\nAll customer records stay in Frankfurt.\n\n### Scalability\n\nSized for 5,000 users.\n\nThroughput target: 500 requests per second. Uptime 99.9%.\n`,
    },
    { name: 'a cloud region code names where data lives', text: `${AR}## Non-Functional Requirements\n\n- Latency p95 under 300 ms\n- Peak load of 2,000 users\n- Failover to a second zone\n- Hosted in europe-west3\n` },
    { name: 'other types are not read', text: `${fm('runbook')}## Overview\n\nNothing about qualities here.\n` },
  ],
  invalid: [
    {
      name: 'an NFR section covering only performance: one finding per missing concern, at its heading',
      text: `${AR}## Non-Functional Requirements\n\n- Performance: p95 under 300 ms\n`,
      errors: [
        { message: 'Non-functional requirements do not address availability and disaster recovery', line: 9, severity: 'warning' },
        { message: 'Non-functional requirements do not address data residency', line: 9 },
        { message: 'Non-functional requirements do not address scalability', line: 9 },
      ],
    },
    {
      name: 'no NFR section: findings at the deliverable key',
      text: `${SP}## Executive Summary\n\nInvoice processing from 3 days to 4 hours; uptime 99.95% and RPO 15 minutes.\n`,
      errors: [
        { message: 'do not address data residency', line: 2 },
        { message: 'do not address performance', line: 2 },
        { message: 'do not address scalability', line: 2 },
      ],
    },
    {
      name: 'a concern left open does not count',
      text: `${DS}## Non-Functional Requirements\n\n- Performance: p95 under 300 ms\n- Scalability: 5,000 users\n- Availability: 99.9%\n- Data residency: not discussed in the session\n`,
      errors: [{ message: 'do not address data residency', line: 8 }],
    },
    {
      name: 'a heading with nothing but an open answer under it does not count',
      text: `${AR}## Non-Functional Requirements\n\n- Latency p95 under 300 ms; scales to 10,000 users; 99.9% uptime\n\n### Data residency\n\nTBD\n`,
      errors: [{ message: 'do not address data residency', line: 9 }],
    },
    {
      name: 'words in code, comments and link targets do not count',
      text: `${AR}## Non-Functional Requirements\n\n<!-- performance, scalability, availability, data residency -->\n\n\`\`\`\nscalability: true\n\`\`\`\n\nSee [the notes](https://example.com/performance-availability-residency).\n`,
      errors: [
        { message: 'availability and disaster recovery', line: 9 },
        { message: 'data residency', line: 9 },
        { message: 'performance', line: 9 },
        { message: 'scalability', line: 9 },
      ],
    },
  ],
});
