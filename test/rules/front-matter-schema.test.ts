import assert from 'node:assert/strict';
import { ENGAGEMENT, fm, runRule, testRule } from '../helpers/rule-tester';

const BODY = '# Risks\n\n## Risks\n\nNone yet.\n';
const ENGAGEMENT_PATH = '/ws/acme/engagement.md';

testRule('front-matter-schema', {
  valid: [
    { name: 'complete front matter', text: `${fm('risk-register')}${BODY}` },
    {
      name: 'optional keys with valid values',
      text: `${fm('health-report', { period: '2026-10', audience: 'customer', engagement: 'acme', customer: 'Acme Payments', prior_report: 'health/2026-09-health-report.md' })}# Report\n`,
    },
    { name: 'a type-specific required key present', text: `${fm('knowledge-base-article', { reviewed_by: 'Lee Park' })}# KB\n` },
    {
      name: 'CRLF line endings and a BOM',
      text: '\uFEFF---\r\ndeliverable: risk-register\r\ntitle: Risks\r\nauthor: Dana Whitfield\r\ndate: 2026-11-02\r\nstatus: final\r\n---\r\n# Risks\r\n',
    },
    {
      name: 'a value still holding a template placeholder is left to placeholder-remaining',
      text: '---\ndeliverable: risk-register\ntitle: "{{Title}}"\nauthor: Dana Whitfield\ndate: "{{YYYY-MM-DD}}"\nstatus: draft\n---\n# Risks\n',
    },
    { name: 'Markdown that names no deliverable type is not a deliverable', text: '---\ntitle: Meeting notes\n---\n# Notes\n\nstatus: whatever\n' },
    { name: 'Markdown without front matter is not a deliverable', text: '# Notes\n\nNothing to check.\n' },
    { name: 'a valid engagement.md', path: ENGAGEMENT_PATH, text: ENGAGEMENT },
    { name: 'no front matter is what `--as TYPE` is for', asType: 'risk-register', text: '# Risks\n\n## Risks\n' },
    {
      name: 'a file-level suppression with a reason',
      text: `---\ndeliverable: risk-register\ntitle: Risks\n---\n<!-- se-disable-file front-matter-schema -- imported from the old tracker, fixed next sprint -->\n${BODY}`,
    },
  ],
  invalid: [
    {
      name: 'unknown type close to a real one',
      text: `${fm('health report')}# Report\n`,
      errors: [{ message: 'Unknown deliverable type "health report"; did you mean "health-report"?', line: 2, severity: 'error' }],
    },
    { name: 'unknown type with no near id', text: `${fm('banana-bread')}# Report\n`, errors: [{ message: 'Unknown deliverable type "banana-bread"', line: 2 }] },
    { name: 'empty deliverable', text: '---\ndeliverable:\ntitle: Risks\n---\n# Risks\n', errors: [{ message: 'Front matter "deliverable" is empty', line: 2 }] },
    {
      name: 'missing common keys point at the deliverable key',
      text: `---\ntitle: Risks\ndeliverable: risk-register\n---\n${BODY}`,
      errors: [
        { message: 'Front matter is missing "author"', line: 3 },
        { message: 'Front matter is missing "date"', line: 3 },
        { message: 'Front matter is missing "status"', line: 3 },
      ],
    },
    {
      name: 'a type-specific required key missing',
      text: `${fm('knowledge-base-article')}# KB\n`,
      errors: [{ message: 'Front matter is missing "reviewed_by"', line: 2 }],
    },
    {
      name: 'values that fail the schema, each at its key',
      text: '---\ndeliverable: risk-register\ntitle: Risks\nauthor: Dana Whitfield\ndate: 2026-11-31\nstatus: Final\naudience: everyone\nengagement: Acme Payments\n---\n# Risks\n',
      errors: [
        { message: '"date" must be a date as YYYY-MM-DD', line: 5 },
        { message: '"status" must be one of "draft", "in-review", "final"', line: 6 },
        { message: '"audience" must be one of "internal", "customer", "public"', line: 7 },
        { message: '"engagement" must match pattern', line: 8 },
      ],
    },
    { name: 'a number where text belongs', text: `${fm('risk-register', { title: '2026' })}# Risks\n`, errors: [{ message: '"title" must be string', line: 3 }] },
    {
      name: 'nested keys: a missing one points at its parent, an unknown one at itself',
      text: `${fm('case-study').replace(/---\n$/, '')}quote_approval:\n  date: 2026-11-01\n  approver: Lee Park\n---\n# Case study\n`,
      errors: [
        { message: 'Front matter is missing "approved_by"', line: 7 },
        { message: 'Unknown key "approver" in "quote_approval"', line: 9 },
      ],
    },
    {
      name: 'YAML that does not parse (an unquoted colon in a title)',
      text: '---\ndeliverable: risk-register\ntitle: Risks: phase 2\nauthor: Dana Whitfield\n---\n# Risks\n',
      errors: [{ message: 'Front matter is not valid YAML: Nested mappings are not allowed', line: 3 }],
    },
    { name: 'a duplicated key', text: '---\ndeliverable: risk-register\ntitle: Risks\ntitle: Risks again\n---\n# Risks\n', errors: [{ message: 'Map keys must be unique', line: 4 }] },
    { name: 'front matter never closed', text: '---\ndeliverable: risk-register\ntitle: Risks\n\n# Risks\n', errors: [{ message: 'never closed', line: 1 }] },
    {
      name: 'CRLF line endings and a BOM keep the lines right',
      text: '\uFEFF---\r\ndeliverable: risk-register\r\ntitle: Risks\r\nauthor: Dana Whitfield\r\ndate: 02/11/2026\r\nstatus: draft\r\n---\r\n# Risks\r\n',
      errors: [{ message: '"date" must be a date as YYYY-MM-DD', line: 5 }],
    },
    {
      name: 'engagement.md is checked against its own schema',
      path: ENGAGEMENT_PATH,
      text: '---\nengagement: Acme Payments\ncustomer: Acme Payments\nsegment: huge\nstakeholders:\n  - { name: Lee Park, side: both }\n---\n# Acme\n',
      errors: [
        { message: '"engagement" must match pattern', line: 2 },
        { message: '"segment" must be one of "smb", "mid-market", "enterprise"', line: 4 },
        { message: '"stakeholders.0.side" must be one of "customer", "vendor"', line: 6 },
      ],
    },
    {
      name: 'engagement.md without front matter',
      path: ENGAGEMENT_PATH,
      text: '# Acme\n\n## Discovery\n\n- [ ] Kick-off\n',
      errors: [{ message: 'engagement.md has no front matter; start it with a `---` block giving engagement, customer and stakeholders', line: 1 }],
    },
    {
      name: 'a suppression in the body silences only the line after it',
      text: `${fm('risk-register', { status: 'done' })}# Risks\n\n<!-- se-disable-next-line front-matter-schema -- legacy status kept for the importer -->\nThis line is silenced, the front matter is not.\n`,
      errors: [{ message: '"status" must be one of', line: 6 }],
    },
  ],
});

describe('front-matter-schema ranges', () => {
  it('puts an unknown type on its value and offers the nearest id as a suggestion', () => {
    const [f] = runRule('front-matter-schema', { text: `${fm('risk registr')}# Risks\n` }).findings;
    assert.deepEqual(f.range, { start: { line: 1, character: 13 }, end: { line: 1, character: 25 } });
    assert.equal(f.fix, undefined);
    assert.deepEqual(f.suggestions?.[0].edits, [{ range: f.range, newText: 'risk-register' }]);
  });

  it('puts a failing value on its key', () => {
    const [f] = runRule('front-matter-schema', { text: `${fm('risk-register', { status: 'done' })}# Risks\n` }).findings;
    assert.deepEqual(f.range, { start: { line: 5, character: 0 }, end: { line: 5, character: 6 } });
  });

  it('puts a missing key on the deliverable key', () => {
    const [f] = runRule('front-matter-schema', { text: '---\ndeliverable: risk-register\ntitle: Risks\nauthor: Dana\ndate: 2026-11-02\n---\n' }).findings;
    assert.deepEqual(f.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 11 } });
  });
});

describe('front-matter-schema with --as', () => {
  it("leaves another tool's front matter alone but still reports broken YAML", () => {
    const foreign = '---\ntitle: Postmortem\nlayout: post\n---\n# Postmortem\n';
    assert.deepEqual(runRule('front-matter-schema', { text: foreign, asType: 'escalation-report' }).findings, []);
    const broken = '---\ntitle: [unclosed\n---\n# Postmortem\n';
    assert.equal(runRule('front-matter-schema', { text: broken, asType: 'escalation-report' }).findings.length, 1);
  });
});
