import { fm, testRule } from '../helpers/rule-tester';

const CS = fm('case-study');

testRule('lessons-one-sided', {
  valid: [
    {
      name: 'the filled template',
      text: `${CS}## Lessons Learned\n\n- What worked: weekly syncs with the platform team.\n- What was challenging: the legacy SOAP API had undocumented fields, which cost two weeks.\n- What we would do differently: profile the source data during discovery.\n`,
    },
    {
      name: 'a difficulty in prose',
      text: `${CS}## Lessons Learned\n\nExecutive sponsorship kept the project on track, but we underestimated how long the security review would take.\n`,
    },
    {
      name: 'a label answered by a nested list',
      text: `${CS}## Lessons Learned\n\n- What worked: a rehearsed rollback.\n- Next time:\n  - map every booking pattern during discovery.\n`,
    },
    {
      name: 'a sub-heading naming the difficulty, with content under it',
      text: `${CS}## Lessons Learned\n\n### What worked\n\nWeekly syncs.\n\n### What we would do differently\n\nStart the data mapping in week one.\n`,
    },
    {
      name: 'an empty section, one with placeholders only, and a missing one are other rules\' findings',
      text: `${CS}## Lessons Learned\n\n<!-- what was hard -->\n\n## Customer Quote\n\n> Great.\n`,
    },
    {
      name: 'the unfilled template',
      text: `${CS}## Lessons Learned\n\n- What worked: \${24:Practice that helped}\n- What was challenging: \${25:Difficulty and how it was handled}\n- What we would do differently: \${26:Change for next time}\n`,
    },
    { name: 'no Lessons Learned section', text: `${CS}## Results\n\nEverything went well.\n` },
    {
      name: 'difficulty words added in the configuration, CRLF',
      text: `${CS}## Lessons Learned\n\nThe cut-over was bumpy.\n`.replace(/\n/g, '\r\n'),
      config: { words: { difficulty: ['bumpy'] } },
    },
  ],
  invalid: [
    {
      name: 'only successes',
      text: `${CS}## Lessons Learned\n\n- Executive sponsorship kept the project on track.\n- The team loved the new dashboards.\n`,
      errors: [{ message: '"Lessons Learned" mentions no difficulty or anything to do differently: add what was hard and what the team would change next time', line: 8, severity: 'warning' }],
    },
    {
      name: 'difficulties denied, and labels answered with none',
      text: `${CS}## Lessons\n\n- What worked: weekly syncs.\n- What was challenging: nothing, the rollout went smoothly.\n- What we would do differently: none.\n\nWe had no major issues during cut-over and nothing went wrong.\n`,
      errors: [{ message: '"Lessons" mentions no difficulty', line: 8 }],
    },
    {
      name: 'difficulty words in a comment or code do not count',
      text: `${CS}## Lessons Learned\n\n<!-- what was challenging? -->\n\nStrong sponsorship helped. \`next time\`\n`,
      errors: [{ message: '"Lessons Learned" mentions no difficulty', line: 8 }],
    },
    {
      name: 'CRLF line endings',
      text: `${CS}## Lessons Learned\n\nSponsorship helped a lot.\n`.replace(/\n/g, '\r\n'),
      errors: [{ message: '"Lessons Learned" mentions no difficulty', line: 8 }],
    },
  ],
});
