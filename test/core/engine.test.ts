import assert from 'node:assert/strict';
import { parseConfig, resolveRule } from '../../src/core/config';
import { catalog } from '../../src/core/catalog';
import { Workspace } from '../../src/core/engagement';
import { lint } from '../../src/core/engine';
import { applyEdits, fixAll } from '../../src/core/fix';
import { rules } from '../../src/core/rules/index.generated';
import { ENGAGEMENT, TODAY, fm, hostOf } from '../helpers/rule-tester';

const metas = rules.map((r) => r.meta);
const typeIds = catalog().types.map((t) => t.id);
const RISKS = `${fm('risk-register')}# Risks\n\n## Risks\n\n| Risk | Likelihood | Impact | Mitigation | Contingency | Owner | Status |\n|---|---|---|---|---|---|---|\n| Data migration slips | Medium | High | Dry run on 2026-12-01 | Parallel run | | Open |\n`;

describe('engine', () => {
  it('ignores Markdown that is not a deliverable', () => {
    const r = lint('# Notes\n\nTBD\n', { path: '/ws/notes.md' });
    assert.equal(r.kind, 'none');
    assert.deepEqual(r.findings, []);
  });

  it('reports an unknown type at the deliverable value and suggests the nearest id', () => {
    const r = lint('---\ndeliverable: risk-registr\n---\n', { path: '/ws/x.md' });
    assert.equal(r.findings.length, 1);
    assert.match(r.findings[0].message, /Unknown deliverable type "risk-registr"; did you mean "risk-register"/);
    assert.deepEqual(r.findings[0].range.start, { line: 1, character: 13 });
    assert.equal(r.findings[0].suggestions?.[0].edits[0].newText, 'risk-register');
  });

  it('checks engagement.md with front-matter-schema only', () => {
    const host = hostOf({ text: '', engagement: '---\nengagement: Bad Id\ncustomer: Acme\nstakeholders: []\n---\n## Phase\n- [ ] TODO later\n' });
    const r = lint(host.readText('/ws/acme/engagement.md')!, { path: '/ws/acme/engagement.md', workspace: new Workspace(host) });
    assert.equal(r.kind, 'engagement');
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['front-matter-schema']);
    assert.match(r.findings[0].message, /engagement/);
    assert.equal(r.findings[0].range.start.line, 1);
  });

  it('finds the engagement by front matter id, else by the nearest enclosing folder', () => {
    const files = { '/ws/a/engagement.md': '---\nengagement: a\ncustomer: A Corp\nstakeholders: []\n---\n', '/ws/a/sub/b/engagement.md': '---\nengagement: b\ncustomer: B Corp\nstakeholders: []\n---\n' };
    const ws = new Workspace(hostOf({ text: '', files }));
    assert.equal(ws.engagementFor('/ws/a/sub/b/health/x.md')?.id, 'b');
    assert.equal(ws.engagementFor('/ws/a/sub/x.md')?.id, 'a');
    assert.equal(ws.engagementFor('/ws/a/sub/b/x.md', 'a')?.id, 'a');
    assert.equal(ws.engagementFor('/elsewhere/x.md'), undefined);
  });

  it('resolves severity from defaults, config and per-type overrides', () => {
    const meta = metas.find((m) => m.id === 'owner-missing')!;
    assert.equal(resolveRule(meta, {}, 'risk-register').severity, 'warning');
    assert.equal(resolveRule(meta, { rules: { 'owner-missing': 'error' } }, 'risk-register').severity, 'error');
    const cfg = { rules: { 'owner-missing': 'error' as const }, types: { 'risk-register': { rules: { 'owner-missing': 'off' as const } } } };
    assert.equal(resolveRule(meta, cfg, 'risk-register').severity, 'off');
    assert.equal(resolveRule(meta, cfg, 'health-report').severity, 'error');
    assert.deepEqual(lint(RISKS, { path: '/ws/r.md', config: cfg }).findings.filter((f) => f.ruleId === 'owner-missing'), []);
  });

  it('names the offending key of an invalid configuration', () => {
    const { problems } = parseConfig('rules:\n  owner-missing: loud\n  no-such-rule: off\ntypes:\n  health-report:\n    rules:\n      trend: off\nbogus: 1\n', metas, typeIds);
    const keys = problems.map((p) => p.key);
    assert.ok(keys.includes('rules.owner-missing'), keys.join());
    assert.ok(keys.includes('rules.no-such-rule'));
    assert.ok(keys.includes('bogus'));
    const unknown = problems.find((p) => p.key === 'rules.no-such-rule')!;
    assert.match(unknown.message, /Unknown rule "no-such-rule"/);
    assert.equal(unknown.range.start.line, 2);
    assert.match(parseConfig('rules: [\n', metas, typeIds).problems[0].message, /configuration is not valid YAML/);
    assert.deepEqual(parseConfig('rules:\n  owner-missing: { severity: error }\nwords:\n  allowed: [synergy]\nignore: ["drafts/**"]\n', metas, typeIds).problems, []);
  });

  it('honours suppression comments and reports one without a reason', () => {
    const lines = RISKS.split('\n');
    const row = lines.findIndex((l) => l.startsWith('| Data migration'));
    const withLine = [...lines.slice(0, row), `${lines[row]} <!-- se-disable-line owner-missing -- owner named at the steering call -->`, ...lines.slice(row + 1)].join('\n');
    assert.deepEqual(lint(withLine, { path: '/ws/r.md' }).findings.filter((f) => f.ruleId === 'owner-missing'), []);
    const fileLevel = `${RISKS}\n<!-- se-disable-file owner-missing -->\n`;
    const r = lint(fileLevel, { path: '/ws/r.md' });
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'owner-missing'), []);
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['suppression-unjustified']);
    const block = RISKS.replace('## Risks\n', '## Risks\n\n<!-- se-disable owner-missing -- tracked in Jira -->\n') + '\n<!-- se-enable owner-missing -->\n';
    assert.deepEqual(lint(block, { path: '/ws/r.md' }).findings.filter((f) => f.ruleId === 'owner-missing'), []);
    const unknown = lint(`${RISKS}\n<!-- se-disable-next-line owner-mising -- typo -->\n`, { path: '/ws/r.md' });
    assert.ok(unknown.findings.some((f) => /Unknown rule "owner-mising"/.test(f.message)));
  });

  it('checks only the first part of a document over the size limit, and says so', () => {
    const big = `${RISKS}\n${'Filler line of text.\n'.repeat(5000)}`;
    const r = lint(big, { path: '/ws/r.md', config: { maxFileSize: 5000 } });
    assert.equal(r.truncated, true);
    const f = r.findings.find((x) => x.ruleId === 'document-too-large');
    assert.ok(f);
    assert.match(f.message, /too large to check fully.*checked the first \d+ lines/);
  });

  it('escalates placeholder-remaining to error once final, unless the user set the severity', () => {
    const doc = `${fm('risk-register', { status: 'final' })}# R\n\n## Risks\n\nTBD\n`;
    assert.equal(lint(doc, { path: '/ws/r.md' }).findings.find((f) => f.ruleId === 'placeholder-remaining')?.severity, 'error');
    assert.equal(lint(doc, { path: '/ws/r.md', config: { rules: { 'placeholder-remaining': 'info' } } }).findings.find((f) => f.ruleId === 'placeholder-remaining')?.severity, 'info');
  });

  it('applies fixes without touching text outside their ranges, and keeps CRLF', () => {
    const crlf = RISKS.replace('## Risks\n\n| Risk', '| Risk').replace(/\n/g, '\r\n').replace('# Risks\r\n', '# Risks\r\n\r\n## Risks\r\n');
    const noOwnerCol = crlf.replace('| Contingency | Owner | Status |', '| Contingency | Status |').replace('|---|---|---|---|---|---|---|', '|---|---|---|---|---|---|').replace('| Parallel run | | Open |', '| Parallel run | Open |');
    const out = fixAll(noOwnerCol, (t) => lint(t, { path: '/ws/r.md', today: TODAY }).findings).text;
    assert.ok(!/[^\r]\n/.test(out), 'no bare LF introduced');
    assert.match(out, /\| Contingency \| Status \| Owner \|\r\n/);
    assert.equal(out.replace(/ Owner \||\s---\s\||\s{3}\|/g, ''), noOwnerCol.replace(/\s{3}\|/g, ''));
  });

  it('skips overlapping edits instead of corrupting text', () => {
    const r = applyEdits('abcdef', [
      { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, newText: 'X' },
      { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 4 } }, newText: 'Y' },
    ]);
    assert.deepEqual(r, { text: 'aXdef', applied: 1, skipped: 1 });
  });

  it('turns a rule that throws into a finding', () => {
    const broken = { meta: { ...metas[0], id: 'front-matter-schema' }, check: () => { throw new Error('boom'); } };
    const r = lint(`${fm('risk-register')}# R\n`, { path: '/ws/r.md', rules: [broken] });
    assert.match(r.findings[0].message, /could not check this document \(boom\)/);
  });

  it('gives the engagement to the rules', () => {
    const host = hostOf({ text: '', engagement: ENGAGEMENT });
    const r = lint(RISKS, { path: '/ws/acme/risks.md', workspace: new Workspace(host) });
    assert.equal(r.engagement?.customer, 'Acme Payments');
    assert.equal(r.engagement?.stakeholders.length, 4);
  });
});
