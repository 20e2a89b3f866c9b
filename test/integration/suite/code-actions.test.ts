import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FLAWED_HEALTH_REPORT, activateExtension, closeAllEditors, diagnosticsWhere, open, ruleOf, writeFile } from './editor';
import { waitFor } from './helpers';

const DIR = 'engagements/northwind-logistics/it-code-actions';

async function actionsFor(u: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  // Asked for the diagnostic's range, the provider sees the diagnostics there (results carry no diagnostics).
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', u, d.range, vscode.CodeActionKind.QuickFix.value);
}

function diag(ds: vscode.Diagnostic[], rule: string): vscode.Diagnostic {
  const d = ds.find((x) => ruleOf(x) === rule);
  assert.ok(d, `no ${rule} diagnostic`);
  return d;
}

suite('quick fixes and fix-all', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('the safe fix is preferred, applies, and its diagnostic disappears', async () => {
    const u = await writeFile(`${DIR}/a/2026-11-health-report.md`, FLAWED_HEALTH_REPORT);
    const editor = await open(u);
    const ds = await diagnosticsWhere(u, (d) => d.some((x) => ruleOf(x) === 'section-required'), 'section-required');
    const actions = await actionsFor(u, diag(ds, 'section-required'));
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, `no preferred fix among ${titles.join(' / ')}`);
    assert.ok(titles.some((t) => /Disable section-required for this file/.test(t)), 'disable for this file');
    assert.ok(titles.some((t) => /documentation/.test(t)), 'open documentation');
    assert.ok(!titles.some((t) => /for this line/.test(t)), 'no line suppression inside front matter');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await diagnosticsWhere(u, (d) => !d.some((x) => ruleOf(x) === 'section-required'), 'section-required fixed');
    assert.match(editor.document.getText(), /^## Expansion Opportunities$/m);
  });

  test('a suggestion replaces an unknown owner with the nearest stakeholder', async () => {
    const u = await writeFile(`${DIR}/b/2026-11-health-report.md`, FLAWED_HEALTH_REPORT);
    const editor = await open(u);
    const ds = await diagnosticsWhere(u, (d) => d.some((x) => ruleOf(x) === 'owner-unknown'), 'owner-unknown');
    const actions = await actionsFor(u, diag(ds, 'owner-unknown'));
    const replace = actions.find((a) => /Tomasz Nowak/.test(a.title));
    assert.ok(replace?.edit, actions.map((a) => a.title).join(' / '));
    assert.ok(await vscode.workspace.applyEdit(replace.edit));
    await diagnosticsWhere(u, (d) => !d.some((x) => ruleOf(x) === 'owner-unknown'), 'owner-unknown gone');
    assert.match(editor.document.getText(), /\| Fix export timeout \| Tomasz Nowak \|/);
  });

  test('disable for this line appends a same-line comment to a table row, with a reason to type', async () => {
    const u = await writeFile(`${DIR}/c/2026-11-health-report.md`, FLAWED_HEALTH_REPORT);
    const editor = await open(u);
    const ds = await diagnosticsWhere(u, (d) => d.some((x) => ruleOf(x) === 'owner-missing'), 'owner-missing');
    const d = diag(ds, 'owner-missing');
    const line = d.range.start.line;
    const action = (await actionsFor(u, d)).find((a) => /Disable owner-missing for this line/.test(a.title));
    assert.ok(action?.edit);
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    const text = editor.document.lineAt(line).text;
    assert.match(text, /^\| Run retraining for dispatch team \|.*\| Open \| <!-- se-disable-line owner-missing -- reason -->$/);
    // The word "reason" is not a reason: the suppression itself is reported until one is written.
    await diagnosticsWhere(u, (x) => !x.some((y) => ruleOf(y) === 'owner-missing') && x.some((y) => ruleOf(y) === 'suppression-unjustified'), 'owner-missing suppressed, the missing reason reported');
    const at = text.indexOf('reason -->');
    await editor.edit((b) => b.replace(new vscode.Range(line, at, line, at + 'reason'.length), 'owner chosen at the 2026-12-01 review'));
    await diagnosticsWhere(u, (x) => !x.some((y) => ['owner-missing', 'suppression-unjustified'].includes(ruleOf(y))), 'suppressed with a reason');
  });

  test('disable for this line puts the next-line form above a list item', async () => {
    const text = FLAWED_HEALTH_REPORT.replace(/## Action Items[\s\S]*?(?=## Open Issues)/, '## Action Items\n\n- [ ] Run retraining for dispatch team, due 2026-12-05\n\n');
    const u = await writeFile(`${DIR}/d/2026-11-health-report.md`, text);
    const editor = await open(u);
    const ds = await diagnosticsWhere(u, (d) => d.some((x) => ruleOf(x) === 'owner-missing'), 'owner-missing on the list item');
    const d = diag(ds, 'owner-missing');
    const action = (await actionsFor(u, d)).find((a) => /for this line/.test(a.title));
    assert.ok(action?.edit);
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    assert.equal(editor.document.lineAt(d.range.start.line).text, '<!-- se-disable-next-line owner-missing -- reason -->');
    assert.match(editor.document.lineAt(d.range.start.line + 1).text, /^- \[ \] Run retraining/);
  });

  test('source.fixAll.seDeliverables (fix on save) and Fix All Safe Problems', async () => {
    const u = await writeFile(`${DIR}/e/2026-11-health-report.md`, FLAWED_HEALTH_REPORT.replace('## Risk Signals', '## Risk Notes'));
    const editor = await open(u);
    await diagnosticsWhere(u, (d) => d.filter((x) => ruleOf(x) === 'section-required').length >= 2, 'two missing sections');
    const source = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', u, new vscode.Range(0, 0, 0, 0), 'source.fixAll.seDeliverables');
    const fixAll = source.find((a) => a.kind?.value === 'source.fixAll.seDeliverables');
    assert.ok(fixAll?.edit, 'a source.fixAll.seDeliverables action');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    await diagnosticsWhere(u, (d) => !d.some((x) => ruleOf(x) === 'section-required'), 'every missing section inserted');
    await vscode.commands.executeCommand('undo');
    await waitFor(() => !/^## Expansion Opportunities$/m.test(editor.document.getText()), { message: 'undone' });
    const applied = await vscode.commands.executeCommand<number>('seDeliverables.fixAll');
    assert.ok(applied >= 1, `Fix All Safe Problems applied ${applied}`);
    await diagnosticsWhere(u, (d) => !d.some((x) => ruleOf(x) === 'section-required'), 'fixed by the command');
  });
});
