import assert from 'node:assert/strict';
import { buildCatalog, catalog, CatalogError } from '../../src/core/catalog';
import { Workspace } from '../../src/core/engagement';
import { lint } from '../../src/core/engine';
import { renderDeliverable, templateText } from '../../src/core/template';
import { entries } from '../../src/catalog/index.generated';
import { ENGAGEMENT, hostOf, TODAY } from '../helpers/rule-tester';
import { readEngagement } from '../../src/core/engagement';

/** Fills a template's tab stops as a careful writer would, by what each label asks for. */
export function fillTemplate(template: string): string {
  return template.replace(/\\\$|\$\{(\d+)(?::([^{}]*))?\}/g, (_m, n: string | undefined, label = '') => {
    if (n === undefined) return '$';
    const l = label.trim();
    if (l === 'Owner') return 'Dana Whitfield';
    if (l === 'YYYY-MM-DD') return '2026-12-15';
    if (l === 'vX.Y.Z') return '2.4.1';
    const eg = /\be\.g\.,?\s*(.+)$/i.exec(l);
    if (eg) return eg[1].replace(/[.)]$/, '');
    if (/\b(value|number|count|percent|rate|score|amount|figure|total)\b|%/i.test(l)) return '42';
    return l;
  });
}

describe('catalog', () => {
  const cat = catalog();

  it('has the 20 types, 7 phases and the four checklists with their sizes', () => {
    assert.equal(cat.types.length, 20);
    assert.deepEqual(cat.phases.map((p) => p.id), ['discovery', 'solution-design', 'proposal-validation', 'implementation-planning', 'delivery', 'go-live-handoff', 'post-implementation']);
    assert.equal(cat.phases.reduce((n, p) => n + p.steps.length, 0), 31);
    const sizes = Object.fromEntries(cat.checklists.map((c) => [c.id, c.items.length]));
    assert.deepEqual(sizes, { 'key-deliverables': 13, 'architecture-review': 12, 'definition-of-done': 8, 'workflow-steps': 31 });
  });

  it('every checklist item points at a real type, and every type contribution at a real item', () => {
    const items = new Set(cat.checklists.flatMap((c) => c.items.map((i) => `${c.id}/${i.id}`)));
    for (const c of cat.checklists) for (const i of c.items) if ('deliverable' in i.source && i.source.deliverable) assert.ok(cat.get(i.source.deliverable), `${c.id}/${i.id}`);
    for (const t of cat.types) for (const c of t.checklists) assert.ok(items.has(`${c.checklist}/${c.item}`), `${t.id} → ${c.checklist}/${c.item}`);
  });

  for (const t of catalog().types) {
    it(`${t.id}: template headings equal the catalog sections, in order`, () => {
      const headings = [...templateText(t.template).matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
      assert.deepEqual(headings, t.sections.map((s) => s.title));
    });

    it(`${t.id}: tab stops are numbered 1..N without gaps`, () => {
      const nums = [...t.template.matchAll(/\$\{(\d+)/g)].map((m) => Number(m[1]));
      assert.deepEqual(nums, nums.map((_, i) => i + 1));
    });

    it(`${t.id}: the template, filled in, lints clean with every rule`, () => {
      const host = hostOf({ text: '', engagement: ENGAGEMENT });
      const engagement = readEngagement('/ws/acme/engagement.md', ENGAGEMENT);
      const r = renderDeliverable(t, { engagement, author: 'Dana Whitfield', today: TODAY });
      const filled = fillTemplate(t.template);
      const head = r.text.slice(0, r.text.indexOf('\n---\n') + 5).replace(/"\{\{reviewed_by\}\}"|'\{\{reviewed_by\}\}'|\{\{reviewed_by\}\}/, 'Lee Park');
      const text = `${head}\n# ${t.title}\n\n${filled}`;
      const res = lint(text, { path: `/ws/acme/${r.relPath}`, workspace: new Workspace(host), today: TODAY });
      assert.deepEqual(res.findings.map((f) => `${f.range.start.line + 1}: [${f.ruleId}] ${f.message}`), []);
    });
  }

  it('rejects invalid catalog data with path-qualified errors', () => {
    const good = entries[0];
    const bad = { folder: 'broken', definition: { ...(good.definition as object), id: 'broken', sections: [{ id: 'x', title: '', required: 'yes', guidance: 'short' }] }, template: '' };
    assert.throws(() => buildCatalog([bad], { phases: [] }, { checklists: [] }), (e: unknown) => {
      assert.ok(e instanceof CatalogError);
      assert.match(e.message, /src\/catalog\/broken\/deliverable\.json\/sections\/0\/title/);
      assert.match(e.message, /sections\/0\/required/);
      return true;
    });
  });
});
