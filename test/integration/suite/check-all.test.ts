import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FLAWED_HEALTH_REPORT, activateExtension, closeAllEditors, diagnosticsWhere, open, ruleOf, rulesOf, writeFile } from './editor';

const DIR = 'engagements/bluefin-health/it-check-all';

suite('Check All Deliverables', () => {
  suiteSetup(activateExtension);
  suiteTeardown(closeAllEditors);

  test('fills the Problems panel for files that are not open, and keeps them when one is opened and closed', async function () {
    this.timeout(60_000);
    await closeAllEditors();
    const flawed = await writeFile(`${DIR}/2026-11-health-report.md`, FLAWED_HEALTH_REPORT.replace(/northwind-logistics/g, 'bluefin-health').replace(/Northwind Logistics/g, 'Bluefin Health'));
    const notes = await writeFile(`${DIR}/notes.md`, '# Notes\n\nTODO later.\n');
    assert.equal(vscode.workspace.textDocuments.some((d) => d.uri.toString() === flawed.toString()), false, 'the file is not open');
    const summary = await vscode.commands.executeCommand<{ files: number; problems: number }>('seDeliverables.checkAll');
    const files = await vscode.workspace.findFiles('**/*.md', '**/node_modules/**');
    assert.equal(summary.files, files.length, 'every Markdown file checked');
    assert.ok(summary.problems > 0);
    const rules = rulesOf(flawed);
    assert.ok(rules.includes('section-required') && rules.includes('owner-missing'), rules.join(', '));
    assert.deepEqual(rulesOf(notes), [], 'not a deliverable');
    const examples = files.filter((f) => /\/engagements\/[^/]+\/[^/]+\.md$/.test(f.path) && !f.path.endsWith('/engagement.md'));
    assert.ok(examples.length > 0);
    // Edited without saving, then closed: the findings go back to the file's, as Check All put them there.
    const editor = await open(flawed);
    await diagnosticsWhere(flawed, (d) => d.some((x) => ruleOf(x) === 'owner-missing'), 'findings while open');
    const row = editor.document.getText().indexOf('| Run retraining for dispatch team |  |');
    await editor.edit((b) => b.insert(editor.document.positionAt(row + '| Run retraining for dispatch team | '.length), 'Grace Liu'));
    await diagnosticsWhere(flawed, (d) => !d.some((x) => ruleOf(x) === 'owner-missing'), 'owner-missing gone in the unsaved edit');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await diagnosticsWhere(flawed, (d) => d.some((x) => ruleOf(x) === 'owner-missing'), 'the file\'s findings back after closing');
  });
});
