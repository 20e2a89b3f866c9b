import Ajv from 'ajv-draft-04';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalog } from '../../src/core/catalog';
import { readForLint, writeSafely } from '../../src/cli/files';
import { run, type Io } from '../../src/cli/run';
import { ENGAGEMENT } from '../helpers/rule-tester';

const root = join(__dirname, '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');

function capture(cwd: string): Io & { stdout: string; stderr: string } {
  const io = { cwd, isTty: false, stdout: '', stderr: '', out: (s: string) => { io.stdout += s; }, err: (s: string) => { io.stderr += s; } };
  return io;
}

async function cmd(cwd: string, ...argv: string[]) {
  const io = capture(cwd);
  const code = await run(argv, io);
  return { code, out: io.stdout, err: io.stderr };
}

describe('cli', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'se-cli-'));
    mkdirSync(join(dir, 'acme'));
    writeFileSync(join(dir, 'acme', 'engagement.md'), ENGAGEMENT);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates every type, lints it to placeholder findings only, and never overwrites', async () => {
    for (const t of catalog().types) {
      const first = await cmd(dir, 'new', t.id, '--engagement', 'acme', '--author', 'Dana Whitfield', '--today', '2026-11-23');
      assert.equal(first.code, 0, `${t.id}: ${first.err}`);
      const created = join(dir, first.out.replace(/^Created /, '').trim());
      const before = readFileSync(created);
      const lint = await cmd(dir, 'lint', '--format', 'json', '--today', '2026-11-23', created);
      const ids = new Set((JSON.parse(lint.out) as Array<{ ruleId: string }>).map((f) => f.ruleId));
      ids.delete('placeholder-remaining');
      assert.deepEqual([...ids], [], `${t.id} has only placeholder findings`);
      const again = await cmd(dir, 'new', t.id, '--engagement', 'acme', '--author', 'Dana Whitfield', '--today', '2026-11-23');
      assert.equal(again.code, 2);
      assert.match(again.err, /already exists; not overwritten/);
      assert.ok(readFileSync(created).equals(before), 'first file byte-identical');
    }
  });

  it('creates a health report for a given month or quarter with --period', async () => {
    const oct = await cmd(dir, 'new', 'health-report', '--engagement', 'acme', '--author', 'Dana Whitfield', '--today', '2026-11-23', '--period', '2026-10');
    assert.equal(oct.code, 0, oct.err);
    assert.equal(oct.out.trim(), `Created ${join('acme', 'health', '2026-10-health-report.md')}`);
    const text = readFileSync(join(dir, 'acme', 'health', '2026-10-health-report.md'), 'utf8');
    assert.match(text, /^period: 2026-10$/m);
    assert.match(text, /^date: 2026-11-23$/m, 'the document is still dated when it is written');
    const q3 = await cmd(dir, 'new', 'health-report', '--engagement', 'acme', '--today', '2026-11-23', '--period', '2026-Q3');
    assert.equal(q3.code, 0, q3.err);
    assert.match(readFileSync(join(dir, 'acme', 'health', '2026-Q3-health-report.md'), 'utf8'), /^period: 2026-Q3$/m);
    const lint = await cmd(dir, 'lint', '--format', 'json', '--today', '2026-11-23', join('acme', 'health'));
    assert.ok(!(JSON.parse(lint.out) as Array<{ ruleId: string }>).some((f) => f.ruleId === 'front-matter-schema'), 'the period is valid front matter');
    for (const bad of ['2026-13', '2026-Q5', 'October', '2026-10-01']) {
      const r = await cmd(dir, 'new', 'health-report', '--engagement', 'acme', '--period', bad);
      assert.equal(r.code, 2, bad);
      assert.match(r.err, /--period takes a month \(YYYY-MM\) or a quarter/);
    }
    const wrongType = await cmd(dir, 'new', 'runbook', '--engagement', 'acme', '--period', '2026-10');
    assert.equal(wrongType.code, 2);
    assert.match(wrongType.err, /--period applies to deliverables written per period \(feedback-summary, health-report\), not to runbook/);
    const feedback = await cmd(dir, 'new', 'feedback-summary', '--engagement', 'acme', '--today', '2026-11-23', '--period', '2026-Q4');
    assert.equal(feedback.code, 0, feedback.err);
    assert.match(readFileSync(join(dir, feedback.out.replace(/^Created /, '').trim()), 'utf8'), /^period: 2026-Q4$/m);
  });

  it('creates an engagement with the workflow steps as task items', async () => {
    const r = await cmd(dir, 'new', 'engagement', '--dir', 'globex', '--customer', 'Globex', '--alias', 'Customer G', '--today', '2026-11-23');
    assert.equal(r.code, 0, r.err);
    const text = readFileSync(join(dir, 'globex', 'engagement.md'), 'utf8');
    assert.match(text, /^engagement: globex$/m);
    assert.equal((text.match(/^- \[ \] /gm) ?? []).length, 31 + 1);
    assert.equal((await cmd(dir, 'new', 'engagement', '--dir', 'globex', '--customer', 'Globex')).code, 2);
    const lint = await cmd(dir, 'lint', '--format', 'json', 'globex');
    assert.deepEqual(JSON.parse(lint.out), []);
  });

  it('prints JSON findings with 1-based positions and paths relative to the working directory', async () => {
    writeFileSync(join(dir, 'acme', 'risks.md'), '---\ndeliverable: risk-register\ntitle: Risks\nauthor: Dana\ndate: 2026-11-02\nstatus: draft\n---\n# Risks\n\nNothing yet.\n');
    const r = await cmd(dir, 'lint', '--format', 'json', 'acme');
    assert.equal(r.code, 1);
    const findings = JSON.parse(r.out) as Array<Record<string, unknown>>;
    assert.ok(findings.length > 0);
    for (const f of findings) {
      assert.deepEqual(Object.keys(f).sort(), ['column', 'endColumn', 'endLine', 'file', 'fixable', 'line', 'message', 'ruleId', 'severity']);
      assert.equal(f.file, 'acme/risks.md');
      assert.ok((f.line as number) >= 1 && (f.column as number) >= 1);
    }
    const req = findings.find((f) => f.ruleId === 'section-required')!;
    assert.deepEqual([req.line, req.column, req.fixable], [2, 1, true]);
  });

  it('writes SARIF 2.1.0 that validates against the schema, and JUnit with one testcase per file', async () => {
    writeFileSync(join(dir, 'acme', 'risks.md'), '---\ndeliverable: risk-register\ntitle: Risks\nauthor: Dana\ndate: 2026-11-02\nstatus: draft\n---\n# Risks\n');
    const sarif = await cmd(dir, 'lint', '--format', 'sarif', '.');
    const schema = JSON.parse(readFileSync(join(root, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    const log = JSON.parse(sarif.out) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
    assert.ok(log.runs[0].results.length > 0);
    assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'acme/risks.md');
    const junit = await cmd(dir, 'lint', '--format', 'junit', '.');
    assert.equal((junit.out.match(/<testcase /g) ?? []).length, 2);
    assert.match(junit.out, /<failure message="\d+ problems?"/);
  });

  it('applies safe fixes through a rename, keeping BOM, CRLF and permissions', async () => {
    const file = join(dir, 'acme', 'risks.md');
    const text = '\uFEFF---\r\ndeliverable: risk-register\r\ntitle: Risks\r\nauthor: Dana Whitfield\r\ndate: 2026-11-02\r\nstatus: draft\r\n---\r\n# Risks\r\n\r\nIntro.\r\n';
    writeFileSync(file, text);
    chmodSync(file, 0o640);
    const r = await cmd(dir, 'lint', '--fix', '--format', 'json', file);
    const after = readFileSync(file, 'utf8');
    assert.ok(after.startsWith('\uFEFF---\r\n'), 'BOM kept');
    assert.match(after, /\r\n## Risks\r\n/);
    assert.ok(!/[^\r]\n/.test(after), 'only CRLF');
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.ok(!(JSON.parse(r.out) as Array<{ ruleId: string }>).some((f) => f.ruleId === 'section-required'));
    assert.deepEqual(readdirSync(join(dir, 'acme')).filter((n) => n.includes('se-fix')), []);
  });

  it('refuses to write a file that changed after it was read', () => {
    const file = join(dir, 'acme', 'changing.md');
    writeFileSync(file, 'first\n');
    const read = readForLint(file, 1 << 20);
    writeFileSync(file, 'someone else saved this\n');
    assert.throws(() => writeSafely(file, 'fixed\n', read), /changed while it was being checked; not written/);
    assert.equal(readFileSync(file, 'utf8'), 'someone else saved this\n');
  });

  it('exits by threshold: errors, --max-warnings, and usage errors', async () => {
    const doc = (body: string) => `---\ndeliverable: knowledge-base-article\ntitle: KB\nauthor: Dana\ndate: 2026-11-02\nstatus: draft\nreviewed_by: Lee Park\n---\n# KB\n${body}`;
    const full = catalog().get('knowledge-base-article')!.sections.map((s) => `\n## ${s.title}\n\nWritten.\n`).join('');
    writeFileSync(join(dir, 'kb.md'), doc(`${full}\nTBD\n`));
    assert.equal((await cmd(dir, 'lint', 'kb.md')).code, 0, 'warnings alone pass');
    assert.equal((await cmd(dir, 'lint', '--max-warnings', '0', 'kb.md')).code, 1);
    assert.equal((await cmd(dir, 'lint', '--format', 'xml', 'kb.md')).code, 2);
    assert.equal((await cmd(dir, 'lint', 'missing.md')).code, 2);
    assert.equal((await cmd(dir, 'lint', '--as', 'nope', 'kb.md')).code, 2);
    assert.equal((await cmd(dir, 'frobnicate')).code, 2);
    writeFileSync(join(dir, '.se-deliverables.yaml'), 'rules:\n  owner-missing: sometimes\n');
    const bad = await cmd(dir, 'lint', 'kb.md');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /\.se-deliverables\.yaml:2:3: Invalid value at "rules\.owner-missing"/);
  });

  it('lints files without front matter as a given type with --as', async () => {
    writeFileSync(join(dir, 'plain.md'), '# Postmortem\n\n## Summary\n\nThe API was down.\n');
    const r = await cmd(dir, 'lint', '--as', 'escalation-report', '--format', 'json', 'plain.md');
    const ids = (JSON.parse(r.out) as Array<{ ruleId: string }>).map((f) => f.ruleId);
    assert.ok(ids.includes('section-required'));
    assert.ok(!ids.includes('front-matter-schema'));
  });

  it('lists the rules', async () => {
    const r = await cmd(dir, 'rules');
    assert.equal(r.code, 0);
    for (const id of ['front-matter-schema', 'section-required', 'section-empty', 'placeholder-remaining', 'checklist-open-at-final', 'owner-missing', 'date-missing']) assert.match(r.out, new RegExp(`^${id} `, 'm'));
  });

  it('survives hostile input from the built binary: exit 0 or 1, no stack trace, in seconds', function () {
    this.timeout(60000);
    const h = join(dir, 'hostile');
    mkdirSync(h);
    const fmHead = '---\ndeliverable: risk-register\ntitle: R\nauthor: A\ndate: 2026-11-02\nstatus: draft\n---\n';
    writeFileSync(join(h, 'binary.md'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(join(h, 'bad-yaml.md'), '---\ndeliverable: risk-register\ntitle: [unclosed\n  - : :\n---\n# x\n');
    writeFileSync(join(h, 'big.md'), `${fmHead}# Big\n\n${'A line of ordinary prose that goes on for a while, significantly.\n'.repeat(80000)}`);
    writeFileSync(join(h, 'crlf-bom.md'), `\uFEFF${fmHead}# R\n\n## Risks\n\n| Risk | Owner |\n|---|---|\n| x | |\n`.replace(/\n/g, '\r\n'));
    writeFileSync(join(h, 'empty.md'), '');
    writeFileSync(join(h, 'table.md'), `${fmHead}# T\n\n## Risks\n\n| Risk | Likelihood | Impact | Mitigation | Contingency | Owner |\n|---|---|---|---|---|---|\n${'| r | low | low | m | c | Dana |\n'.repeat(20000)}`);
    writeFileSync(join(h, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${fmHead}# U\n`, 'utf16le')]));
    writeFileSync(join(h, 'invalid-utf8.md'), Buffer.concat([Buffer.from(fmHead), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x0a])]));
    const started = Date.now();
    const r = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', h], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const elapsed = Date.now() - started;
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    assert.ok(!/\n\s+at .+:\d+:\d+\)?\n/.test(r.stderr + r.stdout), 'no stack trace');
    assert.ok(elapsed < 10000, `took ${elapsed} ms`);
    const findings = JSON.parse(r.stdout) as Array<{ file: string; ruleId: string; message: string }>;
    assert.ok(findings.some((f) => f.file.endsWith('binary.md') && /binary/.test(f.message)));
    assert.ok(findings.some((f) => f.file.endsWith('bad-yaml.md') && f.ruleId === 'front-matter-schema'));
    assert.ok(findings.some((f) => f.file.endsWith('big.md') && f.ruleId === 'document-too-large'));
  });
});
