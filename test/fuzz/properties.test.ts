import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { lint } from '../../src/core/engine';
import { rules } from '../../src/core/rules/index.generated';
import { TODAY } from '../helpers/rule-tester';
import { adversarialDocument, adversarialStrings, hostileInputs } from './hostile';
import { checkDocument, fuzz } from './properties';

describe('reliability', () => {
  it('holds the properties on arbitrary and mutated documents (bounded run)', function () {
    this.timeout(120000);
    const counts = fuzz(Number(process.env.SE_FUZZ_RUNS ?? 300));
    assert.ok(counts.arbitrary > 0 && counts.mutated > 0);
  });

  it('keeps the properties on every hostile input', function () {
    this.timeout(120000);
    for (const h of hostileInputs()) {
      if (h.bytes.length > 3_000_000) continue; // the large ones are checked through the CLI below
      checkDocument(new TextDecoder().decode(h.bytes), undefined);
    }
  });

  it('lints the hostile inputs from the CLI: exit 0 or 1, no stack trace, under 30 s', function () {
    this.timeout(90000);
    const dir = mkdtempSync(join(tmpdir(), 'se-hostile-'));
    try {
      mkdirSync(join(dir, 'h'));
      for (const h of hostileInputs()) writeFileSync(join(dir, 'h', h.name), h.bytes);
      const cli = join(__dirname, '..', '..', '..', 'dist', 'cli.js');
      const started = Date.now();
      const r = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', 'h'], { cwd: dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
      const ms = Date.now() - started;
      assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr.slice(0, 500)}`);
      assert.ok(!/\bat .+:\d+:\d+\)?$/m.test(r.stderr), `no stack trace: ${r.stderr.slice(0, 500)}`);
      assert.ok(ms < 30000, `took ${ms} ms`);
      const files = new Set((JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => f.file));
      assert.ok(files.has('h/single-line-10mb.md'), 'the 10 MB line is reported (too large)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no rule backtracks on adversarial 100 KB strings', function () {
    this.timeout(300000);
    const slow: string[] = [];
    for (const rule of rules) {
      const types = rule.meta.appliesTo.types;
      const type = types === 'all' || types.length === 0 ? 'risk-register' : types[0];
      for (const a of adversarialStrings().filter((_, i) => i % 4 === 0)) {
        const text = adversarialDocument(type, a.text);
        const t0 = process.hrtime.bigint();
        lint(text, { path: '/ws/x.md', today: TODAY, rules: [rule] });
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        // Generous: catastrophic backtracking takes seconds to hours, not a second.
        if (ms > 1000) slow.push(`${rule.meta.id} on ${a.name}: ${ms.toFixed(0)} ms`);
      }
    }
    assert.deepEqual(slow, []);
  });
});
