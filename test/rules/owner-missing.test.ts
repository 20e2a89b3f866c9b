import assert from 'node:assert/strict';
import { fm, runRule, testRule } from '../helpers/rule-tester';

const HR = fm('health-report', { period: '2026-10' });
const AR = fm('architecture-review', { session_date: '2026-11-01' });
const ACTIONS = '## Action Items\n\n| Action | Owner | Deadline | Status |\n|---|---|---|---|\n';

testRule('owner-missing', {
  valid: [
    { name: 'every row has an owner', text: `${HR}${ACTIONS}| Renew the SSO certificate | Lee Park | 2026-12-01 | Open |\n| Train admins | Dana Whitfield, Priya Raman | 2026-12-05 | Done |\n` },
    {
      name: 'list items name their owner inline',
      text: `${AR}## Open Questions\n\n- Which IdP for contractors? Owner: Priya Raman\n- Which region for backups? (owner: Lee Park, due 2026-12-01)\n- Retention period? @lee\n- [ ] Budget for the DR site? Owners: Lee Park and Platform Team\n  - sub-point without an owner\n\nA paragraph is not an item.\n`,
    },
    { name: 'a template prompt is placeholder-remaining\'s finding', text: `${HR}${ACTIONS}| {{Action}} | {{Owner}} | {{YYYY-MM-DD}} | Open |\n| Train admins | [Owner] | 2026-12-05 | Open |\n` },
    { name: 'sections without owned items are not read', text: `${HR}## Recent Interactions\n\n| Date | Type | Outcome |\n|---|---|---|\n| 2026-11-10 | QBR | Renewal confirmed |\n\n- Call with the CFO\n` },
    { name: 'empty rows and code blocks are not items', text: `${HR}${ACTIONS}| | | | |\n\n\`\`\`\n- Action without an owner\n\`\`\`\n` },
    { name: 'CRLF line endings and a BOM', text: `\uFEFF${HR}${ACTIONS}| Renew the SSO certificate | Lee Park | 2026-12-01 | Open |\n`.replace(/\n/g, '\r\n') },
    {
      name: 'suppressed with a reason, on the next line or on the row itself',
      text: `${AR}## Open Questions\n\n<!-- se-disable-next-line owner-missing -- raised by the customer, they will assign it -->\n- Which region for backups?\n\n## Recommended Next Steps\n\n| Step | Owner | Due |\n|---|---|---|\n| Share the notes | | 2026-11-04 <!-- se-disable-line owner-missing -- done during the session --> |\n`,
    },
  ],
  invalid: [
    {
      name: 'empty and "nobody" owner cells',
      text: `${HR}${ACTIONS}| Renew the SSO certificate | | 2026-12-01 | Open |\n| Train admins | n/a | 2026-12-05 | Open |\n| Fix the export | TBD | 2026-12-05 | Open |\n| Close ticket 4411 | **none** | 2026-12-05 | Done |\n| Review the DR plan | — | 2026-12-09 | Open |\n`,
      errors: [
        { message: '"Renew the SSO certificate" in "Action Items" has no owner', line: 13, severity: 'warning' },
        { message: '"Train admins" in "Action Items" has no owner', line: 14 },
        { message: '"Fix the export" in "Action Items" has no owner', line: 15 },
        { message: '"Close ticket 4411" in "Action Items" has no owner', line: 16 },
        { message: '"Review the DR plan" in "Action Items" has no owner', line: 17 },
      ],
    },
    {
      name: 'list items without an owner, or with an empty one',
      text: `${AR}## Open Questions\n\n- Which IdP for contractors?\n- Which region for backups? Owner: TBD\n- [ ] Retention period? (owner: -)\n- Budget? Owner: Lee Park\n`,
      errors: [
        { message: '"Which IdP for contractors?" in "Open Questions" has no owner', line: 11 },
        { message: '"Which region for backups? Owner: TBD"', line: 12 },
        { message: '"Retention period? (owner: -)"', line: 13 },
      ],
    },
    {
      name: 'an owner in a code span does not count',
      text: `${AR}## Open Questions\n\n- Which region? \`Owner: Lee Park\`\n`,
      errors: [{ message: '"Which region? Owner: Lee Park" in "Open Questions" has no owner', line: 11 }],
    },
    {
      name: 'a table with no owner column gets one',
      text: `${fm('risk-register')}## Risks\n\n| Risk | Likelihood | Impact | Mitigation |\n|---|---|---|---|\n| SSO cut-over slips | Medium | High | Dry run |\n| Short row |\n`,
      errors: [{ message: 'The table in "Risks" has no Owner column', line: 10 }],
      output: `${fm('risk-register')}## Risks\n\n| Risk | Likelihood | Impact | Mitigation | Owner |\n|---|---|---|---| --- |\n| SSO cut-over slips | Medium | High | Dry run |   |\n| Short row |   |   |   |   |\n`,
    },
    {
      name: 'a table without outer pipes',
      text: `${HR}## Open Issues and Escalations\n\nIssue | Status\n--- | ---\nExport times out | Open\n`,
      errors: [{ message: 'The table in "Open Issues and Escalations" has no Owner column', line: 11 }],
      output: `${HR}## Open Issues and Escalations\n\nIssue | Status | Owner\n--- | --- | ---\nExport times out | Open\n`,
    },
    {
      name: 'CRLF line endings and a BOM',
      text: `\uFEFF${fm('risk-register')}## Risks\n\n| Risk | Impact |\n|---|---|\n| SSO cut-over slips | High |\n`.replace(/\n/g, '\r\n'),
      errors: [{ message: 'no Owner column', line: 10 }],
      output: `\uFEFF${fm('risk-register')}## Risks\n\n| Risk | Impact | Owner |\n|---|---| --- |\n| SSO cut-over slips | High |   |\n`.replace(/\n/g, '\r\n'),
    },
    {
      name: 'a suppression covers only the next line',
      text: `${AR}## Open Questions\n\n<!-- se-disable-next-line owner-missing -- the customer assigns it -->\n- Which region for backups?\n- Which IdP for contractors?\n`,
      errors: [{ message: '"Which IdP for contractors?"', line: 13 }],
    },
  ],
});

describe('owner-missing ranges and re-lint', () => {
  it('points at the item\'s first cell', () => {
    const [f] = runRule('owner-missing', { text: `${HR}${ACTIONS}| Renew the SSO certificate | | 2026-12-01 | Open |\n` }).findings;
    assert.deepEqual(f.range, { start: { line: 12, character: 2 }, end: { line: 12, character: 27 } });
  });

  it('after the column is added, each row without an owner is reported (without a fix)', () => {
    const { findings, lintText } = runRule('owner-missing', { text: `${fm('risk-register')}## Risks\n\nRisk | Impact\n--- | ---\nSSO slips | High\n` });
    assert.equal(findings.length, 1);
    const fixed = `${fm('risk-register')}## Risks\n\nRisk | Impact | Owner\n--- | --- | ---\nSSO slips | High\n`;
    assert.deepEqual(lintText(fixed).map((f) => [f.message, Boolean(f.fix)]), [['"SSO slips" in "Risks" has no owner', false]]);
  });
});

testRule('owner-missing', {
  valid: [
    {
      name: 'bullets under "mitigated by:" answer a risk stated in prose',
      text: `${fm('solution-proposal')}# P\n\n## Risks and Mitigations\n\n**Header size**\n\nWarnings may pile up once extensions add them.\nThis is mitigated by:\n\n* Documented guidance on message length\n* A recorder that caps the total length\n`,
    },
  ],
  invalid: [
    {
      name: 'a plain list of risks still needs owners',
      text: `${fm('solution-proposal')}# P\n\n## Risks and Mitigations\n\n- Data migration slips past the cutover window\n`,
      errors: ['has no owner'],
    },
  ],
});
