import { fm, testRule } from '../helpers/rule-tester';

const ER = fm('escalation-report');
const RS = '## Reproduction Steps\n\n';
const STEPS = '1. Sign in as an admin.\n2. Export 10,000 rows as CSV.\n3. Watch the export stop at 80%.\n';

testRule('repro-steps-unverified', {
  valid: [
    { name: 'numbered steps and who reproduced them', text: `${ER}${RS}${STEPS}\nExpected: a complete file. Actual: HTTP 504.\n\nReproduced by Dana Whitfield on 2026-11-20 in staging.\n` },
    { name: 'other wording of the statement', text: `${ER}${RS}${STEPS}\nConfirmed reproducible in the customer's sandbox on v3.2.1.\n` },
    { name: 'we were able to reproduce it', text: `${ER}${RS}1) Open the report.\n2) Click Export.\n\nWe were able to reproduce it on 2026-11-19 with the customer's data set.\n` },
    { name: 'a first failed attempt, then a successful one', text: `${ER}${RS}${STEPS}\nCould not reproduce in staging; reproduced in production by Lee Park on 2026-11-21.\n` },
    { name: 'a numbered steps table', text: `${ER}${RS}| Step | Action | Result |\n|---|---|---|\n| 1 | Sign in | OK |\n| 2 | Export | 504 |\n\nVerified by Dana Whitfield on 2026-11-20.\n` },
    { name: '"Step N" sub-headings', text: `${ER}${RS}### Step 1\n\nSign in as an admin.\n\n### Step 2\n\nExport the report.\n\nReproduced in staging on 2026-11-20.\n` },
    { name: 'an empty section is section-empty\'s to report', text: `${ER}${RS}<!-- numbered steps -->\n\n## Environment Details\n\n- Product v3.2.1\n` },
    { name: 'the template is clean once filled', text: `${ER}${RS}1. Step one\n2. Step two\n\nReproduced by {{Owner}} on {{YYYY-MM-DD}} in {{Environment}}.\n` },
    { name: 'no section: section-required reports it', text: `${ER}## Issue Summary\n\nExports fail.\n` },
    { name: 'CRLF line endings', text: `${ER}${RS}${STEPS}\nReproduced by Dana Whitfield on 2026-11-20.\n`.replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'prose instead of steps, and no statement',
      text: `${ER}${RS}Customer says exports fail sometimes when the file is large.\n`,
      errors: [{ message: 'Reproduction steps are not a numbered list of at least two steps and do not say they were reproduced', line: 8, severity: 'warning' }],
    },
    {
      name: 'a bullet list is not numbered steps',
      text: `${ER}${RS}- Sign in\n- Export\n\nReproduced by Dana Whitfield on 2026-11-20 in staging.\n`,
      errors: [{ message: 'Reproduction steps are not a numbered list of at least two steps', line: 8 }],
    },
    {
      name: 'a single step',
      text: `${ER}${RS}1. Export 10,000 rows as CSV.\n\nReproduced by Dana Whitfield on 2026-11-20.\n`,
      errors: [{ message: 'not a numbered list of at least two steps', line: 8 }],
    },
    {
      name: 'numbered steps nobody has re-run',
      text: `${ER}${RS}${STEPS}\nExpected: a complete file. Actual: HTTP 504. Follow these steps to reproduce the error.\n`,
      errors: [{ message: 'Reproduction steps do not say who reproduced the issue', line: 8 }],
    },
    {
      name: 'steps that say they have not been reproduced',
      text: `${ER}${RS}${STEPS}\nNot yet reproduced internally; the customer sees it daily.\n`,
      errors: [{ message: 'Reproduction steps say the issue has not been reproduced ("Not yet reproduced")', line: 8 }],
    },
    {
      name: 'a statement in a code block or a comment does not count',
      text: `${ER}${RS}${STEPS}\n<!-- Reproduced by Dana on 2026-11-20 -->\n\n\`\`\`\nreproduced in staging\n\`\`\`\n`,
      errors: [{ message: 'do not say who reproduced the issue', line: 8 }],
    },
  ],
});
