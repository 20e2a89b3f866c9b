import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  FLAWED_HEALTH_REPORT, activateExtension, closeAllEditors, deleteFile, exists, diagnosticsWhere, lineOf, open, readFile, ruleOf, rulesOf, seDiagnostics, uri, writeFile,
} from './editor';
import { catalog } from '../../../src/core/catalog';
import { INSPECT_STATUS, type StatusBarState } from '../../../src/extension/status-bar';
import { waitFor } from './helpers';

const DIR = 'engagements/northwind-logistics/it-diagnostics';
const CONFIG = '.se-deliverables.yaml';

suite('diagnostics while typing', () => {
  let report: vscode.Uri;
  let exampleConfig: string | undefined;

  suiteSetup(async () => {
    await activateExtension();
    report = await writeFile(`${DIR}/2026-11-health-report.md`, FLAWED_HEALTH_REPORT);
    exampleConfig = (await exists(uri(CONFIG))) ? await readFile(uri(CONFIG)) : undefined;
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    if (exampleConfig === undefined) await deleteFile(uri(CONFIG));
    else await writeFile(CONFIG, exampleConfig);
  });

  test('a flawed deliverable gets the expected findings, each linking its rule page', async () => {
    const editor = await open(report);
    const diags = await diagnosticsWhere(report, (d) => ['section-required', 'owner-missing', 'owner-unknown'].every((r) => d.some((x) => ruleOf(x) === r)), 'section-required, owner-missing and owner-unknown');
    const doc = editor.document;
    const section = diags.find((d) => ruleOf(d) === 'section-required')!;
    assert.equal(section.message, 'Required section "Expansion Opportunities" is missing');
    assert.equal(section.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(section.range.start.line, lineOf(doc, 'deliverable:'), 'a missing section points at the deliverable key');
    const unknown = diags.find((d) => ruleOf(d) === 'owner-unknown')!;
    assert.equal(doc.getText(unknown.range), 'Tomas Nowak', 'the range is the owner, not the whole row');
    for (const d of diags) {
      assert.equal(d.source, 'SE Deliverables');
      const code = d.code as { value: string; target: vscode.Uri };
      assert.equal(typeof code, 'object', `${ruleOf(d)}: code is a link`);
      assert.equal(code.target.scheme, 'command');
      assert.equal(code.target.path, 'seDeliverables.openRuleDocs');
      assert.deepEqual(JSON.parse(decodeURIComponent(code.target.query)), [code.value]);
    }
  });

  test('Open Rule Documentation opens the bundled page', async () => {
    const page = await vscode.commands.executeCommand<vscode.Uri>('seDeliverables.openRuleDocs', 'section-required');
    assert.ok(page);
    assert.match(page.path, /\/docs\/rules\/(section-required|README)\.md$/);
    assert.ok((await vscode.workspace.fs.stat(page)).size > 0);
    await open(report); // back to the report for the next tests
  });

  test('typing re-lints after the debounce', async () => {
    const editor = await open(report);
    const before = seDiagnostics(report).length;
    const line = lineOf(editor.document, '## Open Issues and Escalations');
    await editor.edit((b) => b.insert(new vscode.Position(line, 0), '## Expansion Opportunities\n\n| Opportunity | Usage Evidence | Customer Signal |\n|---|---|---|\n| 50 more seats | 412 of 450 seats in use (92%) | Katrin Vogel asked for a quote on 2026-11-12 |\n\n'));
    await diagnosticsWhere(report, (d) => !d.some((x) => ruleOf(x) === 'section-required'), 'section-required gone after typing');
    assert.ok(seDiagnostics(report).length < before);
  });

  test('a configuration change re-lints; configuration errors show on the file', async () => {
    await open(report);
    await diagnosticsWhere(report, (d) => d.some((x) => ruleOf(x) === 'owner-missing'), 'owner-missing before the config');
    const config = await writeFile(CONFIG, 'rules:\n  owner-missing: off\n');
    await diagnosticsWhere(report, (d) => !d.some((x) => ruleOf(x) === 'owner-missing'), 'owner-missing turned off by .se-deliverables.yaml');
    await writeFile(CONFIG, 'rules:\n  owner-missing: off\n  no-such-rule: error\n');
    const problems = await diagnosticsWhere(config, (d) => d.length > 0, 'a diagnostic on the configuration file');
    assert.match(problems[0].message, /Unknown rule "no-such-rule"/);
    assert.equal(problems[0].range.start.line, 2);
    // An invalid configuration means the defaults: owner-missing is back.
    await diagnosticsWhere(report, (d) => d.some((x) => ruleOf(x) === 'owner-missing'), 'owner-missing back while the config is invalid');
    await deleteFile(config);
    await diagnosticsWhere(config, (d) => d.length === 0, 'configuration diagnostics cleared');
  });

  test('an engagement.md change re-lints (a new stakeholder is a known owner)', async () => {
    await open(report);
    const engagement = uri('engagements/northwind-logistics/engagement.md');
    const original = await readFile(engagement);
    try {
      await writeFile('engagements/northwind-logistics/engagement.md', original.replace('stakeholders:\n', 'stakeholders:\n  - name: Tomas Nowak\n    side: customer\n'));
      await diagnosticsWhere(report, (d) => !d.some((x) => ruleOf(x) === 'owner-unknown'), 'owner-unknown gone once Tomas Nowak is a stakeholder');
    } finally {
      await writeFile('engagements/northwind-logistics/engagement.md', original);
    }
    await diagnosticsWhere(report, (d) => d.some((x) => ruleOf(x) === 'owner-unknown'), 'owner-unknown back');
  });

  test('settings: severity remapping and ignore globs', async () => {
    await open(report);
    const c = vscode.workspace.getConfiguration('seDeliverables');
    try {
      await c.update('severity', { 'owner-unknown': 'hint' }, vscode.ConfigurationTarget.Global);
      await diagnosticsWhere(report, (d) => d.some((x) => ruleOf(x) === 'owner-unknown' && x.severity === vscode.DiagnosticSeverity.Hint), 'owner-unknown shown as a hint');
      await c.update('ignore', ['**/it-diagnostics/**'], vscode.ConfigurationTarget.Global);
      await diagnosticsWhere(report, (d) => d.length === 0, 'nothing for an ignored file');
    } finally {
      await c.update('severity', undefined, vscode.ConfigurationTarget.Global);
      await c.update('ignore', undefined, vscode.ConfigurationTarget.Global);
    }
    await diagnosticsWhere(report, (d) => d.some((x) => ruleOf(x) === 'owner-unknown' && x.severity === vscode.DiagnosticSeverity.Warning), 'back to normal');
  });

  test('Markdown that is not a deliverable gets nothing', async () => {
    const notes = await writeFile(`${DIR}/meeting-notes.md`, '# Notes\n\nTODO: ask about SSO. Owner: nobody. {{Placeholder}}\n\n| Action | Owner | Due |\n|---|---|---|\n| Send deck |  | soon |\n');
    const editor = await open(notes);
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'More text, TBD.\n'));
    // A deliverable opened afterwards is checked; by then the notes have been looked at too.
    const later = await writeFile(`${DIR}/2026-10-health-report.md`, FLAWED_HEALTH_REPORT.replace('period: 2026-11', 'period: 2026-10'));
    await open(later);
    await diagnosticsWhere(later, (d) => d.length > 0, 'the later deliverable checked');
    await open(notes);
    assert.deepEqual(rulesOf(notes), []);
  });

  test('closing a file clears its diagnostics', async () => {
    await open(report);
    await diagnosticsWhere(report, (d) => d.length > 0, 'diagnostics while open');
    await closeAllEditors();
    await waitFor(() => seDiagnostics(report).length === 0, { timeout: 15_000, message: 'diagnostics cleared on close' });
  });

  test('a file shown again after its preview tab was replaced gets its diagnostics back', async () => {
    // Opening another file in the preview tab closes this one's tab (its diagnostics go), while
    // the document itself stays open: showing it again fires no open event.
    await closeAllEditors();
    await vscode.window.showTextDocument(report, { preview: true });
    await diagnosticsWhere(report, (d) => d.length > 0, 'diagnostics while shown');
    // A file of this suite's own: another suite deletes example files, which must not stay open.
    const other = await writeFile(`${DIR}/other.md`, '# Notes\n\nNot a deliverable.\n');
    await vscode.window.showTextDocument(other, { preview: true });
    await waitFor(() => seDiagnostics(report).length === 0, { timeout: 15_000, message: 'the replaced tab\'s diagnostics cleared' });
    assert.ok(vscode.workspace.textDocuments.some((d) => d.uri.toString() === report.toString()), 'the document is still open');
    await vscode.window.showTextDocument(report, { preview: true });
    await diagnosticsWhere(report, (d) => d.length > 0, 'diagnostics when shown again');
  });

  test('the status bar shows the active deliverable\'s type and problem count, and hides for other Markdown', async () => {
    const status = () => vscode.commands.executeCommand<StatusBarState>(INSPECT_STATUS);
    await open(report);
    const diags = await diagnosticsWhere(report, (d) => d.length > 0, 'diagnostics on the report');
    const errors = diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const title = catalog().get('health-report')!.title;
    const shown = await waitFor(async () => {
      const s = await status();
      return s.visible && s.text === `$(${errors ? 'error' : 'warning'}) ${title}: ${seDiagnostics(report).length}` ? s : undefined;
    }, { message: 'the report\'s type and count in the status bar' });
    assert.equal(shown.command, 'workbench.actions.view.problems');
    assert.match(shown.tooltip, new RegExp(`${title}, ${diags.length} problems \\(${errors} errors\\)`));
    await open(await writeFile(`${DIR}/plain.md`, '# Notes\n\nNot a deliverable.\n'));
    await waitFor(async () => ((await status()).visible ? undefined : true), { message: 'hidden for Markdown that is not a deliverable' });
    await open(report);
    await waitFor(async () => ((await status()).visible ? true : undefined), { message: 'shown again for the report' });
  });
});
