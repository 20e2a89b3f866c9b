// The editor's pure helpers (src/extension/editing): no VS Code needed, so plain mocha.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../../src/core/catalog';
import { parseDocument } from '../../src/core/document';
import { readEngagement } from '../../src/core/engagement';
import { applyEdits } from '../../src/core/fix';
import { renderDeliverable } from '../../src/core/template';
import { gitUserName } from '../../src/core/git-config';
import { completionsAt } from '../../src/extension/editing/completions';
import { ruleFixEdit } from '../../src/extension/editing/fixes';
import { sectionHover, sectionOnLine } from '../../src/extension/editing/hover-content';
import { fileSuppression, lineSuppression } from '../../src/extension/editing/suppression';
import { minimalEdit } from '../../src/extension/editing/text-diff';

const ENGAGEMENT = readEngagement('/w/e/engagement.md', '---\nengagement: e\ncustomer: Acme\nstakeholders:\n  - name: Dana Reyes\n    role: CTO\n    side: customer\n  - name: Lee Park\n    side: vendor\n---\n');
const DOC = `---
deliverable: health-report
status: draft
---

# Report

## Action Items

| Action | Owner | Deadline |
|---|---|---|
| Retrain |  | 2026-12-05 |

- [ ] Call back, Owner: Da
- Ping @
`;

function apply(text: string, at: { line: number; character: number }, insert: string): string {
  return applyEdits(text, [{ range: { start: at, end: at }, newText: insert }]).text;
}

describe('extension editing helpers', () => {
  describe('minimalEdit', () => {
    it('replaces only what changed, and reproduces the new text', () => {
      const before = 'a\nbc\nd\n';
      const after = 'a\nbXc\nd\n';
      const e = minimalEdit(before, after)!;
      assert.deepEqual(e.range, { start: { line: 1, character: 1 }, end: { line: 1, character: 1 } });
      assert.equal(e.newText, 'X');
      assert.equal(applyEdits(before, [e]).text, after);
      assert.equal(minimalEdit(before, before), undefined);
    });
    it('never splits a CRLF', () => {
      const before = 'a\r\nb';
      const after = 'a\r\nc\r\nb';
      assert.equal(applyEdits(before, [minimalEdit(before, after)!]).text, after);
      const b2 = 'x\r\n';
      const a2 = 'x\r\ny\r\n';
      assert.equal(applyEdits(b2, [minimalEdit(b2, a2)!]).text, a2);
    });
  });

  describe('suppression comments', () => {
    const doc = parseDocument(DOC);
    it('appends the same-line form to a table row', () => {
      const s = lineSuppression(doc, 11, 'owner-missing')!;
      assert.equal(apply(DOC, s.at, `${s.before}because${s.after}`).split('\n')[11], '| Retrain |  | 2026-12-05 | <!-- se-disable-line owner-missing -- because -->');
    });
    it('puts the next-line form above a list item, and nothing inside front matter', () => {
      const s = lineSuppression(doc, 13, 'owner-unknown')!;
      const lines = apply(DOC, s.at, `${s.before}because${s.after}`).split('\n');
      assert.equal(lines[13], '<!-- se-disable-next-line owner-unknown -- because -->');
      assert.equal(lines[14], '- [ ] Call back, Owner: Da');
      assert.equal(lineSuppression(doc, 1, 'front-matter-schema'), undefined);
      assert.equal(lineSuppression(doc, 9, 'owner-missing')?.at.character, 0, 'a header row gets a line above');
    });
    it('puts the file form below the front matter', () => {
      const s = fileSuppression(doc, 'section-required');
      assert.equal(apply(DOC, s.at, `${s.before}because${s.after}`).split('\n')[4], '<!-- se-disable-file section-required -- because -->');
      const bare = '---\ndeliverable: runbook\n---';
      const t = fileSuppression(parseDocument(bare), 'x');
      assert.equal(apply(bare, t.at, `${t.before}r${t.after}`), '---\ndeliverable: runbook\n---\n<!-- se-disable-file x -- r -->');
    });
  });

  describe('completions', () => {
    const doc = parseDocument(DOC);
    const src = { engagement: ENGAGEMENT, type: catalog().get('health-report'), types: catalog().types };
    const labels = (line: number, character: number) => completionsAt(doc, { line, character }, src)?.entries.map((e) => e.label);
    it('offers stakeholders in the owner cell only', () => {
      assert.deepEqual(labels(11, 11), ['Dana Reyes', 'Lee Park']);
      assert.equal(labels(11, 4), undefined, 'not in the Action cell');
    });
    it('offers stakeholders after Owner: and @, replacing what was typed', () => {
      const c = completionsAt(doc, { line: 13, character: 26 }, src)!;
      assert.deepEqual(c.range.start, { line: 13, character: 24 });
      assert.deepEqual(labels(14, 8), ['Dana Reyes', 'Lee Park']);
      assert.equal(labels(5, 3), undefined, 'not in a heading');
    });
    it('offers types and enum values in front matter', () => {
      assert.ok(labels(1, 13)?.includes('case-study'));
      assert.deepEqual(labels(2, 8), ['draft', 'in-review', 'final']);
    });
  });

  it('fixes one rule\'s findings in one edit', () => {
    const text = 'ab';
    const findings = [
      { ruleId: 'r', severity: 'warning' as const, message: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, fix: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'X' }] },
      { ruleId: 'r', severity: 'warning' as const, message: '', range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, fix: [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, newText: 'Y' }] },
      { ruleId: 'other', severity: 'warning' as const, message: '', range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, fix: [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, newText: '!' }] },
    ];
    assert.equal(applyEdits(text, [ruleFixEdit(text, findings, 'r')!]).text, 'XabY');
  });

  it('finds the catalog guidance of a section heading', () => {
    const type = catalog().get('health-report')!;
    const def = sectionOnLine(parseDocument(DOC), type, 7)!;
    assert.equal(def.id, 'action-items');
    assert.match(sectionHover(def, type), /^\*\*Action Items\*\* · Customer Health Report \(required, items need an owner, items need a date\)/);
  });

  it('reads user.name from a git configuration', () => {
    assert.equal(gitUserName('[core]\n\tname = no\n[user]\n\temail = a@b\n\tname = "Dana Reyes"\n'), 'Dana Reyes');
    assert.equal(gitUserName('[user "x"]\n'), undefined);
  });

  it('every template\'s snippet form has the same text as its file form, each default a whole tab stop', () => {
    for (const t of catalog().types) {
      const r = renderDeliverable(t, { today: '2026-11-23', engagement: ENGAGEMENT, author: 'A' });
      const { text, defaults } = resolveSnippet(r.snippet);
      assert.equal(text, r.text, t.id);
      for (const d of defaults.slice(1)) assert.match(d, /^\{\{[^{}]+\}\}$/, `${t.id}: a tab stop holds "${d}", not a whole {{placeholder}}`);
    }
  });

  it('the Markdown snippets: the structures the catalog uses, each default a whole {{placeholder}}', () => {
    const snippets = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'snippets', 'markdown.json'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    for (const p of ['se-milestone', 'se-action', 'se-risk', 'se-integration', 'se-gap', 'se-theme', 'se-quote', 'se-disable']) assert.ok(prefixes.includes(p), p);
    for (const [name, s] of Object.entries(snippets)) {
      if (s.prefix === 'se-disable') continue;
      const { defaults } = resolveSnippet(s.body.join('\n'));
      assert.ok(defaults.length > 0, name);
      for (const d of defaults) assert.match(d, /^\{\{[^{}]+\}\}$/, `${name}: "${d}"`);
    }
  });
});

/** A snippet as VS Code inserts it: `\x` is x, `${n:default}` its default, `${n|a,b|}` its first choice. */
function resolveSnippet(snippet: string): { text: string; defaults: string[] } {
  let text = '';
  const defaults: string[] = [];
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\') text += snippet[++i];
    else if (c === '$' && snippet[i + 1] === '{') {
      const choice = /^\$\{\d+\|([^|]*)\|\}/.exec(snippet.slice(i));
      const m = choice ?? /^\$\{\d+:((?:\\.|[^\\}])*)\}/.exec(snippet.slice(i));
      assert.ok(m, `malformed tab stop at ${snippet.slice(i, i + 30)}`);
      const value = choice ? choice[1].split(',')[0] : m[1].replace(/\\(.)/g, '$1');
      if (!choice) defaults.push(value);
      text += value;
      i += m[0].length - 1;
    } else if (c === '$' && /\d/.test(snippet[i + 1])) i++;
    else text += c;
  }
  return { text, defaults };
}
