import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { catalog } from '../../../src/core/catalog';
import { EXTENSION_ID, TODAY, activateExtension, activeEditorFor, closeAllEditors, exists, readFile, uri } from './editor';

// A fresh engagement, so that no deliverable exists yet for any type.
const ENGAGEMENT = 'engagements/acme-it';

suite('commands: New Engagement, New Deliverable, New <Title>', () => {
  let engagement: vscode.Uri;

  suiteSetup(async () => {
    await activateExtension();
  });
  suiteTeardown(closeAllEditors);

  test('New Engagement writes engagement.md with the workflow and refuses an existing one', async () => {
    const folder = uri(ENGAGEMENT);
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('seDeliverables.newEngagement', { customer: 'Acme Freight', folder, alias: 'Regional Carrier' });
    assert.ok(created, 'no engagement.md created');
    engagement = created;
    const text = await readFile(created);
    assert.match(text, /^engagement: acme-it$/m);
    assert.match(text, /^customer: Acme Freight$/m);
    assert.match(text, new RegExp(`^start: ${TODAY}$`, 'm'));
    assert.match(text, /^- \[ \] /m, 'workflow steps as task items');
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('seDeliverables.newEngagement', { customer: 'Someone Else', folder });
    assert.equal(again, undefined);
    assert.equal(await readFile(created), text, 'engagement.md was changed');
  });

  test('package.json contributes one New <Title> command per catalog type, each registered', async () => {
    const contributed = (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const t of catalog().types) {
      const id = `seDeliverables.new.${t.id}`;
      assert.ok(contributed.includes(id), `${id} is not in package.json (run npm run build:meta)`);
      assert.ok(registered.has(id), `${id} is not registered`);
    }
    for (const id of ['seDeliverables.newDeliverable', 'seDeliverables.newEngagement', 'seDeliverables.checkAll', 'seDeliverables.fixAll', 'seDeliverables.openRuleDocs']) {
      assert.ok(contributed.includes(id) && registered.has(id), id);
    }
  });

  test('every New <Title> command creates its file with front matter, and never overwrites (offers a free name)', async function () {
    this.timeout(120_000);
    const folder = vscode.Uri.joinPath(engagement, '..');
    for (const t of catalog().types) {
      const made = await vscode.commands.executeCommand<vscode.Uri | undefined>(`seDeliverables.new.${t.id}`, folder, { onExists: 'cancel' });
      assert.ok(made, `${t.id}: nothing created`);
      assert.ok(made.path.startsWith(`${folder.path}/`), `${t.id}: written outside the engagement: ${made.path}`);
      const text = await readFile(made);
      const fm = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
      assert.match(fm, new RegExp(`^deliverable: ${t.id}$`, 'm'), `${t.id}: deliverable`);
      assert.match(fm, /^engagement: acme-it$/m, `${t.id}: engagement`);
      assert.match(fm, /^customer: (Acme Freight|Regional Carrier)$/m, `${t.id}: customer`);
      assert.match(fm, /^author: Test Author$/m, `${t.id}: author`);
      assert.match(fm, new RegExp(`^date: ${TODAY}$`, 'm'), `${t.id}: date`);
      // The editor shows it with its snippet applied: same text, placeholders as tab stops.
      const editor = await activeEditorFor(made);
      assert.equal(editor.document.getText(), text, `${t.id}: the snippet changed the text`);

      const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>(`seDeliverables.new.${t.id}`, folder, { onExists: 'cancel' });
      assert.equal(refused, undefined, `${t.id}: a second create did not refuse`);
      assert.equal(await readFile(made), text, `${t.id}: overwritten`);
      const free = await vscode.commands.executeCommand<vscode.Uri | undefined>(`seDeliverables.new.${t.id}`, folder, { onExists: 'freeName' });
      assert.ok(free, `${t.id}: no free name`);
      assert.equal(free.path, made.path.replace(/(\.md)$/, '-2$1'), `${t.id}: free name`);
      assert.ok(await exists(free));
      await closeAllEditors();
    }
  });

  test('New Deliverable… with a type and an engagement: the cursor is on the first placeholder, Tab goes to the next', async () => {
    const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('seDeliverables.newDeliverable', 'risk-register', engagement, { title: 'Launch risks', onExists: 'freeName' });
    assert.ok(made);
    const editor = await activeEditorFor(made);
    assert.equal(editor.document.getText(editor.selection), 'Launch risks', 'the title is the first tab stop');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    const next = editor.document.getText(editor.selection);
    assert.match(next, /^\{\{[^{}]+\}\}$/, `the next tab stop selects a whole {{placeholder}}, not "${next}"`);
  });
});
