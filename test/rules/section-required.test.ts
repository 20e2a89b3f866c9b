import assert from 'node:assert/strict';
import { catalog } from '../../src/core/catalog';
import { fm, runRule, testRule } from '../helpers/rule-tester';

const KB = fm('knowledge-base-article', { reviewed_by: 'Lee Park' });
const CRLF_KB = KB.replace(/\n/g, '\r\n');

/** The comment the fix writes under a new heading: the catalog's guidance for the section. */
function guidance(type: string, title: string): string {
  const def = catalog().get(type)!.sections.find((s) => s.title === title)!;
  return `<!-- ${def.guidance.replace(/--/g, '-')} -->`;
}
const g = (title: string) => guidance('knowledge-base-article', title);

testRule('section-required', {
  valid: [
    { name: 'every required section present', text: `${KB}# SSO loops\n\n## Problem\n\nx\n\n## Solution\n\nx\n\n## Steps\n\n1. x\n\n## Related\n\n- x\n` },
    {
      name: 'aliases, numbering, extra words and any heading level count',
      text: `${KB}# SSO loops\n\n## 1. Symptoms\n\nx\n\n## Cause and Solution\n\nx\n\n### Procedure (admin console)\n\n1. x\n\nSee Also\n--------\n\n- x\n`,
    },
    { name: 'an optional section may be missing', text: `${fm('integration-design')}# Design\n\n## Integration Points\n\nx\n\n## Dependencies\n\nx\n` },
    { name: 'empty sections are section-empty\'s business', text: `${KB}## Problem\n## Solution\n## Steps\n## Related\n` },
    { name: 'CRLF line endings and a BOM', text: `\uFEFF${CRLF_KB}## Problem\r\n\r\nx\r\n\r\n## Solution\r\n\r\nx\r\n\r\n## Steps\r\n\r\nx\r\n\r\n## Related\r\n\r\nx\r\n` },
    { name: 'an unknown type is front-matter-schema\'s business', text: `${fm('kb-article')}# Nothing\n` },
    {
      name: 'suppressed for the file, with a reason',
      text: `${KB}<!-- se-disable-file section-required -- short internal note, agreed with the reviewer -->\n## Problem\n\nx\n`,
    },
  ],
  invalid: [
    {
      name: 'one section missing: inserted before the next one present',
      text: `${KB}# SSO loops\n\n## Problem\n\nx\n\n## Steps\n\n1. x\n\n## Related\n\n- x\n`,
      errors: [{ message: 'Required section "Solution" is missing', line: 2, severity: 'error' }],
      output: `${KB}# SSO loops\n\n## Problem\n\nx\n\n## Solution\n\n${g('Solution')}\n\n## Steps\n\n1. x\n\n## Related\n\n- x\n`,
    },
    {
      name: 'several missing at one place are inserted in catalog order, not in the (alphabetical) order of the findings',
      text: `${KB}# SSO loops\n\n## Problem\n\nx\n\n## Solution\n\nx\n`,
      errors: ['Required section "Related" is missing', 'Required section "Steps" is missing'],
      output: `${KB}# SSO loops\n\n## Problem\n\nx\n\n## Solution\n\nx\n\n## Steps\n\n${g('Steps')}\n\n## Related\n\n${g('Related')}\n`,
    },
    {
      name: 'a blank line is added before the next heading when there was none',
      text: `${KB}# SSO loops\n\n## Problem\n\nx\n## Related\n\n- x\n`,
      errors: ['Required section "Solution" is missing', 'Required section "Steps" is missing'],
      output: `${KB}# SSO loops\n\n## Problem\n\nx\n\n## Solution\n\n${g('Solution')}\n\n## Steps\n\n${g('Steps')}\n\n## Related\n\n- x\n`,
    },
    {
      name: 'an empty body gets every section, in order',
      text: KB,
      errors: [
        { message: '"Problem"', line: 2 },
        { message: '"Related"', line: 2 },
        { message: '"Solution"', line: 2 },
        { message: '"Steps"', line: 2 },
      ],
      output: `${KB}\n## Problem\n\n${g('Problem')}\n\n## Solution\n\n${g('Solution')}\n\n## Steps\n\n${g('Steps')}\n\n## Related\n\n${g('Related')}\n`,
    },
    {
      name: 'missing at the end of a file without a final line break',
      text: `${KB}## Problem\n\nx\n\n## Solution\n\nx\n\n## Steps\n\nx`,
      errors: ['"Related"'],
      output: `${KB}## Problem\n\nx\n\n## Solution\n\nx\n\n## Steps\n\nx\n\n## Related\n\n${g('Related')}`,
    },
    {
      name: 'after the previous section, before a section of the author\'s own',
      text: `${KB}## Problem\n\nx\n\n### Details\n\nx\n\n## Appendix\n\nx\n`,
      errors: ['"Related"', '"Solution"', '"Steps"'],
      output: `${KB}## Problem\n\nx\n\n### Details\n\nx\n\n## Solution\n\n${g('Solution')}\n\n## Steps\n\n${g('Steps')}\n\n## Related\n\n${g('Related')}\n\n## Appendix\n\nx\n`,
    },
    {
      name: 'a new heading takes the level of its neighbour',
      text: `${KB}# SSO loops\n\n### Problem\n\nx\n\n### Solution\n\nx\n\n### Related\n\nx\n`,
      errors: ['"Steps"'],
      output: `${KB}# SSO loops\n\n### Problem\n\nx\n\n### Solution\n\nx\n\n### Steps\n\n${g('Steps')}\n\n### Related\n\nx\n`,
    },
    {
      name: 'headings in code blocks and HTML comments do not count',
      text: `${KB}## Problem\n\n\`\`\`text\n## Solution\n\`\`\`\n\n<!--\n## Steps\n-->\n\n## Related\n\nx\n`,
      errors: ['"Solution"', '"Steps"'],
      output: `${KB}## Problem\n\n\`\`\`text\n## Solution\n\`\`\`\n\n<!--\n## Steps\n-->\n\n## Solution\n\n${g('Solution')}\n\n## Steps\n\n${g('Steps')}\n\n## Related\n\nx\n`,
    },
    {
      name: 'a code fence left open at the end is closed first, or the new headings would be code',
      text: `${KB}## Problem\n\nx\n\n## Solution\n\nx\n\n## Steps\n\n\`\`\`\`sh\ncurl -I https://example.com\n\`\`\`\n`,
      errors: ['"Related"'],
      output: `${KB}## Problem\n\nx\n\n## Solution\n\nx\n\n## Steps\n\n\`\`\`\`sh\ncurl -I https://example.com\n\`\`\`\n\`\`\`\`\n\n## Related\n\n${g('Related')}\n`,
    },
    {
      name: 'so is a comment left open at the end',
      text: `${KB}## Problem\n\nx\n\n## Solution\n\nx\n\n## Steps\n\nx\n\n<!-- notes for the reviewer\n`,
      errors: ['"Related"'],
      output: `${KB}## Problem\n\nx\n\n## Solution\n\nx\n\n## Steps\n\nx\n\n<!-- notes for the reviewer\n-->\n\n## Related\n\n${g('Related')}\n`,
    },
    {
      name: 'CRLF line endings and a BOM: the insert uses CRLF',
      text: `\uFEFF${CRLF_KB}## Problem\r\n\r\nx\r\n\r\n## Steps\r\n\r\nx\r\n\r\n## Related\r\n\r\nx\r\n`,
      errors: [{ message: '"Solution"', line: 2 }],
      output: `\uFEFF${CRLF_KB}## Problem\r\n\r\nx\r\n\r\n## Solution\r\n\r\n${g('Solution')}\r\n\r\n## Steps\r\n\r\nx\r\n\r\n## Related\r\n\r\nx\r\n`,
    },
    {
      name: 'a document linted as a type without front matter: the finding is on line 1',
      asType: 'integration-design',
      text: '## Integration Points\n\nx\n',
      errors: [{ message: 'Required section "Dependencies" is missing', line: 1 }],
      output: `## Integration Points\n\nx\n\n## Dependencies\n\n${guidance('integration-design', 'Dependencies')}\n`,
    },
    {
      name: 'a next-line suppression in the body does not reach the finding on the deliverable key',
      text: `${KB}<!-- se-disable-next-line section-required -- wrong place -->\n## Problem\n\nx\n\n## Solution\n\nx\n\n## Steps\n\nx\n`,
      errors: ['"Related"'],
      output: `${KB}<!-- se-disable-next-line section-required -- wrong place -->\n## Problem\n\nx\n\n## Solution\n\nx\n\n## Steps\n\nx\n\n## Related\n\n${g('Related')}\n`,
    },
  ],
});

describe('section-required fixes', () => {
  it('offers each finding a fix on its own, which inserts its section', () => {
    const text = `${KB}## Problem\n\nx\n\n## Solution\n\nx\n\n## Related\n\nx\n`;
    const [f] = runRule('section-required', { text }).findings;
    assert.equal(f.fix?.length, 1);
    assert.match(f.fix![0].newText, /^\n## Steps\n\n<!-- .* -->\n\n$/);
    // It replaces the line break before "## Related" and nothing else.
    assert.deepEqual(f.fix![0].range, { start: { line: 15, character: 0 }, end: { line: 16, character: 0 } });
  });

  it('points at the deliverable key', () => {
    const [f] = runRule('section-required', { text: `${KB}## Problem\n## Solution\n## Steps\n` }).findings;
    assert.deepEqual(f.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 11 } });
  });
});
