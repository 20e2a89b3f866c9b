import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { catalog } from '../../../src/core/catalog';
import type { DeliverableState, EngagementProgress, WorkspaceProgress } from '../../../src/core/progress';
import type { Row } from '../../../src/extension/tree/inspect';
import { EXTENSION_ID, TODAY, activateExtension, closeAllEditors, deleteFile, exists, open, readFile, root, uri } from './editor';
import { waitFor } from './helpers';

const INSPECT = 'seDeliverables.views.inspect';
const TOGGLE = 'seDeliverables.views.toggleItem';
const CREATE = 'seDeliverables.views.createDeliverable';
const NORTHWIND = 'engagements/northwind-logistics';
const BLUEFIN = 'engagements/bluefin-health';

interface Sidebar {
  engagements: Row[];
  checklists: Row[];
}

const inspect = async () => (await vscode.commands.executeCommand<Sidebar>(INSPECT))!;
const find = (rows: readonly Row[], ok: (r: Row) => boolean): Row | undefined => {
  for (const r of rows) {
    if (ok(r)) return r;
    const hit = find(r.children, ok);
    if (hit) return hit;
  }
  return undefined;
};
const engagementRow = (s: Sidebar, rel: string) => s.engagements.find((r) => r.id === `eng:${uri(rel).path}/engagement.md`);
const phaseRow = (s: Sidebar, rel: string, phase: string) => engagementRow(s, rel)?.children.find((r) => r.id.endsWith(`#${phase}`));

/** `se-deliverables status . --format json` in the workspace folder, run by the built CLI (asynchronously: the extension host must stay responsive). */
function cliStatus(): Promise<WorkspaceProgress> {
  const cli = join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
  // Under desktop VS Code process.execPath is Electron: run it as plain node.
  const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, 'status', '.', '--format', 'json', '--today', TODAY], { cwd: root().fsPath, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`se-deliverables status failed: ${stderr || err.message}`));
      else resolve(JSON.parse(stdout) as WorkspaceProgress);
    });
  });
}

const rowsOf = (rows: readonly Row[]): string[] => rows.flatMap((r) => [`${r.label} | ${r.description}${r.checked === undefined ? '' : r.checked ? ' [x]' : ' [ ]'}`, ...rowsOf(r.children).map((x) => `  ${x}`)]);

/** What the Engagements view must show for the model, written from the JSON independently of the providers. */
function expectedEngagements(p: WorkspaceProgress): string[] {
  const counts = (s: DeliverableState) => {
    const parts = [s.counts.error && `${s.counts.error} error${s.counts.error === 1 ? '' : 's'}`, s.counts.warning && `${s.counts.warning} warning${s.counts.warning === 1 ? '' : 's'}`, s.counts.info && `${s.counts.info} info${s.counts.info === 1 ? '' : 's'}`].filter(Boolean);
    return parts.length ? parts.join(', ') : 'no problems';
  };
  const file = (label: string, s: DeliverableState, dated: boolean) => `${label} | ${[dated ? s.date : undefined, s.status ?? 'no status', counts(s)].filter(Boolean).join(' · ')}`;
  const out: string[] = [];
  for (const e of p.engagements) {
    out.push(`${e.customer ?? e.id} | ${e.done}/${e.total}${e.errors ? ` · engagement.md: ${e.errors} error${e.errors === 1 ? '' : 's'}` : ''}`);
    for (const ph of e.phases) {
      out.push(`  ${ph.title} | ${ph.done}/${ph.total}`);
      for (const d of ph.deliverables) {
        if (!d.present.length) out.push(`    ${d.title} | missing`);
        for (const s of d.present) out.push(`    ${file(d.present.length === 1 ? s.typeTitle : s.title, s, false)}`);
      }
      for (const st of ph.steps) out.push(`    ${st.title} | ${st.task ? (st.task.checked ? ' [x]' : ' [ ]') : `${st.about}: ${st.evidence}`}`);
    }
    if (e.recurring.length) {
      out.push(`  Recurring & as-needed | ${e.recurring.length}`);
      for (const s of e.recurring) out.push(`    ${file(s.typeTitle, s, true)}`);
    }
  }
  if (p.outside.length) {
    out.push(`Outside any engagement | ${p.outside.length}`);
    for (const s of p.outside) out.push(`  ${file(s.title, s, false)}`);
  }
  return out;
}

function expectedChecklists(e: EngagementProgress): string[] {
  const out: string[] = [];
  for (const c of e.checklists) {
    out.push(`${c.title} | ${c.done}/${c.total}`);
    let group: string | undefined;
    for (const i of c.items) {
      if (i.group && i.group !== group) {
        group = i.group;
        const inGroup = c.items.filter((x) => x.group === group);
        out.push(`  ${group} | ${inGroup.filter((x) => x.done).length}/${inGroup.length}`);
      }
      const indent = i.group ? '    ' : '  ';
      if (i.kind === 'manual' && i.task) out.push(`${indent}${i.title} | ${i.about} [${i.task.checked ? 'x' : ' '}]`);
      else out.push(`${indent}${i.title} | ${i.kind === 'derived' ? i.evidence : `${i.about}: ${i.evidence}`}`);
    }
  }
  return out;
}

suite('sidebar: Engagements and Checklists', () => {
  suiteSetup(async () => {
    await activateExtension();
    // The tree reads unsaved editor text by design and the CLI reads the disk: edits other
    // suites left unsaved (completion typed into a report) would make them differ.
    for (const d of vscode.workspace.textDocuments.filter((x) => x.isDirty)) {
      await vscode.window.showTextDocument(d);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await waitFor(() => vscode.workspace.textDocuments.every((x) => !x.isDirty) || undefined, { message: 'no unsaved documents' });
    await closeAllEditors();
  });
  suiteTeardown(closeAllEditors);

  test('contributes its own activity-bar container with the two views and its commands', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    assert.ok(pkg.contributes.viewsContainers.activitybar.some((c: { id: string; icon: string }) => c.id === 'seDeliverables' && c.icon.startsWith('media/')));
    assert.deepEqual(pkg.contributes.views.seDeliverables.map((v: { id: string }) => v.id), ['seDeliverables.engagements', 'seDeliverables.checklists']);
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of ['seDeliverables.refresh', CREATE, TOGGLE, INSPECT]) assert.ok(registered.has(id), id);
  });

  test('the tree shows what `se-deliverables status --format json` computes: phases in catalog order, counts, deliverables, steps', async () => {
    let last: string[] = [];
    const want = expectedEngagements(await cliStatus());
    await waitFor(async () => {
      last = rowsOf((await inspect()).engagements);
      return JSON.stringify(last) === JSON.stringify(want);
    }, { timeout: 30_000, message: 'the Engagements view to match the CLI' }).catch(() => assert.deepEqual(last, want));
    const s = await inspect();
    const northwind = engagementRow(s, NORTHWIND)!;
    assert.deepEqual(northwind.children.slice(0, 7).map((r) => r.label), catalog().phases.map((p) => p.title));
  });

  test('Checklists shows the focused engagement, as the CLI computes it; it follows the active editor', async () => {
    const model = await cliStatus();
    for (const rel of [NORTHWIND, BLUEFIN]) {
      await open(uri(`${rel}/engagement.md`));
      const path = `${uri(rel).path}/engagement.md`;
      let last: string[] = [];
      const want = expectedChecklists(model.engagements.find((x) => x.path === `${rel}/engagement.md`)!);
      await waitFor(async () => {
        const rows = (await inspect()).checklists;
        last = rowsOf(rows);
        return rows[0]?.id.includes(path) && JSON.stringify(last) === JSON.stringify(want);
      }, { timeout: 20_000, message: `Checklists to show ${rel}` }).catch(() => assert.deepEqual(last, want));
    }
    const counts = (await inspect()).checklists.map((r) => Number(r.description.split('/')[1]));
    assert.deepEqual(counts, [13, 12, 8, 31]);
  });

  test('toggling a checkbox edits the task item (line endings kept); undo restores the file byte for byte', async () => {
    const file = uri(`${BLUEFIN}/engagement.md`);
    await closeAllEditors();
    const crlf = (await readFile(file)).replace(/\r?\n/g, '\r\n');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(crlf));
    const original = await vscode.workspace.fs.readFile(file);
    const unticked = await waitFor(async () => find((await inspect()).engagements, (r) => r.id.startsWith(`step:${file.path}#`) && r.checked === false), { message: 'an unticked Bluefin step' });
    const editor = await open(file);
    // A document still loaded from before the write catches up with the file.
    await waitFor(() => editor.document.getText() === crlf, { message: 'the CRLF text in the editor' });
    assert.equal(editor.document.eol, vscode.EndOfLine.CRLF);
    const line = (unticked.node as { item: { task: { line: number } } }).item.task.line;
    assert.equal(await vscode.commands.executeCommand(TOGGLE, unticked.node, true), true);
    const expected = crlf.split('\r\n').map((l, i) => (i === line ? l.replace('[ ]', '[x]') : l)).join('\r\n');
    assert.equal(editor.document.getText(), expected, 'only the box changed');
    await waitFor(async () => find((await inspect()).engagements, (r) => r.id === unticked.id)?.checked === true, { message: 'the tree to show the step ticked' });
    // files.refactoring.autoSave (on by default) saves a file that was saved before the edit.
    await waitFor(() => !editor.document.isDirty, { message: 'the edit to be saved' }).catch(() => editor.document.save());
    assert.equal(await readFile(file), expected, 'the file on disk, CRLF kept');

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => editor.document.getText() === crlf, { message: 'undo to restore the text' });
    await editor.document.save();
    assert.deepEqual(Buffer.from(await vscode.workspace.fs.readFile(file)), Buffer.from(original), 'byte for byte');
    await waitFor(async () => find((await inspect()).engagements, (r) => r.id === unticked.id)?.checked === false, { message: 'the tree to show the step unticked again' });
  });

  test('an edit to an open document updates the tree (debounced), without saving', async () => {
    const file = uri(`${NORTHWIND}/engagement.md`);
    const editor = await open(file);
    const at = editor.document.getText().indexOf('- [ ] Build and configure the solution');
    assert.ok(at >= 0);
    const start = editor.document.positionAt(at + 2);
    await editor.edit((b) => b.replace(new vscode.Range(start, start.translate(0, 3)), '[x]'));
    const id = `step:${file.path}#build-and-configure`;
    await waitFor(async () => find((await inspect()).engagements, (r) => r.id === id)?.checked === true, { message: 'the step ticked in the tree' });
    await vscode.commands.executeCommand('undo');
    await waitFor(async () => find((await inspect()).engagements, (r) => r.id === id)?.checked === false, { message: 'the step unticked after undo' });
    assert.equal(editor.document.isDirty, false);
  });

  test('creating a missing deliverable from its node adds it to the tree and updates the checklists', async () => {
    const missingId = `missing:${uri(NORTHWIND).path}/engagement.md#test-plan`;
    const missing = await waitFor(async () => find((await inspect()).engagements, (r) => r.id === missingId), { message: 'Test Plan missing in Northwind' });
    assert.equal(missing.contextValue, 'missingDeliverable');
    const before = phaseRow(await inspect(), NORTHWIND, 'delivery')!.description;
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>(CREATE, missing.node);
    assert.ok(created && (await exists(created)), 'a file was created');
    assert.equal(created.path, `${uri(NORTHWIND).path}/test-plan.md`);
    const s = await waitFor(async () => {
      const x = await inspect();
      return find(x.engagements, (r) => r.id === `file:${created.path}`) && !find(x.engagements, (r) => r.id === missingId) ? x : undefined;
    }, { timeout: 20_000, message: 'the new Test Plan in the tree' });
    const row = find(s.engagements, (r) => r.id === `file:${created.path}`)!;
    assert.equal(row.label, 'Test Plan and Results');
    assert.match(row.description, /^draft · /);
    assert.equal(phaseRow(s, NORTHWIND, 'delivery')!.description, before, 'a draft does not count as done');
    const item = await waitFor(async () => find((await inspect()).checklists, (r) => r.id.endsWith('#key-deliverables#test-plans-and-results') && r.description.startsWith('exists')), { message: 'Key deliverables to see the new Test Plan' });
    assert.match(item.description, /^exists, draft \(not final\)/);
    await closeAllEditors();
  });

  test('deleting a file updates the tree, also while VS Code still holds its closed document', async () => {
    const file = uri(`${NORTHWIND}/risk-register.md`);
    // Shown, then its tab closed: VS Code keeps the document in memory for a while, and that
    // document is no longer the file.
    await open(file);
    await closeAllEditors();
    const s0 = await waitFor(async () => {
      const x = await inspect();
      return find(x.engagements, (r) => r.id === `file:${file.path}`) ? x : undefined;
    }, { message: 'the risk register in the tree' });
    const [done, total] = phaseRow(s0, NORTHWIND, 'implementation-planning')!.description.split('/').map(Number);
    const wasDone = find(s0.engagements, (r) => r.id === `file:${file.path}`)!.description.startsWith('final · ') && !/error/.test(find(s0.engagements, (r) => r.id === `file:${file.path}`)!.description);
    assert.ok(vscode.workspace.textDocuments.some((d) => d.uri.toString() === file.toString() && !d.isClosed), 'the closed tab\'s document is still held');
    await deleteFile(file);
    const s1 = await waitFor(async () => {
      const x = await inspect();
      return find(x.engagements, (r) => r.id === `missing:${uri(NORTHWIND).path}/engagement.md#risk-register`) ? x : undefined;
    }, { timeout: 20_000, message: 'Risk Register shown as missing' });
    assert.ok(!find(s1.engagements, (r) => r.id === `file:${file.path}`));
    assert.equal(phaseRow(s1, NORTHWIND, 'implementation-planning')!.description, `${wasDone ? done - 1 : done}/${total}`);
  });
});
