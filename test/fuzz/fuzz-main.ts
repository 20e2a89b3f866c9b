// `npm run fuzz -- --runs N [--seed S]`: the reliability properties, as many cases as asked,
// and the per-rule time on every adversarial string.
import { lint } from '../../src/core/engine';
import { rules } from '../../src/core/rules/index.generated';
import { adversarialDocument, adversarialStrings } from './hostile';
import { fuzz } from './properties';

const args = process.argv.slice(2);
const num = (name: string, d?: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const runs = num('runs', 1000)!;
const seed = num('seed');
const t0 = Date.now();
try {
  const c = fuzz(runs, seed);
  console.log(`fuzz: ${c.arbitrary + c.mutated} cases (${c.arbitrary} arbitrary, ${c.mutated} mutated) in ${((Date.now() - t0) / 1000).toFixed(1)} s: all properties held`);
} catch (e) {
  console.error(String(e instanceof Error ? e.message : e));
  console.log('fuzz: 0 passed, 1 failed');
  process.exit(1);
}
if (!args.includes('--no-patterns')) {
  let worst = { ms: 0, what: '' };
  for (const rule of rules) {
    const types = rule.meta.appliesTo.types;
    const type = types === 'all' || types.length === 0 ? 'risk-register' : types[0];
    for (const a of adversarialStrings()) {
      const text = adversarialDocument(type, a.text);
      const start = process.hrtime.bigint();
      lint(text, { path: '/ws/x.md', today: '2026-11-23', rules: [rule] });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (ms > worst.ms) worst = { ms, what: `${rule.meta.id} on "${a.name}"` };
    }
  }
  console.log(`patterns: slowest rule on a 100 KB adversarial string: ${worst.what}, ${worst.ms.toFixed(1)} ms`);
}
