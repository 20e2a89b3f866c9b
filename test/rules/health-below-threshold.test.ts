import { ENGAGEMENT, fm, testRule } from '../helpers/rule-tester';

const PATH = '/ws/acme/health/2026-11-health-report.md';
const PRIOR = '/ws/acme/health/2026-10-health-report.md';
const report = (period: string, rows: string, extra: Record<string, string> = {}, header = '| Metric | Current | Prior | Change |\n|---|---|---|---|\n') =>
  `${fm('health-report', { period, ...extra })}\n# Health\n\n## Health Metrics\n\n${header}${rows}`;
const prior = (adoption: string, users = '140') => report('2026-10', `| Adoption rate (%) | ${adoption} | 66 | -4 |\n| Active users | ${users} | 150 | -10 |\n`);
const current = (adoption: string, users = '150', extra: Record<string, string> = { prior_report: '2026-10-health-report.md' }) =>
  report('2026-11', `| Adoption rate (%) | ${adoption} | 62 | -3 |\n| Active users | ${users} | 140 | +10 |\n`, extra);

testRule('health-below-threshold', {
  valid: [
    { name: 'below now, above in the prior report', path: PATH, engagement: ENGAGEMENT, files: { [PRIOR]: prior('62') }, text: current('58') },
    { name: 'below in the prior report, recovered now', path: PATH, engagement: ENGAGEMENT, files: { [PRIOR]: prior('55') }, text: current('64') },
    { name: 'thousands separators and k are read as numbers', path: PATH, engagement: ENGAGEMENT, files: { [PRIOR]: prior('62', '1,100') }, text: current('64', '1.2k') },
    { name: 'at the threshold is not below it', path: PATH, engagement: ENGAGEMENT, files: { [PRIOR]: prior('60') }, text: current('60') },
    { name: 'no prior_report: no prior data', path: PATH, engagement: ENGAGEMENT, files: { [PRIOR]: prior('50') }, text: current('50', '150', {}) },
    { name: 'prior report not found', path: PATH, engagement: ENGAGEMENT, text: current('50', '150', { prior_report: 'missing.md' }) },
    { name: 'no engagement thresholds', path: PATH, engagement: '---\nengagement: acme\nstakeholders: []\n---\n', files: { [PRIOR]: prior('50') }, text: current('50') },
    { name: 'no engagement at all', path: '/elsewhere/2026-11.md', files: { '/elsewhere/2026-10-health-report.md': prior('50') }, text: current('50') },
    { name: 'a metric with no figure this period', path: PATH, engagement: ENGAGEMENT, files: { [PRIOR]: prior('50') }, text: current('n/a') },
    { name: 'a value in a comment is not read', path: PATH, engagement: ENGAGEMENT, files: { [PRIOR]: prior('50') }, text: current('<!-- 50 --> 71') },
    {
      name: 'a report that names itself as prior',
      path: PATH,
      engagement: ENGAGEMENT,
      files: { [PATH]: current('50', '150', { prior_report: '2026-11-health-report.md' }) },
      text: current('50', '150', { prior_report: '2026-11-health-report.md' }),
    },
    {
      name: 'a metric that only looks alike does not match',
      path: PATH,
      engagement: ENGAGEMENT,
      files: { [PRIOR]: report('2026-10', '| Feature adoption | 20 | 30 | -10 |\n') },
      text: report('2026-11', '| Feature adoption | 20 | 20 | 0 |\n', { prior_report: '2026-10-health-report.md' }),
    },
  ],
  invalid: [
    {
      name: 'below the threshold in both reports',
      path: PATH,
      engagement: ENGAGEMENT,
      files: { [PRIOR]: prior('55') },
      text: current('52'),
      errors: [{ message: 'Adoption rate (%) is 52, below the threshold of 60 for a second period in a row (prior report: 55): an escalation trigger; escalate and record it under Open Issues and Escalations', line: 17 }],
    },
    {
      name: 'two metrics, bold values',
      path: PATH,
      engagement: ENGAGEMENT,
      files: { [PRIOR]: prior('55', '**96**') },
      text: current('52', '**84**'),
      errors: [{ message: 'Adoption rate (%) is 52', line: 17 }, { message: 'Active users is 84, below the threshold of 100 for a second period in a row (prior report: 96)', line: 18 }],
    },
    {
      name: 'columns named for the periods, prior report in another folder',
      path: PATH,
      engagement: ENGAGEMENT,
      files: { '/ws/acme/archive/oct.md': report('2026-10', '| Adoption rate | 58% | 61% |\n', {}, '| Metric | Oct 2026 | Sep 2026 |\n|---|---|---|\n') },
      text: report('2026-11', '| Adoption rate | 57% | 58% |\n', { prior_report: '../archive/oct.md' }, '| Metric | Nov 2026 | Oct 2026 |\n|---|---|---|\n'),
      errors: ['Adoption rate is 57%, below the threshold of 60 for a second period in a row (prior report: 58%)'],
    },
    {
      name: 'a prior report whose metrics heading is an alias',
      path: PATH,
      engagement: ENGAGEMENT,
      files: { [PRIOR]: `${fm('health-report', { period: '2026-10' })}\n## KPIs\n\n| KPI | Value |\n|---|---|\n| Active users (weekly) | 1.2k |\n| Adoption rate | 41 |\n` },
      text: current('44'),
      errors: ['Adoption rate (%) is 44, below the threshold of 60 for a second period in a row (prior report: 41)'],
    },
    {
      name: 'CRLF line endings',
      path: PATH,
      engagement: ENGAGEMENT,
      files: { [PRIOR]: prior('55').replace(/\n/g, '\r\n') },
      text: current('52').replace(/\n/g, '\r\n'),
      errors: [{ message: 'Adoption rate (%) is 52', line: 17 }],
    },
  ],
});
