import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './helpers';

const EXTENSION_ID = 'se-deliverables.se-deliverables'; // publisher.name in package.json

suite('activation', () => {
  test('the extension is installed and activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const others = vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.'));
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (other extensions: ${others.join(', ') || 'none'})`);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  test('the test workspace folder is open', async () => {
    const folders = await waitFor(() => vscode.workspace.workspaceFolders, { timeout: 10_000, message: 'a workspace folder' });
    assert.equal(folders.length, 1);
    console.log(`  VS Code ${vscode.version} (${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}), folder ${folders[0].uri.fsPath}, trusted: ${vscode.workspace.isTrusted}`);
  });
});
