import assert from 'node:assert/strict';
import { fm, runRule, testRule } from '../helpers/rule-tester';

const KB = fm('knowledge-base-article', { reviewed_by: 'Lee Park' });
/** A knowledge base article whose Problem section holds `problem` and whose other sections are filled in. */
const kb = (problem: string) => `${KB}# SSO loops\n\n## Problem\n${problem}\n## Solution\n\nFix the callback URL.\n\n## Steps\n\n1. Open the admin console.\n\n## Related\n\n- [SSO guide](https://docs.example.com/sso)\n`;

testRule('section-empty', {
  valid: [
    { name: 'every section has text', text: kb('\nUsers land on the sign-in page again.\n') },
    { name: 'content in a subsection', text: kb('\n### On Okta\n\nThe callback fails.\n') },
    { name: 'a code block is content, even one holding only a shell comment', text: kb('\n```\n# okta-cli apps list\n```\n') },
    { name: 'an indented code block is content', text: kb('\n    curl -I https://app.example.com/sso/callback\n') },
    { name: 'a table with a data row', text: kb('\n| Browser | Affected |\n|---|---|\n| Safari 17 | yes |\n') },
    { name: 'a link or an image is content', text: kb('\n![Login loop](img/loop.png)\n') },
    { name: 'text beside a placeholder is content', text: kb('\nAffects {{Product}} since the last upgrade.\n') },
    { name: 'a section holding only placeholders is placeholder-remaining\'s finding', text: kb('\n<!-- guidance -->\n\n{{Symptom as the customer experiences it}}\n\nTBD\n\n[Error message]\n') },
    { name: 'an autolink is content', text: kb('\n<https://status.example.com/incidents/42>\n') },
    { name: 'an empty optional section', text: `${fm('integration-design')}## Integration Points\n\nSFTP batch.\n\n## Sequence Diagrams\n\n## Dependencies\n\nFirewall change.\n` },
    { name: 'a missing section is section-required\'s business', text: `${KB}## Problem\n\nx\n\n## Solution\n\nx\n\n## Steps\n\nx\n` },
    { name: 'CRLF line endings and a BOM', text: `\uFEFF${kb('\nUsers land on the sign-in page again.\n').replace(/\n/g, '\r\n')}` },
    {
      name: 'suppressed on the heading, with a reason',
      text: kb('\n').replace('## Problem', '<!-- se-disable-next-line section-empty -- the problem is in the title -->\n## Problem'),
    },
  ],
  invalid: [
    {
      name: 'only the guidance comment the template leaves',
      text: kb('\n<!-- Describe the symptom as the customer sees it. -->\n'),
      errors: [{ message: 'Required section "Problem" is empty', line: 11, severity: 'warning' }],
    },
    { name: 'a heading followed straight by the next', text: kb(''), errors: [{ message: '"Problem"', line: 11 }] },
    { name: 'only an empty subsection', text: kb('\n### Details\n\n<!-- to do -->\n'), errors: [{ message: '"Problem"', line: 11 }] },
    { name: 'only a table header', text: kb('\n| Browser | Affected |\n|---|---|\n'), errors: [{ message: '"Problem"', line: 11 }] },
    { name: 'only HTML tags and a rule', text: kb('\n<br>\n\n<details><summary></summary></details>\n\n---\n'), errors: [{ message: '"Problem"', line: 11 }] },
    { name: 'only an empty task item', text: kb('\n- [ ]\n'), errors: [{ message: '"Problem"', line: 11 }] },
    {
      name: 'several empty sections, the last one at the end of a file without a line break',
      text: `${KB}## Problem\n\n## Solution\n\n<!-- cause -->\n\n## Steps\n\n1. Open the console.\n\n## Related`,
      errors: [
        { message: 'Required section "Problem" is empty', line: 9 },
        { message: 'Required section "Solution" is empty', line: 11 },
        { message: 'Required section "Related" is empty', line: 19 },
      ],
    },
    {
      name: 'CRLF line endings and a BOM',
      text: `\uFEFF${kb('\r\n<!-- guidance -->\r\n').replace(/\r?\n/g, '\r\n')}`,
      errors: [{ message: '"Problem"', line: 11 }],
    },
    {
      name: 'a suppression of another rule does not apply',
      text: kb('\n').replace('## Problem', '<!-- se-disable-next-line section-required -- not this rule -->\n## Problem'),
      errors: [{ message: '"Problem"', line: 12 }],
    },
  ],
});

describe('section-empty ranges', () => {
  it('points at the heading text', () => {
    const [f] = runRule('section-empty', { text: kb('') }).findings;
    assert.deepEqual(f.range, { start: { line: 10, character: 3 }, end: { line: 10, character: 10 } });
  });
});
