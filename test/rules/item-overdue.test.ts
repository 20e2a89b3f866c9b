import { fm, testRule } from '../helpers/rule-tester';

const actions = (rows: string, header = '| Action | Owner | Deadline | Status |\n|---|---|---|---|\n') =>
  `${fm('health-report', { period: '2026-11' })}\n# Health\n\n## Action Items\n\n${header}${rows}`;
const milestones = (rows: string) =>
  `${fm('implementation-plan')}\n# Plan\n\n## Phases and Milestones\n\n| Milestone | Baseline | Forecast | Owner | Status |\n|---|---|---|---|---|\n${rows}`;
const steps = (items: string) => `${fm('architecture-review', { session_date: '2026-11-01' })}\n# Review\n\n## Recommended Next Steps\n\n${items}`;

testRule('item-overdue', {
  valid: [
    { name: 'open items due today or later', text: actions('| Workshop | Dana Whitfield | 2026-11-23 | Open |\n| Review | Lee Park | 2026-12-10 | In progress |\n') },
    { name: 'past items that are done', text: actions('| Workshop | Dana Whitfield | 2026-10-01 | Done |\n| Review | Lee Park | 2026-10-10 | **Closed** |\n| Sync | Lee Park | 2026-10-12 | Completed 2026-10-11 |\n| Retire | Lee Park | 2026-10-12 | Cancelled |\n| Train | Lee Park | 2026-10-12 | 100% |\n') },
    { name: 'a past baseline with a future forecast', text: milestones('| UAT sign-off | 2026-11-01 | 2026-12-05 | Lee Park | At risk |\n') },
    { name: 'checked task items', text: steps('- [x] Send the summary. Owner: Dana Whitfield, 2026-11-03\n') },
    { name: 'a plain bullet marked done', text: steps('- Send the summary (done). Owner: Dana Whitfield, 2026-11-03\n- ✅ Share the diagram. Owner: Dana Whitfield, 2026-11-03\n') },
    { name: 'a moved date: the later one counts', text: actions('| Workshop | Dana Whitfield | ~~2026-11-01~~ 2026-12-01 | Open |\n') },
    { name: 'vague or missing dates are date-missing\'s finding', text: actions('| Workshop | Dana Whitfield | next week | Open |\n| Review | Lee Park |  | Open |\n') },
    { name: 'placeholders', text: actions('| Workshop | Dana Whitfield | {{YYYY-MM-DD}} | Open |\n| Review | Lee Park | [YYYY-MM-DD] | Open |\n') },
    { name: 'a date in a comment is not the due date', text: actions('| Workshop | Dana Whitfield | 2026-12-01 <!-- was 2026-10-01 --> | Open |\n') },
    { name: 'sections that are not dated', text: `${fm('health-report')}\n## Recent Interactions\n\n| Date | Type | Participants | Outcome |\n|---|---|---|---|\n| 2026-10-01 | QBR | Lee Park | Agreed targets |\n` },
    { name: 'a grace period from the config', text: actions('| Workshop | Dana Whitfield | 2026-11-20 | Open |\n'), options: { graceDays: 5 } },
    { name: 'no Status column but a ticked cell', text: actions('| Workshop | Dana Whitfield | 2026-10-01 | ✅ |\n', '| Action | Owner | Deadline | Done |\n|---|---|---|---|\n') },
  ],
  invalid: [
    {
      name: 'an open action past its deadline',
      text: actions('| Run adoption workshop | Dana Whitfield | 2026-11-02 | Open |\n'),
      errors: [{ message: '"Run adoption workshop" in "Action Items" was due 2026-11-02 (21 days ago) and is still open; close it or give it a new date', line: 16 }],
    },
    {
      name: 'a status other than done is open',
      text: actions('| Workshop | Dana Whitfield | 2026-11-22 | Blocked |\n| Review | Lee Park | 2026-11-01 | Not done |\n'),
      errors: [{ message: '"Workshop" in "Action Items" was due 2026-11-22 (1 day ago)', line: 16 }, { message: '"Review"', line: 17 }],
    },
    {
      name: 'a table without a Status column',
      text: steps('| Step | Owner | Due |\n|---|---|---|\n| Send the summary | Dana Whitfield | 2026-11-03 |\n'),
      errors: [{ message: '"Send the summary" in "Recommended Next Steps" was due 2026-11-03 (20 days ago)', line: 16 }],
    },
    {
      name: 'the forecast, not the baseline, is the date',
      text: milestones('| Environments ready | 2026-10-01 | 2026-11-15 | Platform Team | In progress |\n| UAT | 2026-10-15 |  | Lee Park | Planned |\n'),
      errors: [{ message: '"Environments ready" in "Phases and Milestones" was due 2026-11-15 (8 days ago)', line: 15 }, { message: '"UAT" in "Phases and Milestones" was due 2026-10-15', line: 16 }],
    },
    {
      name: 'an unchecked task and a plain bullet',
      text: steps('- [ ] Confirm the VPN range. Owner: Lee Park, 2026-11-10\n- Share the diagram. Owner: Dana Whitfield, 2026-11-03\n'),
      errors: [{ message: '"Confirm the VPN range. Owner: Lee Park, 2026-11-10" in "Recommended Next Steps" was due 2026-11-10 (13 days ago)', line: 14 }, { message: 'was due 2026-11-03', line: 15 }],
    },
    {
      name: 'a written date',
      text: actions('| Workshop | Dana Whitfield | 3 November 2026 | Open |\n'),
      errors: ['was due 2026-11-03 (20 days ago)'],
    },
    {
      name: 'CRLF line endings',
      text: actions('| Workshop | Dana Whitfield | 2026-11-02 | Open |\n').replace(/\n/g, '\r\n'),
      errors: [{ message: '"Workshop"', line: 16 }],
    },
  ],
});
