import assert from 'node:assert/strict';
import { fm, runRule, testRule } from '../helpers/rule-tester';

const RR = fm('risk-register');
const FINAL = fm('risk-register', { status: 'final' });

testRule('placeholder-remaining', {
  valid: [
    { name: 'a finished document', text: `${RR}# Risks\n\n## Risks\n\nReviewed on 2026-11-20 with Lee Park.\n` },
    {
      name: 'links, references, images, task boxes and indexes are not prompts',
      text: `${RR}## Risks\n\nSee the [Runbook](runbook.md), the [SSO guide][Guide], [RFC 7519] and ![Diagram](d.png).\n\n- [x] Reviewed\n- [X] Approved\n\nThe value of rows[Index] is checked.\n\n[Guide]: https://docs.example.com/sso\n[RFC 7519]: https://www.rfc-editor.org/rfc/rfc7519\n`,
    },
    {
      name: 'code and comments are ignored',
      text: `${RR}## Risks\n\nRun \`export TOKEN={{token}}\` first.\n\n\`\`\`yaml\nowner: TBD # TODO\n\`\`\`\n\n    [Name] in indented code\n\n<!-- TODO: add the data-quality risk -->\nReviewed. <!-- FIXME later -->\n`,
    },
    { name: 'lower-case words and longer words are prose', text: `${RR}## Risks\n\nThe todo list is tbd by the team. TBDs and TODOs are tracked in Jira; see TODOIST.\n` },
    { name: 'CRLF line endings and a BOM', text: `\uFEFF${RR.replace(/\n/g, '\r\n')}## Risks\r\n\r\nNone open.\r\n` },
    {
      name: 'suppressed on the next line, with a reason',
      text: `${RR}## Risks\n\n<!-- se-disable-next-line placeholder-remaining -- the customer's ticket template literally says TBD -->\nTicket title: "TBD"\n`,
    },
  ],
  invalid: [
    {
      name: 'every kind of placeholder in prose',
      text: `${RR}## Risks\n\nLast reviewed on [YYYY-MM-DD] with {{Owner}}.\n\nTBD\n\nTODO: rate the risks. FIXME and TBC too. \${3:Risk description}\n\nAsk [Name] about it.\n`,
      errors: [
        { message: 'Placeholder "[YYYY-MM-DD]" is still in the document', line: 10, severity: 'warning' },
        { message: 'Placeholder "{{Owner}}"', line: 10 },
        { message: 'Placeholder "TBD"', line: 12 },
        { message: 'Placeholder "TODO"', line: 14 },
        { message: 'Placeholder "FIXME"', line: 14 },
        { message: 'Placeholder "TBC"', line: 14 },
        { message: 'Placeholder "${3:Risk description}"', line: 14 },
        { message: 'Placeholder "[Name]"', line: 16 },
      ],
    },
    {
      name: 'in table cells, emphasised or not',
      text: `${RR}## Risks\n\n| Risk | Owner | Status |\n|---|---|---|\n| SSO delay | _TBD_ | **TODO** |\n| {{Risk}} | Lee Park | Open |\n`,
      errors: [
        { message: '"TBD"', line: 12 },
        { message: '"TODO"', line: 12 },
        { message: '"{{Risk}}"', line: 13 },
      ],
    },
    {
      name: 'a bracketed prompt in prose is flagged, a task box is not',
      text: `${RR}## Risks\n\n- [X] Reconciliation time cut by [X]% since go-live\n`,
      errors: [{ message: 'Placeholder "[X]"', line: 10 }],
    },
    {
      name: 'link text with its destination is a link; the same words bare are a prompt',
      text: `${RR}## Risks\n\n[Runbook](runbook.md) and [Runbook].\n`,
      errors: [{ message: 'Placeholder "[Runbook]"', line: 10 }],
    },
    {
      name: 'front matter values, nested ones too',
      text: '---\ndeliverable: case-study\ntitle: "{{Title}}"\nauthor: TBD\ndate: 2026-11-02\nstatus: draft\nquote_approval:\n  approved_by: "[Name]"\n  date: 2026-11-01\n---\n# Case study\n',
      errors: [
        { message: 'Front matter "title" still holds the placeholder "{{Title}}"', line: 3 },
        { message: 'Front matter "author" still holds the placeholder "TBD"', line: 4 },
        { message: 'Front matter "quote_approval.approved_by" still holds the placeholder "[Name]"', line: 8 },
      ],
    },
    {
      name: 'an error once the document is final',
      text: `${FINAL}## Risks\n\nOwner: {{Owner}}\n`,
      errors: [{ message: '"{{Owner}}"', line: 10, severity: 'error' }],
    },
    {
      name: 'a severity set in the configuration is kept even when final',
      text: `${FINAL}## Risks\n\nOwner: {{Owner}}\n`,
      config: { rules: { 'placeholder-remaining': 'info' } },
      errors: [{ message: '"{{Owner}}"', line: 10, severity: 'info' }],
    },
    {
      name: 'CRLF line endings and a BOM',
      text: `\uFEFF${RR.replace(/\n/g, '\r\n')}## Risks\r\n\r\nOwner: TBD\r\n`,
      errors: [{ message: '"TBD"', line: 10 }],
    },
    {
      name: 'a suppression silences only the next line',
      text: `${RR}## Risks\n\n<!-- se-disable-next-line placeholder-remaining -- agreed with Lee -->\nOwner: TBD\nDue: TBD\n`,
      errors: [{ message: '"TBD"', line: 12 }],
    },
  ],
});

describe('placeholder-remaining ranges', () => {
  it('covers the placeholder, not the line', () => {
    const [f] = runRule('placeholder-remaining', { text: `${RR}## Risks\n\nOwner: {{Owner}} today\n` }).findings;
    assert.deepEqual(f.range, { start: { line: 9, character: 7 }, end: { line: 9, character: 16 } });
  });

  it('covers the value of a front-matter key', () => {
    const [f] = runRule('placeholder-remaining', { text: `${fm('risk-register', { author: '"{{Author}}"' })}# Risks\n` }).findings;
    assert.deepEqual(f.range, { start: { line: 3, character: 8 }, end: { line: 3, character: 20 } });
  });
});

testRule('placeholder-remaining', {
  valid: [
    { name: 'bracketed tags and identifiers are not prompts', text: `${fm('onboarding-plan')}# P\n\n## Objectives\n\n- [CP] Primary value driver\n- Sign requests using [AWS4-HMAC-SHA256] before calling the API.\n- Frameworks in scope: [GDPR] and [SOC2].\n` },
  ],
  invalid: [
    { name: 'capital prompt shapes still count', text: `${fm('onboarding-plan')}# P\n\n## Objectives\n\nGo live on [YYYY-MM-DD] with [N] teams, owned by [Name].\n`, errors: ['[YYYY-MM-DD]', '[N]', '[Name]'] },
  ],
});
