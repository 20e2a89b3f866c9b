import { fm, testRule } from '../helpers/rule-tester';

const HR = fm('health-report', { period: '2026-10' });
const CS = fm('case-study');
const PIR = fm('post-implementation-review');
const METRICS = '## Health Metrics\n\n| Metric | Current | Prior |\n|---|---|---|\n';

testRule('metric-vanity', {
  valid: [
    {
      name: 'activity counts beside an outcome metric',
      text: `${HR}${METRICS}| Logins | 4,210 | 3,980 |\n| Adoption rate (%) | 72 | 64 |\n`,
    },
    {
      name: 'the filled template of a health report',
      text: `${HR}${METRICS}| Adoption rate (%) | 72 | 64 |\n| Active users | 180 | 150 |\n| Feature utilisation (%) | 55 | 50 |\n| Ticket volume | 14 | 22 |\n| Median resolution time (hours) | 6 | 9 |\n| NPS | 41 | 35 |\n| CSAT | 4.5 | 4.3 |\n`,
    },
    {
      name: 'metrics that are neither activity nor outcome',
      text: `${HR}${METRICS}| Active users | 180 | 150 |\n| Seats licensed | 200 | 200 |\n`,
    },
    {
      name: 'an outcome given in a sentence of the section',
      text: `${CS}## Results\n\n| Metric | Before | After |\n|---|---|---|\n| Portal logins per week | 300 | 2,100 |\n\nMonth-end close now takes 2 days instead of 6, and support costs fell 30%.\n`,
    },
    {
      name: 'activity words in other sections, prose without figures, quotes and code',
      text: `${CS}## Customer Profile\n\nThe portal had 2 million page views a month.\n\n## Results\n\nLogins are a leading indicator we watch.\n\n> Downloads went from 10 to 900 a week!\n\n\`\`\`\npage views: 10000\n\`\`\`\n`,
    },
    {
      name: 'other deliverable types are not checked',
      text: `${fm('solution-proposal')}## Executive Summary\n\n| Metric | Now |\n|---|---|\n| Logins | 300 |\n`,
    },
    {
      name: 'outcome words added in the configuration',
      text: `${CS}## Results\n\n- Documentation page views: 2,000 to 9,000 a month\n`,
      config: { words: { outcome: ['documentation page views'] } },
    },
  ],
  invalid: [
    {
      name: 'a health metrics table of activity counts',
      text: `${HR}${METRICS}| Logins | 4,210 | 3,980 |\n| Page views | 18,400 | 17,100 |\n| Active users | 180 | 150 |\n`,
      errors: [
        {
          message: '"Health Metrics" reports only activity counts (Logins, Page views) and no outcome metric: add one such as adoption rate, time saved, resolution time, error rate or CSAT',
          line: 9,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'case study results in prose and list items',
      text: `${CS}## Results\n\nDownloads of the app grew from 200 to 1,400 a month.\n\n- Dashboard views: doubled in Q3\n`,
      errors: [{ message: '"Results" reports only activity counts (Downloads, views)', line: 8 }],
    },
    {
      name: 'the metric column is read, not the first one',
      text: `${PIR}## Business Impact and ROI\n\n| Team | Outcome Metric | Before | After |\n|---|---|---|---|\n| Support | Sessions per agent | 3 | 9 |\n`,
      errors: [{ message: '"Business Impact and ROI" reports only activity counts (Sessions per agent)', line: 8 }],
    },
    {
      name: 'each metrics section of a post-implementation review on its own',
      text: `${PIR}## Success Criteria vs Actuals\n\n| Criterion | Expected | Actual |\n|---|---|---|\n| Weekly logins | 500 | 620 |\n\n## Business Impact and ROI\n\n| Outcome Metric | Before | After |\n|---|---|---|\n| Order processing time | 3 days | 4 hours |\n`,
      errors: [{ message: '"Success Criteria vs Actuals" reports only activity counts (Weekly logins)', line: 8 }],
    },
    {
      name: 'activity words added in the configuration',
      text: `${HR}${METRICS}| Reports opened | 900 | 850 |\n`,
      config: { words: { activity: ['reports opened'] } },
      errors: [{ message: '(Reports opened)', line: 9 }],
    },
    {
      name: 'CRLF line endings',
      text: `${HR}${METRICS}| Logins | 4,210 | 3,980 |\n`.replace(/\n/g, '\r\n'),
      errors: [{ message: '"Health Metrics" reports only activity counts (Logins)', line: 9 }],
    },
  ],
});
