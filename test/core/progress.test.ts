import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../../src/core/catalog';
import { Workspace, readEngagement, type Host } from '../../src/core/engagement';
import { lint } from '../../src/core/engine';
import { EXPECTED_CADENCES, engagementProgress, factsOf, progressOf, workspaceProgress, type DeliverableFacts, type EngagementProgress } from '../../src/core/progress';
import { renderEngagement } from '../../src/core/template';
import { TODAY, fm } from '../helpers/rule-tester';

const cat = catalog();
const examples = join(__dirname, '..', '..', '..', 'examples', 'engagements');
const expectedTypes = cat.types.filter((t) => EXPECTED_CADENCES.has(t.cadence));
const STEPS = cat.phases.reduce((n, p) => n + p.steps.length, 0);

function hostOf(files: Record<string, string>): Host {
  return { readText: (p) => files[p], engagementFiles: () => Object.keys(files).filter((p) => p.endsWith('/engagement.md')) };
}

/** Progress of an in-memory workspace: every file linted as the CLI does. */
function progress(files: Record<string, string>) {
  const ws = new Workspace(hostOf(files));
  return workspaceProgress(ws, Object.entries(files).map(([path, text]) => ({ path, text })), { today: TODAY });
}

const blank = (customer = 'Acme Payments', id = 'acme') => renderEngagement({ id, customer, today: '2026-09-01' });
const ticked = (text: string) => text.replace(/^- \[ \]/gm, '- [x]');

/** Facts of a deliverable that is done (final, no findings), without linting a whole document. */
function doneFacts(type: string, path: string, engagement: string, extra: Partial<DeliverableFacts> = {}): DeliverableFacts {
  const t = cat.get(type)!;
  return {
    kind: 'deliverable',
    path,
    engagement,
    state: { path, type, typeTitle: t.title, title: t.title, status: 'final', date: '2026-10-01', counts: { error: 0, warning: 0, info: 0 }, done: true, evidence: 'final, no errors' },
    verdicts: {},
    tasks: [],
    ...extra,
  };
}

const checklist = (e: EngagementProgress, id: string) => e.checklists.find((c) => c.id === id)!;

describe('progress', () => {
  it('complete engagement: every phase, the engagement and every checklist are done', () => {
    const eng = readEngagement('/ws/acme/engagement.md', ticked(blank()));
    const facts = [...expectedTypes.map((t) => t.id), 'health-report', 'feedback-summary', 'knowledge-base-article', 'case-study'].map((id) => doneFacts(id, `/ws/acme/${id}.md`, eng.path));
    const review = facts.find((f) => f.state.type === 'architecture-review')!;
    const reviewItems = cat.checklists.find((c) => c.id === 'architecture-review')!.items;
    for (const i of reviewItems) {
      if (i.source.kind === 'derived') review.verdicts[i.source.check] = { ok: true, why: 'fine' };
    }
    review.tasks = reviewItems.filter((i) => i.source.kind === 'task').map((i, k) => ({ section: 'review-checklist', norm: i.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), ref: { path: review.path, line: 40 + k, checked: true, box: { start: { line: 40 + k, character: 2 }, end: { line: 40 + k, character: 5 } } } }));
    const p = engagementProgress(eng, facts);
    assert.deepEqual(p.phases.map((ph) => ph.id), cat.phases.map((ph) => ph.id), 'phases in catalog order');
    for (const ph of p.phases) assert.equal(ph.done, ph.total, `${ph.id} ${ph.done}/${ph.total}`);
    assert.equal(p.total, STEPS + expectedTypes.length);
    assert.equal(p.done, p.total);
    assert.deepEqual(p.checklists.map((c) => [c.id, c.done, c.total]), [
      ['key-deliverables', 13, 13],
      ['architecture-review', 12, 12],
      ['definition-of-done', 8, 8],
      ['workflow-steps', 31, 31],
    ]);
    assert.deepEqual(p.recurring.map((s) => s.type).sort(), ['case-study', 'feedback-summary', 'health-report', 'knowledge-base-article']);
  });

  it('empty engagement.md (front matter only): nothing done, every step says it has no task item, every slot missing', () => {
    const p = progress({ '/ws/acme/engagement.md': '---\nengagement: acme\ncustomer: Acme\nstakeholders: []\n---\n' });
    const e = p.engagements[0];
    assert.equal(e.errors, 0);
    assert.equal(e.done, 0);
    assert.equal(e.total, STEPS + expectedTypes.length);
    for (const ph of e.phases) {
      assert.ok(ph.steps.every((s) => s.kind === 'manual' && !s.task && s.about === 'engagement.md' && s.evidence === 'no task item'));
      assert.ok(ph.deliverables.every((d) => d.present.length === 0 && d.evidence === 'missing' && !d.done));
    }
    assert.deepEqual(e.checklists.map((c) => `${c.done}/${c.total}`), ['0/13', '0/12', '0/8', '0/31']);
    assert.deepEqual([checklist(e, 'key-deliverables').items[0].about, checklist(e, 'key-deliverables').items[0].evidence], ['Discovery Summary', 'missing']);
    assert.deepEqual(e.recurring, []);
  });

  it('broken engagement.md: counted as errors, the folder name stands for the id, the steps are still read', () => {
    const text = ticked(blank()).replace('customer: Acme Payments', 'customer: [Acme Payments');
    const p = progress({ '/ws/acme/engagement.md': text, '/ws/acme/risks.md': `${fm('risk-register', { status: 'final' })}# Risks\n` });
    const e = p.engagements[0];
    assert.ok(e.errors >= 1, 'front-matter-schema error counted');
    assert.equal(e.id, 'acme');
    assert.equal(e.customer, undefined);
    assert.equal(checklist(e, 'workflow-steps').done, 31);
    assert.equal(e.phases.find((ph) => ph.id === 'implementation-planning')!.deliverables.find((d) => d.type === 'risk-register')!.present.length, 1);
  });

  it('deliverables outside any engagement are listed apart', () => {
    const p = progress({
      '/ws/acme/engagement.md': blank(),
      '/ws/notes/risks.md': `${fm('risk-register')}# Risks\n`,
      '/ws/notes/readme.md': '# Not a deliverable\n',
    });
    assert.deepEqual(p.outside.map((s) => [s.path, s.type, s.status]), [['/ws/notes/risks.md', 'risk-register', 'draft']]);
    assert.equal(p.engagements[0].phases.flatMap((ph) => ph.deliverables).filter((d) => d.present.length).length, 0);
  });

  it('two engagements: sorted by folder, each with its own deliverables (front matter id wins over the folder)', () => {
    const p = progress({
      '/ws/b-globex/engagement.md': blank('Globex', 'globex'),
      '/ws/a-acme/engagement.md': blank('Acme', 'acme'),
      '/ws/a-acme/risks.md': `${fm('risk-register')}# Risks\n`,
      '/ws/a-acme/shared/plan.md': `${fm('implementation-plan', { engagement: 'globex' })}# Plan\n`,
    });
    assert.deepEqual(p.engagements.map((e) => e.id), ['acme', 'globex']);
    const types = (e: EngagementProgress) => e.phases.flatMap((ph) => ph.deliverables).filter((d) => d.present.length).map((d) => d.type);
    assert.deepEqual(types(p.engagements[0]), ['risk-register']);
    assert.deepEqual(types(p.engagements[1]), ['implementation-plan']);
    assert.deepEqual(p.outside, []);
  });

  it('phase done/total: ticked steps plus expected deliverables that are final with no errors', () => {
    const eng = readEngagement('/ws/acme/engagement.md', blank().replace('- [ ] Write the detailed implementation plan', '- [X] Write the detailed implementation plan'));
    const draft = doneFacts('risk-register', '/ws/acme/risk-register.md', eng.path);
    draft.state = { ...draft.state, status: 'draft', done: false, evidence: 'draft (not final), no errors' };
    const erring = doneFacts('onboarding-plan', '/ws/acme/onboarding-plan.md', eng.path);
    erring.state = { ...erring.state, counts: { error: 2, warning: 0, info: 0 }, done: false, evidence: 'final, 2 errors' };
    const warned = doneFacts('implementation-plan', '/ws/acme/implementation-plan.md', eng.path);
    warned.state = { ...warned.state, counts: { error: 0, warning: 3, info: 1 } };
    const ph = engagementProgress(eng, [draft, erring, warned]).phases.find((x) => x.id === 'implementation-planning')!;
    assert.deepEqual([ph.stepsDone, ph.steps.length, ph.deliverablesDone, ph.deliverables.length, ph.done, ph.total], [1, 4, 1, 3, 2, 7]);
    assert.equal(ph.steps[0].task?.checked, true, 'an upper-case X counts as ticked');
    assert.deepEqual(ph.deliverables.map((d) => [d.type, d.done, d.evidence]), [
      ['implementation-plan', true, 'exists, final, no errors'],
      ['onboarding-plan', false, 'exists, final, 2 errors'],
      ['risk-register', false, 'exists, draft (not final), no errors'],
    ]);
  });

  it('per-integration deliverables are done only when every file is', () => {
    const eng = readEngagement('/ws/acme/engagement.md', blank());
    const a = doneFacts('implementation-guide', '/ws/acme/integrations/a.md', eng.path);
    const b = doneFacts('implementation-guide', '/ws/acme/integrations/b.md', eng.path);
    b.state = { ...b.state, status: 'draft', done: false };
    const slotOf = (facts: DeliverableFacts[]) => engagementProgress(eng, facts).phases.find((x) => x.id === 'delivery')!.deliverables.find((d) => d.type === 'implementation-guide')!;
    assert.deepEqual([slotOf([a, b]).done, slotOf([a, b]).evidence], [false, '1 of 2 final with no errors']);
    assert.equal(slotOf([a]).done, true);
  });

  it('recurring deliverables in time order (period, else date)', () => {
    const files = {
      '/ws/acme/engagement.md': blank(),
      '/ws/acme/health/2026-11-health-report.md': `${fm('health-report', { period: '2026-11', date: '2026-12-02' })}# H\n`,
      '/ws/acme/health/2026-10-health-report.md': `${fm('health-report', { period: '2026-10', date: '2026-11-02' })}# H\n`,
      '/ws/acme/escalations/2026-10-15-x.md': `${fm('escalation-report', { date: '2026-10-15' })}# E\n`,
    };
    const e = progress(files).engagements[0];
    assert.deepEqual(e.recurring.map((s) => [s.type, s.date]), [['health-report', '2026-10'], ['escalation-report', '2026-10-15'], ['health-report', '2026-11']]);
    assert.ok(e.recurring.every((s) => s.counts.error + s.counts.warning + s.counts.info > 0), 'finding counts by severity');
    const dod = checklist(e, 'definition-of-done').items.find((i) => i.id === 'health-baseline')!;
    assert.deepEqual([dod.done, dod.kind, dod.about, dod.evidence], [true, 'derived', 'Customer Health Report', 'exists, draft']);
  });

  it('matches task items by text (reordered, reworded, extra items), by position only when the counts agree', () => {
    const reordered = blank().replace(
      '- [ ] Prepare for the customer engagement\n- [ ] Run technical discovery',
      '- [x] Run technical discovery\n- [ ] Extra item of our own\n- [ ] Prepare for the customer engagement',
    );
    const eng = readEngagement('/ws/acme/engagement.md', reordered);
    const steps = engagementProgress(eng, []).phases[0].steps;
    assert.deepEqual(steps.slice(0, 2).map((s) => [s.id, s.done, s.task && eng.doc.lines.line(s.task.line)]), [
      ['prepare-engagement', false, '- [ ] Prepare for the customer engagement'],
      ['run-technical-discovery', true, '- [x] Run technical discovery'],
    ]);
    const reworded = readEngagement('/ws/acme/engagement.md', blank().replace('- [ ] Agree measurable success criteria', '- [x] Success criteria agreed with the sponsor'));
    const s = engagementProgress(reworded, []).phases[0].steps[3];
    assert.deepEqual([s.done, s.about, s.evidence], [true, 'engagement.md', 'ticked']);
    const box = s.task!.box;
    assert.equal(reworded.doc.lines.line(box.start.line).slice(box.start.character, box.end.character), '[x]');
  });

  it('reads an architecture review: derived items carry evidence and their file, manual items their task box', () => {
    const dir = join(examples, 'northwind-logistics');
    const files: Record<string, string> = {};
    for (const name of ['engagement.md', 'architecture-review.md']) files[`/ws/nw/${name}`] = readFileSync(join(dir, name), 'utf8');
    const e = progress(files).engagements[0];
    const items = checklist(e, 'architecture-review').items;
    assert.equal(items.length, 12);
    for (const i of items) {
      const def = cat.checklists.find((c) => c.id === 'architecture-review')!.items.find((x) => x.id === i.id)!;
      assert.equal(i.kind, def.source.kind === 'derived' ? 'derived' : 'manual', i.id);
      if (i.kind === 'derived') {
        assert.equal(i.source, '/ws/nw/architecture-review.md');
        assert.equal(i.about, 'Architecture Review Summary');
      } else {
        assert.ok(i.task, `${i.id} found in the Review Checklist`);
        const line = files['/ws/nw/architecture-review.md'].split(/\r?\n/)[i.task.line];
        assert.equal(line.slice(i.task.box.start.character, i.task.box.end.character), i.done ? '[x]' : '[ ]');
        assert.deepEqual([i.about, i.evidence], ['architecture-review.md', i.done ? 'ticked' : 'not ticked']);
      }
    }
  });

  it('factsOf keeps no document text: only state, verdicts and task references', () => {
    const path = '/ws/acme/architecture-review.md';
    const text = readFileSync(join(examples, 'northwind-logistics', 'architecture-review.md'), 'utf8');
    const facts = factsOf(path, lint(text, { path, today: TODAY }));
    assert.equal(facts?.kind, 'deliverable');
    assert.ok(JSON.stringify(facts).length < text.length / 2, 'facts are a small fraction of the text');
    assert.equal(factsOf('/ws/notes.md', lint('# Notes\n', { path: '/ws/notes.md' })), undefined);
  });

  it('progressOf groups facts by engagement and ignores facts of unknown engagements', () => {
    const eng = readEngagement('/ws/acme/engagement.md', blank());
    const p = progressOf([eng], [doneFacts('runbook', '/ws/acme/runbook.md', eng.path), doneFacts('runbook', '/ws/x/runbook.md', '/ws/x/engagement.md'), { kind: 'engagement', path: eng.path, errors: 2 }]);
    assert.equal(p.engagements[0].errors, 2);
    assert.equal(p.engagements[0].phases.find((ph) => ph.id === 'go-live-handoff')!.deliverablesDone, 1);
    assert.deepEqual(p.outside.map((s) => s.path), ['/ws/x/runbook.md']);
  });

  it('takes the configuration of each file', () => {
    const files = { '/ws/acme/engagement.md': blank(), '/ws/acme/risks.md': `${fm('risk-register', { status: 'final' })}# Risks\n` };
    const ws = new Workspace(hostOf(files));
    const list = Object.entries(files).map(([path, text]) => ({ path, text }));
    const risks = (config?: () => Record<string, unknown>) => workspaceProgress(ws, list, { today: TODAY, config }).engagements[0].phases.flatMap((ph) => ph.deliverables).find((d) => d.type === 'risk-register')!.present[0];
    assert.ok(risks().counts.error > 0, 'the bare register has errors by default');
    assert.equal(risks(() => ({ rules: { 'section-required': 'off', 'placeholder-remaining': 'off', 'section-empty': 'off' } })).counts.error, 0);
  });
});
