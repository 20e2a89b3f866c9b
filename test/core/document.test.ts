import assert from 'node:assert/strict';
import { parseDocument } from '../../src/core/document';
import { unitsOf } from '../../src/core/prose';

const DOC = `---
deliverable: risk-register
title: Risks
---
# Risk Register

Intro with \`code | pipe\` and a [link](http://example.com/significantly).

## Risks

| Risk | Owner |
|------|-------|
| Data migration slips | Dana |
| Vendor API limits | \\| escaped |

- [ ] open task
- [x] done task
  - nested item

<!-- a comment -->

\`\`\`
## not a heading
\`\`\`
`;

describe('document model', () => {
  it('reads front matter, sections, tables, tasks and comments with positions', () => {
    const d = parseDocument(DOC);
    assert.equal(d.frontMatter?.data.deliverable, 'risk-register');
    assert.deepEqual(d.sections.map((s) => [s.level, s.title, s.line]), [[1, 'Risk Register', 4], [2, 'Risks', 8]]);
    assert.equal(d.sections[0].end, d.lines.lineCount);
    assert.equal(d.sections[1].parent, d.sections[0]);
    assert.equal(d.tables.length, 1);
    const t = d.tables[0];
    assert.deepEqual(t.header.cells.map((c) => c.text), ['Risk', 'Owner']);
    assert.deepEqual(t.rows.map((r) => r.cells.map((c) => c.text)), [['Data migration slips', 'Dana'], ['Vendor API limits', '\\| escaped']]);
    assert.deepEqual(t.rows[0].cells[1].range, { start: { line: 12, character: 25 }, end: { line: 12, character: 29 } });
    const tasks = d.listItems.filter((i) => i.task);
    assert.deepEqual(tasks.map((i) => [i.text, i.task!.checked]), [['open task', false], ['done task', true]]);
    assert.deepEqual(tasks[0].task!.boxRange, { start: { line: 15, character: 2 }, end: { line: 15, character: 5 } });
    assert.equal(d.listItems.find((i) => i.text === 'nested item')?.depth, 1);
    assert.equal(d.comments.length, 1);
    assert.equal(d.comments[0].text, '<!-- a comment -->');
  });

  it('masks code, link targets, comments and front matter without moving offsets', () => {
    const d = parseDocument(DOC);
    assert.equal(d.masked.length, d.text.length);
    assert.ok(!d.masked.includes('significantly'), 'link target masked');
    assert.ok(!d.masked.includes('code | pipe'), 'code span masked');
    assert.ok(!d.masked.includes('not a heading'), 'code block masked');
    assert.ok(!d.masked.includes('a comment'), 'comment masked');
    assert.ok(!d.masked.includes('deliverable:'), 'front matter masked');
    assert.ok(d.masked.includes('[link]'), 'link text kept');
  });

  it('keeps positions right with CRLF, a BOM and tabs', () => {
    const crlf = `\uFEFF${DOC.replace(/\n/g, '\r\n').replace('- [ ] open task', '-\t[ ] open task')}`;
    const d = parseDocument(crlf);
    assert.equal(d.hadBom, true);
    assert.equal(d.eol, '\r\n');
    assert.equal(d.frontMatter?.data.title, 'Risks');
    assert.deepEqual(d.sections.map((s) => s.line), [4, 8]);
    assert.equal(d.tables[0].rows[0].cells[1].text, 'Dana');
    assert.deepEqual(d.tables[0].rows[0].cells[1].range.start, { line: 12, character: 25 });
    assert.ok(d.listItems.some((i) => i.task && i.text === 'open task'));
  });

  it('treats broken or odd front matter as problems, never exceptions', () => {
    const cases = ['---\ntitle: [unclosed\n---\n# x\n', '---\nno end\n', '---\n- a list\n---\n', '---\na: &a [1]\nb: *a\n---\n', '---\n---\n'];
    for (const c of cases) {
      const d = parseDocument(c);
      assert.ok(d.frontMatter, c);
    }
    assert.match(parseDocument(cases[0]).frontMatter!.problems[0].message, /not valid YAML/);
    assert.match(parseDocument(cases[1]).frontMatter!.problems[0].message, /never closed/);
    assert.match(parseDocument(cases[2]).frontMatter!.problems[0].message, /mapping/);
    assert.deepEqual(parseDocument(cases[4]).frontMatter!.data, {});
  });

  it('refuses a YAML alias bomb without expanding it', () => {
    const lines = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    lines.push('---', '');
    const d = parseDocument(lines.join('\n'));
    assert.ok(d.frontMatter!.problems.length > 0);
  });

  it('points a front-matter path at its key', () => {
    const d = parseDocument('---\ndeliverable: x\nquote_approval:\n  approved_by: Lee\n---\n');
    assert.deepEqual(d.frontMatter!.rangeOf(['quote_approval', 'approved_by']), { start: { line: 3, character: 2 }, end: { line: 3, character: 13 } });
    assert.deepEqual(d.frontMatter!.valueRange(['deliverable']), { start: { line: 1, character: 13 }, end: { line: 1, character: 14 } });
  });

  it('handles empty and whitespace-only documents', () => {
    for (const t of ['', '\n', '   ', '\r\n\r\n', '\uFEFF']) {
      const d = parseDocument(t);
      assert.equal(d.sections.length, 0);
      assert.equal(d.frontMatter, undefined);
    }
  });

  it('splits prose into sentences and rows', () => {
    const d = parseDocument('## S\n\nAdoption rose 40%. It was e.g. faster than 3.5 days! Done?\n\n| a | b |\n|---|---|\n| x | y |\n');
    const units = unitsOf(d, d.sections[0]);
    assert.deepEqual(units.map((u) => [u.kind, u.text]), [
      ['sentence', 'Adoption rose 40%.'],
      ['sentence', 'It was e.g. faster than 3.5 days!'],
      ['sentence', 'Done?'],
      ['row', '| x | y |'],
    ]);
  });
});
