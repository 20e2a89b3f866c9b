import assert from 'node:assert/strict';
import { fm, runRule, testRule } from '../helpers/rule-tester';

const FINAL = fm('go-live-checklist', { status: 'final' });
const LIST = '## Checklist\n\n- [x] Rollback rehearsed on 2026-11-20\n- [ ] Smoke tests signed off by Lee Park\n';

testRule('checklist-open-at-final', {
  valid: [
    { name: 'open items in a draft', text: `${fm('go-live-checklist')}${LIST}` },
    { name: 'open items in review', text: `${fm('go-live-checklist', { status: 'in-review' })}${LIST}` },
    { name: 'every item checked, in either case', text: `${FINAL}## Checklist\n\n- [x] Rollback rehearsed\n- [X] Smoke tests signed off\n  - [x] Payments\n` },
    { name: 'a final document without a checklist', text: `${FINAL}## Readiness Review\n\nGo decision taken on 2026-11-20.\n` },
    {
      name: 'boxes in code, comments, tables and prose are not checklist items',
      text: `${FINAL}## Checklist\n\n\`\`\`markdown\n- [ ] example\n\`\`\`\n\n<!--\n- [ ] draft item\n-->\n\n| Item | Done |\n|---|---|\n| Backup | [ ] |\n\nWrite - [ ] for an open item.\n\n    - [ ] indented code\n`,
    },
    { name: 'CRLF line endings and a BOM', text: `\uFEFF${FINAL.replace(/\n/g, '\r\n')}## Checklist\r\n\r\n- [x] Rollback rehearsed\r\n` },
    {
      name: 'suppressed on the next line, with a reason',
      text: `${FINAL}## Checklist\n\n- [x] Rollback rehearsed\n\n<!-- se-disable-next-line checklist-open-at-final -- load test waived by Lee Park on 2026-11-19 -->\n- [ ] Load test at 2x peak\n`,
    },
  ],
  invalid: [
    {
      name: 'an open item in a final document',
      text: `${FINAL}${LIST}`,
      errors: [{ message: 'Checklist item "Smoke tests signed off by Lee Park" is still open in a final document', line: 11, severity: 'error' }],
    },
    {
      name: 'nested, ordered and quoted items',
      text: `${FINAL}## Checklist\n\n- [x] Cut-over\n  - [ ] DNS switched\n1. [ ] Announce\n\n> - [ ] Quoted item\n`,
      errors: [
        { message: '"DNS switched"', line: 11 },
        { message: '"Announce"', line: 12 },
        { message: '"Quoted item"', line: 14 },
      ],
    },
    {
      name: 'named as written, shortened when long, "(empty)" when blank',
      text: `${FINAL}## Checklist\n\n- [ ] Run \`smoke.sh --prod\` and check the [dashboard](https://grafana.example.com/d/1)\n- [ ] Confirm with the customer's on-call engineer that paging reaches the right rota for every region\n- [ ]\n`,
      errors: [
        { message: 'Checklist item "Run smoke.sh --prod and check the dashboard" is still open', line: 10 },
        { message: '"Confirm with the customer\'s on-call engineer that paging re…"', line: 11 },
        { message: '"(empty)"', line: 12 },
      ],
    },
    {
      name: 'CRLF line endings and a BOM',
      text: `\uFEFF${FINAL.replace(/\n/g, '\r\n')}${LIST.replace(/\n/g, '\r\n')}`,
      errors: [{ message: '"Smoke tests signed off by Lee Park"', line: 11 }],
    },
    {
      name: 'a suppression covers only the next line',
      text: `${FINAL}## Checklist\n\n<!-- se-disable-next-line checklist-open-at-final -- waived -->\n- [ ] Load test\n- [ ] Rollback rehearsed\n`,
      errors: [{ message: '"Rollback rehearsed"', line: 12 }],
    },
  ],
});

describe('checklist-open-at-final ranges', () => {
  it('covers the box', () => {
    const [f] = runRule('checklist-open-at-final', { text: `${FINAL}## Checklist\n\n  - [ ] Smoke tests\n` }).findings;
    assert.deepEqual(f.range, { start: { line: 9, character: 4 }, end: { line: 9, character: 7 } });
  });
});
