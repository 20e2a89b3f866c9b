import { fm, testRule } from '../helpers/rule-tester';

const metrics = (body: string, period = '2026-11') => `${fm('health-report', { period })}\n# Health\n\n## Health Metrics\n\n${body}`;

testRule('trend-missing', {
  valid: [
    {
      name: 'current and prior side by side',
      text: metrics('| Metric | Current | Prior | Change |\n|---|---|---|---|\n| Adoption rate (%) | 72 | 65 | +7 pts |\n| Active users | 412 | 388 | +24 |\n'),
    },
    {
      name: 'columns named for the periods',
      text: metrics('| Metric | Oct 2026 | Nov 2026 |\n|---|---|---|\n| Adoption rate (%) | 65 | 72 |\n'),
    },
    {
      name: 'a "Last month" column',
      text: metrics('| Metric | This month | Last month |\n|---|---|---|\n| Active users | 412 | 388 |\n'),
    },
    {
      name: 'a change column instead of the prior value',
      text: metrics('| Metric | Value | Change vs prior |\n|---|---|---|\n| Active users | 412 | +6% |\n'),
    },
    {
      name: 'one row per period',
      text: metrics('| Month | Adoption (%) | Active users |\n|---|---|---|\n| Sep | 61 | 380 |\n| Oct | 65 | 388 |\n| Nov | 72 | 412 |\n'),
    },
    {
      name: 'a new metric marked as such, and a heading row without figures',
      text: metrics('| Metric | Current | Prior |\n|---|---|---|\n| **Support** |  |  |\n| CSAT | 4.6 | n/a (first survey) |\n'),
    },
    {
      name: 'placeholders are placeholder-remaining\'s finding',
      text: metrics('| Metric | Current | Prior |\n|---|---|---|\n| Active users | 412 | {{Prior value}} |\n'),
    },
    {
      name: 'a table of definitions carries no figures',
      text: metrics('| Metric | Definition |\n|---|---|\n| Active users | Users with one session in the period |\n\n| Metric | Current | Prior |\n|---|---|---|\n| Active users | 412 | 388 |\n'),
    },
    {
      name: 'bullets that compare with the prior period',
      text: metrics('- Adoption rate: 72% (prior: 65%)\n- Active users: 412, up from 388\n- Tickets: 14 vs 21 last month\n- NPS: 41 (↑6)\n'),
    },
    {
      name: 'prose that is not a metric bullet',
      text: metrics('Figures come from product analytics for the 30 days to 2026-11-20.\n\n- Source: product analytics export\n'),
    },
    { name: 'tables in other sections', text: `${fm('health-report')}\n## Summary\n\n| Metric | Current |\n|---|---|\n| Active users | 412 |\n` },
    { name: 'a table in a code block', text: metrics('```\n| Metric | Current |\n|---|---|\n| Active users | 412 |\n```\n') },
  ],
  invalid: [
    {
      name: 'no prior column: add one',
      text: metrics('| Metric | Current |\n|---|---|\n| Adoption rate (%) | 72 |\n| Active users | 412 |\n'),
      errors: [{ message: 'The metrics table in "Health Metrics" has no prior-period column; put last period\'s value beside each metric', line: 14 }],
      output: metrics('| Metric | Current | Prior |\n|---|---| --- |\n| Adoption rate (%) | 72 |   |\n| Active users | 412 |   |\n'),
    },
    {
      name: 'a table without closing pipes',
      text: metrics('Metric | Value\n--- | ---\nActive users | 412\n'),
      errors: ['has no prior-period column'],
      output: metrics('Metric | Value | Prior\n--- | --- | ---\nActive users | 412\n'),
    },
    {
      name: 'empty prior cells',
      text: metrics('| Metric | Current | Prior | Change |\n|---|---|---|---|\n| Adoption rate (%) | 72 | 65 | +7 |\n| Active users | 412 |  |  |\n| NPS | 41 | — |  |\n'),
      errors: [{ message: '"Active users" in "Health Metrics" has no prior-period value', line: 17 }, { message: '"NPS" in "Health Metrics" has no prior-period value', line: 18 }],
    },
    {
      name: 'a change cell without a figure where change is the trend',
      text: metrics('| Metric | Value | Trend |\n|---|---|---|\n| Active users | 412 | +6% |\n| NPS | 41 | ↑ |\n| CSAT | 4.6 |  |\n'),
      errors: [{ message: '"NPS" in "Health Metrics" has neither a prior-period value nor a change figure', line: 17 }, { message: '"CSAT"', line: 18 }],
    },
    {
      name: 'a trend column of arrows only is no prior period',
      text: metrics('| Metric | Current | Trend |\n|---|---|---|\n| Active users | 412 | Up |\n| NPS | 41 | ↑ |\n'),
      errors: [{ message: 'has no prior-period column', line: 14 }],
      output: metrics('| Metric | Current | Trend | Prior |\n|---|---|---| --- |\n| Active users | 412 | Up |   |\n| NPS | 41 | ↑ |   |\n'),
    },
    {
      name: 'a metric bullet with nothing to compare',
      text: metrics('- Adoption rate: 72%\n- Active users: 412 (prior: 388)\n'),
      errors: [{ message: '"Adoption rate" in "Health Metrics" gives no prior-period value to compare with', line: 14 }],
    },
    {
      name: 'an alias heading and CRLF',
      text: `${fm('health-report', { period: '2026-11' })}\n## KPIs\n\n| KPI | Current |\n|---|---|\n| Active users | 412 |\n`.replace(/\n/g, '\r\n'),
      errors: [{ message: 'The metrics table in "KPIs" has no prior-period column', line: 12 }],
      output: `${fm('health-report', { period: '2026-11' })}\n## KPIs\n\n| KPI | Current | Prior |\n|---|---| --- |\n| Active users | 412 |   |\n`.replace(/\n/g, '\r\n'),
    },
  ],
});
