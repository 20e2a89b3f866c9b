import assert from 'node:assert/strict';
import { fm, runRule, testRule } from '../helpers/rule-tester';

const CS = fm('case-study');
const HR = fm('health-report', { period: '2026-10' });
const ER = fm('escalation-report');
const FS = fm('feedback-summary');

testRule('claim-unquantified', {
  valid: [
    {
      name: 'figures in the same sentence',
      text: `${CS}## Results\n\nOnboarding became significantly faster: 12 weeks down to 3 weeks.\n\nSupport tickets fell by half, a huge relief for the team.\n`,
    },
    {
      name: 'a date or a named metric counts as the figure',
      text: `${HR}## Risk Signals\n\n- Usage dropped a lot after the 2026-10-14 outage.\n- NPS fell sharply and CSAT is much lower than last period.\n`,
    },
    {
      name: 'a table row with the figure in another cell',
      text: `${CS}## Results\n\n| Metric | Before | After |\n|---|---|---|\n| Much faster month-end close | 6 days | 2 days |\n`,
    },
    {
      name: 'sections not marked quantified are not read',
      text: `${CS}## Customer Profile\n\nA very large retailer with many stores.\n\n## Solution\n\nThe integration was significantly simpler than expected.\n`,
    },
    {
      name: 'headings, code, comments, link targets and front matter are not claims',
      text: `${fm('case-study', { summary: 'dramatically better' })}## Results\n\n### Much faster onboarding\n\nSee the \`significantly-faster\` flag in [the report](https://example.com/much-better), measured over 90 days.\n\n<!-- greatly improved, say it with numbers -->\n\n\`\`\`\nmany huge improvements\n\`\`\`\n`,
    },
    {
      name: "a customer's words in a blockquote or quotation marks",
      text: `${CS}## Results\n\n> It is dramatically faster than the old portal.\n\nThe CFO called it "a huge step forward" at the 2026-11-02 review.\n`,
    },
    {
      name: 'template placeholders are not claims',
      text: `${CS}## Challenge\n\n\${6:What made it significantly harder, and why now}\n\n{{Many teams were affected}}\n`,
    },
    {
      name: 'CRLF line endings',
      text: `${CS}## Results\n\nDeploys are 4 times faster.\n`.replace(/\n/g, '\r\n'),
    },
    {
      name: 'uses that measure nothing: a question, a bound, a verb, a test result',
      text: `${CS}## Challenge\n\nNobody knew how much time the reconciliation took. The team wanted to better understand the backlog. The difference was not statistically significant.\n`,
    },
    {
      name: 'allowed words from the configuration',
      text: `${FS}## Executive Summary\n\nSeveral themes repeat across the quarter.\n`,
      config: { words: { allowed: ['several'] } },
    },
    {
      name: 'metric names added in the configuration',
      text: `${HR}## Risk Signals\n\n- Weekly bookings per clinic dropped a lot.\n`,
      config: { words: { 'named-metrics': ['weekly bookings per clinic'] } },
    },
  ],
  invalid: [
    {
      name: 'an intensified comparative in Results',
      text: `${CS}## Results\n\nPartner onboarding became significantly faster after go-live.\n`,
      errors: [{ message: '"significantly" in "Results" is not backed by a figure: give the number, percentage, date or named metric behind it in the same sentence', line: 10, severity: 'warning' }],
    },
    {
      name: 'impressions in risk signals, one finding per item',
      text: `${HR}## Risk Signals\n\n- The champion seems less engaged than before.\n- API calls dropped 40% in 30 days.\n- Usage of reporting dropped a lot.\n`,
      errors: [
        { message: '"seems" in "Risk Signals"', line: 11 },
        { message: '"a lot" in "Risk Signals"', line: 13 },
      ],
    },
    {
      name: 'only the sentence without a figure is flagged',
      text: `${CS}## Challenge\n\nReconciling invoices took 3 days each month. Many errors reached customers.\n`,
      errors: [{ message: '"Many" in "Challenge"', line: 10 }],
    },
    {
      name: 'a table row, reported on the cell',
      text: `${HR}## Health Metrics\n\n| Metric | Current | Prior |\n|---|---|---|\n| Adoption | much higher | lower |\n`,
      errors: [{ message: '"much" in "Health Metrics" is not backed by a figure: give the number, percentage, date or named metric behind it in the same row', line: 13 }],
    },
    {
      name: 'a subsection of a quantified section',
      text: `${CS}## Results\n\n### Operations\n\nIncidents dropped dramatically.\n`,
      errors: [{ message: '"dramatically" in "Results"', line: 12 }],
    },
    {
      name: 'business impact of an escalation report',
      text: `${ER}## Business Impact\n\nA huge number of orders is stuck.\n`,
      errors: [{ message: '"huge" in "Business Impact"', line: 10 }],
    },
    {
      name: 'bare comparatives and quantity words',
      text: `${fm('solution-proposal')}## Executive Summary\n\n- Faster time to market for new carriers.\n- Fewer manual reconciliations.\n- Several teams will benefit.\n`,
      errors: [
        { message: '"Faster" in "Executive Summary"', line: 10 },
        { message: '"Fewer" in "Executive Summary"', line: 11 },
        { message: '"Several" in "Executive Summary"', line: 12 },
      ],
    },
    {
      name: 'words added in the configuration',
      text: `${FS}## Executive Summary\n\nOnboarding friction came up loads in Q-reviews.\n`,
      config: { words: { vague: ['loads'] } },
      errors: [{ message: '"loads" in "Executive Summary"', line: 10 }],
    },
    {
      name: 'CRLF line endings',
      text: `${CS}## Results\n\nThe new flow is much better.\n`.replace(/\n/g, '\r\n'),
      errors: [{ message: '"much" in "Results"', line: 10 }],
    },
  ],
});

describe('claim-unquantified suggestions', () => {
  it('offers a figure placeholder before the closing punctuation, never as a fix', () => {
    const { findings } = runRule('claim-unquantified', { text: `${CS}## Results\n\nThe new flow is much better.\n` });
    assert.equal(findings.length, 1);
    const f = findings[0];
    assert.equal(f.fix, undefined);
    assert.deepEqual(f.range, { start: { line: 9, character: 0 }, end: { line: 9, character: 28 } });
    assert.equal(f.suggestions?.[0].edits[0].newText, ' ([Figure: value, baseline and period])');
    assert.deepEqual(f.suggestions?.[0].edits[0].range.start, { line: 9, character: 27 });
  });

  it('puts the placeholder at the end of the cell for a row', () => {
    const { findings } = runRule('claim-unquantified', { text: `${HR}## Health Metrics\n\n| Metric | Current |\n|---|---|\n| Adoption | much higher |\n` });
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0].range, { start: { line: 12, character: 13 }, end: { line: 12, character: 24 } });
    assert.deepEqual(findings[0].suggestions?.[0].edits[0].range.start, { line: 12, character: 24 });
  });
});
