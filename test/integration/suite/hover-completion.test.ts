import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FLAWED_HEALTH_REPORT, activateExtension, closeAllEditors, diagnosticsWhere, open, positionOf, ruleOf, writeFile } from './editor';

const DIR = 'engagements/northwind-logistics/it-hover';
const STAKEHOLDERS = ['Katrin Vogel', 'Tomasz Nowak', 'Ingrid Halvorsen', 'Ravi Menon', 'Elena Marsh', 'Daniel Okafor'];

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

async function labels(u: vscode.Uri, p: vscode.Position, trigger?: string): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', u, p, trigger);
  return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

suite('hover and completion', () => {
  let u: vscode.Uri;
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    await activateExtension();
    u = await writeFile(`${DIR}/2026-11-health-report.md`, FLAWED_HEALTH_REPORT);
    doc = (await open(u)).document;
    await diagnosticsWhere(u, (d) => d.some((x) => ruleOf(x) === 'owner-unknown'), 'findings');
  });
  suiteTeardown(closeAllEditors);

  test('hover on a finding explains the rule with its example', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', u, positionOf(doc, 'Tomas Nowak', 2));
    const text = hoverText(hovers);
    assert.match(text, /Name owners who are stakeholders of the engagement/, text);
    assert.match(text, /owner-unknown/);
    assert.match(text, /cannot be reached/, 'the rationale');
    assert.match(text, /Instead of:[\s\S]*Lee Parker[\s\S]*write:[\s\S]*Lee Park/, 'the bad/good example');
    assert.match(text, /command:seDeliverables\.openRuleDocs/, 'a link to the docs');
  });

  test('hover on a section heading shows the catalog guidance', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', u, positionOf(doc, '## Risk Signals', 5));
    const text = hoverText(hovers);
    assert.match(text, /Risk Signals/);
    assert.match(text, /warning sign with the figure and source behind it/, text);
  });

  test('completion offers the engagement\'s stakeholders in an owner cell, after Owner: and @', async () => {
    const row = doc.lineAt(positionOf(doc, '| Run retraining').line).text;
    const ownerCell = row.indexOf('|', row.indexOf('|', 1) + 1) - 1; // inside the empty Owner cell
    const inCell = await labels(u, new vscode.Position(positionOf(doc, '| Run retraining').line, ownerCell));
    for (const name of STAKEHOLDERS) assert.ok(inCell.includes(name), `${name} offered in the owner cell (got ${inCell.slice(0, 10).join(', ')})`);
    const editor = await open(u);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n- [ ] Confirm the retraining dates, Owner: Kat'));
    const afterOwner = await labels(u, doc.lineAt(doc.lineCount - 1).range.end);
    assert.ok(afterOwner.includes('Katrin Vogel'), afterOwner.join(', '));
    await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\n- [ ] Send the summary to @'));
    const afterAt = await labels(u, doc.lineAt(doc.lineCount - 1).range.end, '@');
    assert.ok(afterAt.includes('Elena Marsh'), afterAt.join(', '));
    const prose = await labels(u, positionOf(doc, 'Overall health', 3));
    assert.ok(!prose.includes('Elena Marsh'), 'no names in plain prose');
  });

  test('completion offers deliverable types and enum values in front matter', async () => {
    const types = await labels(u, positionOf(doc, 'deliverable: ', 'deliverable: '.length));
    assert.ok(types.includes('health-report') && types.includes('case-study'), types.join(', '));
    const status = await labels(u, positionOf(doc, 'status: ', 'status: '.length));
    assert.deepEqual(['draft', 'final', 'in-review'].filter((s) => status.includes(s)), ['draft', 'final', 'in-review']);
    const audience = await labels(u, positionOf(doc, 'audience: ', 'audience: '.length));
    assert.ok(audience.includes('customer') && audience.includes('public'), audience.join(', '));
  });
});
