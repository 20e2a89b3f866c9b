import assert from 'node:assert/strict';
import type { Config } from '../../src/core/config';
import { Workspace, type Host } from '../../src/core/engagement';
import { lint } from '../../src/core/engine';
import { fixAll } from '../../src/core/fix';
import { rules } from '../../src/core/rules/index.generated';
import type { Finding } from '../../src/core/types';

export interface Case {
  name?: string;
  /** The whole document, front matter included. */
  text: string;
  /** Document path; defaults to /ws/acme/doc.md (inside the engagement folder when `engagement` is given). */
  path?: string;
  /** engagement.md text placed at /ws/acme/engagement.md. */
  engagement?: string;
  /** Other files the host can read, by absolute path. */
  files?: Record<string, string>;
  config?: Config;
  options?: Record<string, unknown>;
  today?: string;
  asType?: string;
}

export interface Invalid extends Case {
  /** Expected findings of the rule, in order: a substring of the message, and optionally the 1-based line. */
  errors: Array<string | { message: string; line?: number; severity?: Finding['severity'] }>;
  /** The text after applying every safe fix of the rule (omit when the rule offers none here). */
  output?: string;
}

export const TODAY = '2026-11-23';

export function hostOf(c: Case): Host {
  const files: Record<string, string> = { ...(c.files ?? {}) };
  if (c.engagement !== undefined) files['/ws/acme/engagement.md'] = c.engagement;
  return {
    readText: (p) => files[p],
    engagementFiles: () => Object.keys(files).filter((p) => p.endsWith('/engagement.md')),
  };
}

/** Lints a case with one rule only (by id), as the engine would with the rest switched off. */
export function runRule(ruleId: string, c: Case): { findings: Finding[]; lintText: (t: string) => Finding[] } {
  const rule = rules.find((r) => r.meta.id === ruleId);
  assert.ok(rule, `rule ${ruleId} is registered`);
  const config: Config = { ...(c.config ?? {}) };
  if (c.options) config.rules = { ...(config.rules ?? {}), [ruleId]: { options: c.options } };
  const workspace = new Workspace(hostOf(c));
  const lintText = (t: string) => lint(t, { path: c.path ?? '/ws/acme/doc.md', config, workspace, today: c.today ?? TODAY, asType: c.asType, rules: [rule] }).findings.filter((f) => f.ruleId === ruleId);
  return { findings: lintText(c.text), lintText };
}

/** ESLint-style table of passing and failing cases for one rule. */
export function testRule(ruleId: string, cases: { valid: Case[]; invalid: Invalid[] }): void {
  describe(ruleId, () => {
    for (const [i, c] of cases.valid.entries()) {
      it(`passes: ${c.name ?? `valid #${i + 1}`}`, () => {
        const { findings } = runRule(ruleId, c);
        assert.deepEqual(findings.map((f) => `${f.range.start.line + 1}: ${f.message}`), []);
      });
    }
    for (const [i, c] of cases.invalid.entries()) {
      it(`flags: ${c.name ?? `invalid #${i + 1}`}`, () => {
        const { findings, lintText } = runRule(ruleId, c);
        const got = findings.map((f) => `${f.range.start.line + 1}: ${f.message} [${f.severity}]`);
        assert.equal(findings.length, c.errors.length, `expected ${c.errors.length} finding(s), got:\n${got.join('\n')}`);
        c.errors.forEach((e, k) => {
          const want = typeof e === 'string' ? { message: e } : e;
          assert.ok(findings[k].message.includes(want.message), `finding ${k + 1} "${findings[k].message}" should include "${want.message}"`);
          if (want.line !== undefined) assert.equal(findings[k].range.start.line + 1, want.line, `line of finding ${k + 1} (${findings[k].message})`);
          if (want.severity) assert.equal(findings[k].severity, want.severity);
        });
        if (c.output !== undefined) {
          const fixed = fixAll(c.text, lintText).text;
          assert.equal(fixed, c.output);
          // A fix is complete: nothing of this rule is left fixable in the fixed text.
          assert.deepEqual(lintText(fixed).filter((f) => f.fix).map((f) => f.message), []);
        } else {
          assert.ok(findings.every((f) => !f.fix), 'a case with a safe fix must state its output');
        }
      });
    }
  });
}

/** Front matter for a test document of `type`. */
export function fm(type: string, extra: Record<string, string> = {}): string {
  const base: Record<string, string> = { deliverable: type, title: 'Test', author: 'Dana Whitfield', date: '2026-11-02', status: 'draft', ...extra };
  return `---\n${Object.entries(base).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n`;
}

export const ENGAGEMENT = `---
engagement: acme
customer: Acme Payments
customer_alias: Customer A
start: 2026-09-01
compliance: [SOC2, GDPR]
stakeholders:
  - { name: Dana Whitfield, role: Solutions Engineer, side: vendor, email: dana@vendor.example }
  - { name: Lee Park, role: Lead Architect, side: customer, email: lee.park@acme.example }
  - { name: Priya Raman, role: Security Lead, side: customer }
  - { name: Platform Team, role: Operations, side: customer }
health_thresholds:
  adoption_rate: 60
  active_users: 100
---
# Acme Payments
`;
