import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, diagnosticsWhere, engagementLabels, exists, open, rulesOf, uri, writeFile } from './editor';
import { waitFor } from './helpers';

// Runs only in the second integration pass, with workspace trust on and the folder untrusted
// (SE_TEST_WORKSPACE_TRUST=1, which code-server's extension host inherits from the launcher).
const UNTRUSTED = process.env.SE_TEST_WORKSPACE_TRUST === '1';

if (UNTRUSTED) suite('untrusted workspace', () => {
  const marker = 'executed-marker.txt';

  suiteSetup(async () => {
    // Bait: files that would leave a marker if anything from the workspace were run.
    await writeFile('tools/postinstall.js', `require('fs').writeFileSync(${JSON.stringify(uri(marker).fsPath)}, 'ran');\n`);
    await writeFile('package.json', JSON.stringify({ name: 'bait', scripts: { postinstall: 'node tools/postinstall.js', test: 'node tools/postinstall.js' } }, null, 2));
    await writeFile('.vscode/tasks.json', JSON.stringify({ version: '2.0.0', tasks: [{ label: 'bait', type: 'shell', command: 'node tools/postinstall.js', runOptions: { runOn: 'folderOpen' } }] }, null, 2));
    await activateExtension();
  });

  suiteTeardown(closeAllEditors);

  test('the folder is untrusted and the extension is active', () => {
    assert.equal(vscode.workspace.isTrusted, false);
    assert.ok(vscode.extensions.getExtension('se-deliverables.se-deliverables')?.isActive);
  });

  test('diagnostics still appear', async () => {
    const u = uri('engagements/northwind-logistics/risk-register.md');
    await open(u);
    await diagnosticsWhere(u, (ds) => ds.some((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'owner-missing'), 'owner-missing on the risk register');
    assert.ok(rulesOf(u).includes('owner-missing'));
  });

  test('the engagement tree still lists both engagements', async () => {
    assert.deepEqual(await engagementLabels(2), ['Bluefin Health', 'Northwind Logistics']);
  });

  test('Check All runs and nothing from the workspace was executed', async () => {
    await vscode.commands.executeCommand('seDeliverables.checkAll');
    await waitFor(() => rulesOf(uri('engagements/bluefin-health/runbook.md')).includes('placeholder-remaining') || undefined, { timeout: 30_000 });
    assert.equal(await exists(uri(marker)), false, 'no workspace file was run');
  });
});
