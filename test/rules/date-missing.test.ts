import assert from 'node:assert/strict';
import { lint } from '../../src/core/engine';
import { fixAll } from '../../src/core/fix';
import { rules } from '../../src/core/rules/index.generated';
import { TODAY, fm, runRule, testRule } from '../helpers/rule-tester';

const HR = fm('health-report', { period: '2026-10' });
const AR = fm('architecture-review', { session_date: '2026-11-01' });
const ACTIONS = '## Action Items\n\n| Action | Owner | Deadline | Status |\n|---|---|---|---|\n';

testRule('date-missing', {
  valid: [
    {
      name: 'ISO and written dates in rows',
      text: `${HR}${ACTIONS}| Renew the SSO certificate | Lee Park | 2026-12-01 | Open |\n| Train admins | Dana Whitfield | 3 December 2026 | Open |\n| Fix the export | Lee Park | Dec 4, 2026 | Open |\n| Review alerts | Lee Park | ~~2026-11-20~~ 2026-11-27 | Open |\n`,
    },
    {
      name: 'dates in list items',
      text: `${AR}## Recommended Next Steps\n\n- Share the notes. Owner: Dana Whitfield, due 2026-11-04\n- [ ] Confirm the region @lee by 20 November 2026\n  - a detail without a date\n\nA paragraph is not an item.\n`,
    },
    {
      name: 'template prompts are placeholder-remaining\'s finding',
      text: `${HR}${ACTIONS}| {{Action}} | {{Owner}} | {{YYYY-MM-DD}} | Open |\n| Train admins | Lee Park | [YYYY-MM-DD] | Open |\n| Fix the export | Lee Park | \${39:YYYY-MM-DD} | Open |\n\n- {{Action}} Owner: {{Owner}}\n`,
    },
    { name: 'owned but undated sections need no date', text: `${AR}## Open Questions\n\n- Which region for backups? Owner: Lee Park\n` },
    {
      name: 'a milestone table with baseline and forecast',
      text: `${fm('implementation-plan')}## Phases and Milestones\n\n| Milestone | Baseline | Forecast | Owner | Status |\n|---|---|---|---|---|\n| SSO live | 2026-12-01 | 2026-12-08 | Lee Park | Open |\n`,
    },
    { name: 'code blocks are not items', text: `${AR}## Recommended Next Steps\n\n\`\`\`\n- Share the notes soon\n\`\`\`\n` },
    { name: 'CRLF line endings and a BOM', text: `\uFEFF${HR}${ACTIONS}| Renew the SSO certificate | Lee Park | 2026-12-01 | Open |\n`.replace(/\n/g, '\r\n') },
    {
      name: 'suppressed on the next line, with a reason',
      text: `${AR}## Recommended Next Steps\n\n<!-- se-disable-next-line date-missing -- starts when the customer's change freeze ends; no date yet -->\n- Migrate the batch jobs. Owner: Lee Park\n`,
    },
  ],
  invalid: [
    {
      name: 'vague, non-date, empty and impossible dates in rows',
      text: `${HR}${ACTIONS}| Renew the SSO certificate | Lee Park | next week | Open |\n| Train admins | Dana Whitfield | ASAP | Open |\n| Fix the export | Lee Park | TBD | Open |\n| Review alerts | Lee Park | Q1 2027 | Open |\n| Close ticket 4411 | Lee Park | | Done |\n| Migrate jobs | Lee Park | 2026-02-30 | Open |\n`,
      errors: [
        { message: '"Renew the SSO certificate" in "Action Items" has a vague date ("next week"); give a calendar date (YYYY-MM-DD)', line: 13, severity: 'warning' },
        { message: '"Train admins" in "Action Items" has a vague date ("ASAP")', line: 14 },
        { message: '"Fix the export" in "Action Items" has a vague date ("TBD")', line: 15 },
        { message: '"Review alerts" in "Action Items" has a vague date ("Q1 2027")', line: 16 },
        { message: '"Close ticket 4411" in "Action Items" has no date', line: 17 },
        { message: '"Migrate jobs" in "Action Items" has a date that does not exist ("2026-02-30")', line: 18 },
      ],
    },
    {
      name: 'list items without a date or with a vague one',
      text: `${AR}## Recommended Next Steps\n\n- Share the notes. Owner: Dana Whitfield\n- [ ] Confirm the region @lee soon\n- Book the security review, due 2026-11-31\n`,
      errors: [
        { message: '"Share the notes. Owner: Dana Whitfield" in "Recommended Next Steps" has no date', line: 11 },
        { message: '"Confirm the region @lee soon" in "Recommended Next Steps" has a vague date ("soon")', line: 12 },
        { message: 'has a date that does not exist ("2026-11-31")', line: 13 },
      ],
    },
    {
      name: 'a team\'s own vague words from the configuration',
      text: `${AR}## Recommended Next Steps\n\n- Load test after UAT. Owner: Lee Park\n`,
      config: { words: { 'vague-dates': ['after UAT'] } },
      errors: [{ message: 'has a vague date ("after UAT")', line: 11 }],
    },
    {
      name: 'a table without a date column gets the one the catalog names',
      text: `${HR}## Action Items\n\n| Action | Owner | Status |\n|---|---|---|\n| Train admins | Dana Whitfield | Open |\n`,
      errors: [{ message: 'The table in "Action Items" has no Deadline column', line: 11 }],
      output: `${HR}## Action Items\n\n| Action | Owner | Status | Deadline |\n|---|---|---| --- |\n| Train admins | Dana Whitfield | Open |   |\n`,
    },
    {
      name: 'a table without outer pipes',
      text: `${AR}## Recommended Next Steps\n\nStep | Owner\n--- | ---\nShare the notes | Dana Whitfield\n`,
      errors: [{ message: 'The table in "Recommended Next Steps" has no Due column', line: 11 }],
      output: `${AR}## Recommended Next Steps\n\nStep | Owner | Due\n--- | --- | ---\nShare the notes | Dana Whitfield\n`,
    },
    {
      name: 'CRLF line endings and a BOM',
      text: `\uFEFF${fm('go-live-checklist')}## Go-Live Window\n\n| Activity | Owner |\n|---|---|\n| Freeze deploys | Lee Park |\n`.replace(/\n/g, '\r\n'),
      errors: [{ message: 'The table in "Go-Live Window" has no Date column', line: 10 }],
      output: `\uFEFF${fm('go-live-checklist')}## Go-Live Window\n\n| Activity | Owner | Date |\n|---|---| --- |\n| Freeze deploys | Lee Park |   |\n`.replace(/\n/g, '\r\n'),
    },
    {
      name: 'a suppression covers only the next line',
      text: `${AR}## Recommended Next Steps\n\n<!-- se-disable-next-line date-missing -- waits for the change freeze -->\n- Migrate the batch jobs. Owner: Lee Park\n- Share the notes. Owner: Dana Whitfield\n`,
      errors: [{ message: '"Share the notes. Owner: Dana Whitfield"', line: 13 }],
    },
  ],
});

describe('date-missing ranges and fixes', () => {
  it('points at the vague word of a list item and at the date cell of a row', () => {
    const list = runRule('date-missing', { text: `${AR}## Recommended Next Steps\n\n- Confirm the region @lee next week\n` }).findings;
    assert.deepEqual(list[0].range, { start: { line: 10, character: 26 }, end: { line: 10, character: 35 } });
    const row = runRule('date-missing', { text: `${HR}${ACTIONS}| Train admins | Dana Whitfield | soon-ish | Open |\n` }).findings;
    assert.deepEqual(row[0].range, { start: { line: 12, character: 34 }, end: { line: 12, character: 42 } });
  });

  it('composes with owner-missing when both add a column to a table without outer pipes', () => {
    const pair = rules.filter((r) => r.meta.id === 'date-missing' || r.meta.id === 'owner-missing');
    assert.equal(pair.length, 2);
    const text = `${AR}## Recommended Next Steps\n\nStep | Notes\n--- | ---\nShare the notes | by mail\n`;
    const lintText = (t: string) => lint(t, { path: '/ws/acme/doc.md', today: TODAY, rules: pair }).findings;
    assert.equal(
      fixAll(text, lintText).text,
      `${AR}## Recommended Next Steps\n\nStep | Notes | Due | Owner\n--- | --- | --- | ---\nShare the notes | by mail\n`,
    );
  });
});

testRule('date-missing', {
  valid: [
    {
      name: 'a bracketed template prompt is placeholder-remaining\'s finding, not a vague date',
      text: `${fm('health-report', { period: '2026-11' })}# H\n\n## Action Items\n\n| Action | Owner | Deadline |\n|---|---|---|\n| [Action 1] | [Owner] | [Date] |\n`,
    },
  ],
  invalid: [],
});
