import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalog } from '../../src/core/catalog';
import type { WorkspaceProgress } from '../../src/core/progress';
import { run, type Io } from '../../src/cli/run';
import { ENGAGEMENT, TODAY, fm } from '../helpers/rule-tester';

const root = join(__dirname, '..', '..', '..');

async function status(cwd: string, ...argv: string[]) {
  const io: Io & { stdout: string; stderr: string } = { cwd, isTty: false, stdout: '', stderr: '', out: (s) => { io.stdout += s; }, err: (s) => { io.stderr += s; } };
  const code = await run(['status', ...argv], io);
  return { code, out: io.stdout, err: io.stderr };
}

describe('cli status', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'se-status-'));
    mkdirSync(join(dir, 'acme', 'health'), { recursive: true });
    writeFileSync(join(dir, 'acme', 'engagement.md'), `${ENGAGEMENT}\n## Discovery & requirements\n\n- [x] Prepare for the customer engagement\n- [ ] Run technical discovery\n`);
    writeFileSync(join(dir, 'acme', 'risk-register.md'), `${fm('risk-register', { engagement: 'acme' })}# Risks\n`);
    writeFileSync(join(dir, 'acme', 'health', '2026-10-health-report.md'), `${fm('health-report', { engagement: 'acme', period: '2026-10' })}# Health\n`);
    writeFileSync(join(dir, 'stray.md'), `${fm('runbook')}# Runbook\n`);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--format json prints the progress model with paths relative to the working directory', async () => {
    const r = await status(dir, '--format', 'json', '--today', TODAY);
    assert.equal(r.code, 0, r.err);
    const p = JSON.parse(r.out) as WorkspaceProgress;
    assert.equal(p.engagements.length, 1);
    const e = p.engagements[0];
    assert.deepEqual([e.id, e.customer, e.path, e.dir], ['acme', 'Acme Payments', 'acme/engagement.md', 'acme']);
    assert.deepEqual(e.phases.map((ph) => ph.id), catalog().phases.map((ph) => ph.id));
    assert.deepEqual([e.phases[0].stepsDone, e.phases[0].done, e.phases[0].total], [1, 1, 5]);
    assert.equal(e.phases[0].steps[0].task?.path, 'acme/engagement.md');
    const risks = e.phases.flatMap((ph) => ph.deliverables).find((d) => d.type === 'risk-register')!;
    assert.equal(risks.present[0].path, 'acme/risk-register.md');
    assert.ok(risks.present[0].counts.error > 0);
    assert.deepEqual(e.recurring.map((s) => [s.path, s.date]), [['acme/health/2026-10-health-report.md', '2026-10']]);
    assert.deepEqual(e.checklists.map((c) => [c.id, c.total]), [['key-deliverables', 13], ['architecture-review', 12], ['definition-of-done', 8], ['workflow-steps', 31]]);
    assert.deepEqual(p.outside.map((s) => s.path), ['stray.md']);
  });

  it('text: each phase with done/total, its deliverables present or missing, the checklists', async () => {
    const r = await status(dir, 'acme', '--today', TODAY);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.split('\n');
    assert.match(lines[0], /^Acme Payments \(acme\) {2}1\/46$/);
    assert.match(r.out, /^ {2}Discovery & requirements +1\/5 +steps 1\/4, deliverables 0\/1$/m);
    assert.match(r.out, /^ {4}- Discovery Summary: missing$/m);
    assert.match(r.out, /^ {4}• Risk Register: risk-register\.md \(draft, \d+ errors?/m);
    assert.match(r.out, /^ {4}• 2026-10 Customer Health Report: health\/2026-10-health-report\.md/m);
    assert.match(r.out, /^ {2}Key deliverables: +0\/13$/m);
    assert.match(r.out, /^ {4}\[ \] Risk register — Risk Register: exists, draft \(not final\), \d+ errors?$/m);
    assert.doesNotMatch(r.out, /stray/, 'only the engagement asked for');
  });

  it('from inside an engagement folder, shows that whole engagement', async () => {
    const r = await status(join(dir, 'acme', 'health'), '--format', 'json', '--today', TODAY);
    const p = JSON.parse(r.out) as WorkspaceProgress;
    assert.deepEqual(p.engagements.map((e) => e.dir), ['..']);
    assert.ok(p.engagements[0].phases.flatMap((ph) => ph.deliverables).some((d) => d.type === 'risk-register' && d.present.length === 1));
  });

  it('markdown: a table of phases and one collapsible list per checklist', async () => {
    const r = await status(dir, '--format', 'markdown', '--today', TODAY);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^## Acme Payments — 1\/46$/m);
    assert.match(r.out, /^\| Discovery & requirements \| 1\/5 \| ⬜ Discovery Summary \(missing\) \|$/m);
    assert.match(r.out, /^<details><summary>Workflow steps: 1\/31<\/summary>$/m);
    assert.match(r.out, /^ {2}- \[x\] Prepare for the customer engagement — engagement\.md: ticked$/m);
    assert.match(r.out, /^## Outside any engagement$/m);
  });

  it('says so when there is no engagement, and rejects bad arguments with exit 2', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'se-status-empty-'));
    try {
      const r = await status(empty);
      assert.equal(r.code, 0);
      assert.match(r.out, /No engagement found/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    assert.equal((await status(dir, '--format', 'xml')).code, 2);
    assert.equal((await status(dir, 'nowhere')).code, 2);
    assert.equal((await status(dir, 'a', 'b')).code, 2);
    assert.equal((await status(dir, '--today', 'tomorrow')).code, 2);
  });

  it('a broken configuration is an error (exit 2), as for lint', async () => {
    writeFileSync(join(dir, '.se-deliverables.yaml'), 'rules:\n  no-such-rule: error\n');
    const r = await status(dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /\.se-deliverables\.yaml:2/);
  });

  it('the built CLI on examples/ prints both engagements as JSON', function () {
    const cli = join(root, 'dist', 'cli.js');
    const r = spawnSync(process.execPath, [cli, 'status', 'examples', '--format', 'json', '--today', TODAY], { cwd: root, encoding: 'utf8' });
    if (r.error) this.skip();
    assert.equal(r.status, 0, r.stderr);
    const p = JSON.parse(r.stdout) as WorkspaceProgress;
    assert.deepEqual(p.engagements.map((e) => e.id), ['bluefin-health', 'northwind-logistics']);
    for (const e of p.engagements) assert.equal(e.total, e.phases.reduce((n, ph) => n + ph.total, 0));
  });
});
