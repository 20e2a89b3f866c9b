import { fm, testRule } from '../helpers/rule-tester';

const results = (body: string) => `${fm('case-study')}\n# Acme cuts integration time\n\n## Results\n\n${body}`;
const pir = (body: string) => `${fm('post-implementation-review')}\n# PIR\n\n## Success Criteria vs Actuals\n\n${body}`;

testRule('result-without-baseline', {
  valid: [
    {
      name: 'before, after and timeframe columns',
      text: results('| Metric | Before | After | Timeframe |\n|---|---|---|---|\n| Time to deliver an integration | 12 weeks | 3 weeks | First 6 months after go-live |\n| Failed payments | 2.1% | 0.4% | Q1 vs Q3 2026 |\n'),
    },
    {
      name: 'prose with from/to and a timeframe',
      text: results('Integration time fell from 12 weeks to 3 weeks within two quarters of go-live.\n\n- Support tickets dropped from 140 to 35 a month over the first 90 days.\n'),
    },
    {
      name: 'a baseline named as such, and "since go-live"',
      text: results('Checkout conversion improved to 4.2% against a 3.1% baseline since go-live.\n'),
    },
    {
      name: 'a lead-in gives the timeframe and the baseline to its list',
      text: results('In the six months after go-live, compared with the six months before:\n\n- Integration time fell by 75%.\n- Support tickets dropped 60%.\n\nThe team now ships weekly.\n'),
    },
    {
      name: 'a PIR table with baseline and timeframe',
      text: pir('| Criterion | Expected | Actual | Baseline | Timeframe |\n|---|---|---|---|---|\n| Customer can settle payouts same day | 95% of payouts | 97% of payouts | 40% of payouts | 90 days after go-live |\n'),
    },
    {
      name: 'rows without figures are not result metrics',
      text: pir('| Criterion | Expected | Actual |\n|---|---|---|\n| Customer can sign in with Okta | Yes | Yes |\n'),
    },
    {
      name: 'a result line without a change word is not a result claim',
      text: results('More than 200 engineers use the platform every day.\n'),
    },
    {
      name: 'an explicit n/a baseline for a new capability',
      text: results('| Metric | Before | After | Timeframe |\n|---|---|---|---|\n| Same-day payouts | n/a (not offered) | 97% | Since go-live |\n'),
    },
    {
      name: 'placeholders are placeholder-remaining\'s finding',
      text: results('| Metric | Before | After | Timeframe |\n|---|---|---|---|\n| {{Outcome metric}} | {{Value before}} | {{Value after}} | {{Period}} |\n'),
    },
    {
      name: 'figures in code and comments do not make a result',
      text: results('Latency improved a lot `p95 300ms`. <!-- was 900ms -->\n'),
    },
    {
      name: 'a sentence on how the figures were measured covers the section',
      text: results('| Metric | Before | After |\n|---|---|---|\n| Integration time | 12 weeks | 3 weeks |\n\nFigures cover the first six months after go-live.\n\nSupport tickets dropped 60%, compared with the prior six months.\n'),
    },
    {
      name: 'plans and customer quotes are not result claims',
      text: results('Next quarter we plan to increase adoption to 90%.\n\n> "We cut our integration time by 75%," said Lee Park.\n'),
    },
    { name: 'other sections are not checked', text: `${fm('case-study')}\n## Challenge\n\nIntegrations took 12 weeks and cost 40% more.\n` },
    { name: 'other types are not checked', text: `${fm('health-report')}\n## Results\n\nAdoption increased by 10%.\n` },
  ],
  invalid: [
    {
      name: 'a relative change with no baseline and no timeframe',
      text: results('Integration time fell by 75%.\n'),
      errors: [{ message: 'Result "Integration time fell by 75%." has no baseline and no timeframe; say what the value was before and over what period it was measured', line: 13 }],
    },
    {
      name: 'from/to but no timeframe',
      text: results('- Reduced API integration time from 12 weeks to 3 weeks.\n'),
      errors: [{ message: 'Result "Reduced API integration time from 12 weeks to 3 weeks." has no timeframe; say over what period it was measured', line: 13 }],
    },
    {
      name: 'a timeframe but no baseline',
      text: results('Support costs were cut by $40k in the first quarter after go-live.\n'),
      errors: [{ message: 'has no baseline; say what the value was before', line: 13 }],
    },
    {
      name: 'a lead-in without timeframe gives nothing',
      text: results('With the product, Acme found these benefits:\n\n- Cost savings of between 15% and 20%\n- Deployments are 3x faster\n'),
      errors: [{ message: '"Cost savings of between 15% and 20%" has no baseline and no timeframe', line: 15 }, { message: '"Deployments are 3x faster" has no baseline and no timeframe', line: 16 }],
    },
    {
      name: 'empty Before and Timeframe cells',
      text: results('| Metric | Before | After | Timeframe |\n|---|---|---|---|\n| Time to deliver an integration |  | 3 weeks | First 6 months |\n| Failed payments | 2.1% | 0.4% | — |\n'),
      errors: [{ message: 'Result "Time to deliver an integration" has no baseline', line: 15 }, { message: 'Result "Failed payments" has no timeframe', line: 16 }],
    },
    {
      name: 'a PIR table without Baseline and Timeframe columns: add them',
      text: pir('| Criterion | Expected | Actual |\n|---|---|---|\n| Payouts settled same day | 95% | 97% |\n| Checkout p95 latency | 300 ms | 280 ms |\n'),
      errors: [
        { message: 'The results table in "Success Criteria vs Actuals" has no Baseline column; give each result the value it started from', line: 13 },
        { message: 'The results table in "Success Criteria vs Actuals" has no Timeframe column; say over what period each result was measured', line: 13 },
      ],
      output: pir('| Criterion | Expected | Actual | Baseline | Timeframe |\n|---|---|---| --- | --- |\n| Payouts settled same day | 95% | 97% |   |   |\n| Checkout p95 latency | 300 ms | 280 ms |   |   |\n'),
    },
    {
      name: 'a case-study table that carries before/after inline but no timeframe',
      text: results('| Metric | Result |\n|---|---|\n| Integration time | 12 weeks → 3 weeks |\n| Failed payments | 2.1% → 0.4% |\n'),
      errors: [{ message: 'The results table in "Results" has no Timeframe column', line: 13 }],
      output: results('| Metric | Result | Timeframe |\n|---|---| --- |\n| Integration time | 12 weeks → 3 weeks |   |\n| Failed payments | 2.1% → 0.4% |   |\n'),
    },
    {
      name: 'a table where one row lacks the inline baseline',
      text: results('| Metric | Result | Timeframe |\n|---|---|---|\n| Integration time | 12 weeks → 3 weeks | 6 months |\n| Failed payments | down 80% | 6 months |\n'),
      errors: [{ message: 'Result "Failed payments" has no baseline', line: 16 }],
    },
    {
      name: 'an alias heading and CRLF',
      text: `${fm('case-study')}\n## Outcomes\n\nOnboarding is 40% faster.\n`.replace(/\n/g, '\r\n'),
      errors: [{ message: 'Result "Onboarding is 40% faster." has no baseline and no timeframe', line: 11 }],
    },
  ],
});
