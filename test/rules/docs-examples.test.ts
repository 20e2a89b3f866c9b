import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../src/core/rules/index.generated';
import { runRule, type Case } from '../helpers/rule-tester';

/**
 * Every rule's docs page shows failing and passing examples as fenced blocks:
 *   ```markdown fail    (a whole document the rule flags)
 *   ```markdown pass    (a whole document it accepts)
 *   ```yaml engagement  (engagement.md front matter for the examples after it)
 *   ```markdown file NAME  (another file of the engagement, /ws/acme/NAME, e.g. a prior report, for the examples after it)
 * Each is linted with the rule alone, so the docs can never drift from the code.
 */
const docsDir = join(__dirname, '..', '..', '..', 'docs', 'rules');

interface Example {
  kind: 'fail' | 'pass';
  text: string;
  line: number;
  engagement?: string;
  /** Other engagements (`yaml engagement FOLDER`), as files at /ws/FOLDER/engagement.md. */
  files?: Record<string, string>;
}

export function examplesOf(page: string): Example[] {
  const out: Example[] = [];
  const fence = /^(`{3,}|~{3,})(markdown|md|yaml)[ \t]+(fail|pass|engagement|file)(?:[ \t]+([\w.-]+))?[ \t]*\r?\n([\s\S]*?)^\1[ \t]*$/gm;
  let engagement: string | undefined;
  const files: Record<string, string> = {};
  for (let m = fence.exec(page); m; m = fence.exec(page)) {
    const line = page.slice(0, m.index).split('\n').length;
    if (m[3] === 'file') {
      if (m[4]) files[`/ws/acme/${m[4]}`] = m[5];
    } else if (m[3] === 'engagement' && m[4]) files[`/ws/${m[4]}/engagement.md`] = `---\n${m[5]}---\n`;
    else if (m[3] === 'engagement') engagement = `---\n${m[5]}---\n`;
    else out.push({ kind: m[3] as 'fail' | 'pass', text: m[5], line, engagement, files: { ...files } });
  }
  return out;
}

describe('docs examples', () => {
  for (const rule of rules) {
    const id = rule.meta.id;
    const file = join(docsDir, `${id}.md`);
    const page = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const examples = examplesOf(page);
    it(`${id}: docs page has at least two failing and two passing examples`, () => {
      assert.ok(examples.filter((e) => e.kind === 'fail').length >= 2, 'two failing examples');
      assert.ok(examples.filter((e) => e.kind === 'pass').length >= 2, 'two passing examples');
    });
    for (const ex of examples) {
      it(`${id}: docs/rules/${id}.md:${ex.line} ${ex.kind}s`, () => {
        const c: Case = { text: ex.text, engagement: ex.engagement, files: ex.files, today: '2026-11-23' };
        const { findings } = runRule(id, c);
        if (ex.kind === 'fail') assert.ok(findings.length > 0, 'the example should be flagged');
        else assert.deepEqual(findings.map((f) => `${f.range.start.line + 1}: ${f.message}`), []);
      });
    }
  }

  it('every rule has a docs page and a test file', () => {
    const pages = new Set(readdirSync(docsDir));
    const tests = new Set(readdirSync(join(__dirname, '..', '..', '..', 'test', 'rules')));
    for (const r of rules) {
      assert.ok(pages.has(`${r.meta.id}.md`), `docs/rules/${r.meta.id}.md`);
      assert.ok(tests.has(`${r.meta.id}.test.ts`), `test/rules/${r.meta.id}.test.ts`);
    }
  });
});
