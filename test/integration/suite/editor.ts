// Helpers for the editor-feature suites: the test workspace (a temp copy of examples/), files
// written into it at run time, and the extension's diagnostics.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Row } from '../../../src/extension/tree/inspect';
import { waitFor } from './helpers';

export const EXTENSION_ID = 'se-deliverables.se-deliverables';
export const SOURCE = 'SE Deliverables';
/** The date the example engagements are written against (as `npm run demo`). */
export const TODAY = '2026-11-23';

export async function activateExtension(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded`);
  await ext.activate();
  const c = vscode.workspace.getConfiguration('seDeliverables');
  if (c.get('today') !== TODAY) await c.update('today', TODAY, vscode.ConfigurationTarget.Global);
  if (c.get('author') !== 'Test Author') await c.update('author', 'Test Author', vscode.ConfigurationTarget.Global);
}

export function root(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'no workspace folder');
  return f.uri;
}

export function uri(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(root(), ...rel.split('/'));
}

export async function writeFile(rel: string, text: string): Promise<vscode.Uri> {
  const u = uri(rel);
  await vscode.workspace.fs.writeFile(u, new TextEncoder().encode(text));
  return u;
}

export async function readFile(u: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(u));
}

export async function exists(u: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(u);
    return true;
  } catch {
    return false;
  }
}

export async function deleteFile(u: vscode.Uri): Promise<void> {
  if (await exists(u)) await vscode.workspace.fs.delete(u, { recursive: true });
}

export function seDiagnostics(u: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(u).filter((d) => d.source === SOURCE);
}

export function ruleOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c ? String(c.value) : String(c);
}

export function rulesOf(u: vscode.Uri): string[] {
  return seDiagnostics(u).map(ruleOf);
}

/** Waits until the file's diagnostics satisfy `ok`; returns them. */
export function diagnosticsWhere(u: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean, message: string, timeout = 10_000): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const d = seDiagnostics(u);
    return ok(d) ? d : undefined;
  }, { timeout, message: `${message} (now: ${rulesOf(u).join(', ') || 'none'})` });
}

export async function open(u: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(u);
  return vscode.window.showTextDocument(doc);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Line of the first occurrence of `text` in the document. */
export function lineOf(doc: vscode.TextDocument, text: string): number {
  const i = doc.getText().indexOf(text);
  assert.ok(i >= 0, `"${text}" not in ${doc.uri.path}`);
  return doc.positionAt(i).line;
}

export function positionOf(doc: vscode.TextDocument, text: string, offset = 0): vscode.Position {
  const i = doc.getText().indexOf(text);
  assert.ok(i >= 0, `"${text}" not in ${doc.uri.path}`);
  return doc.positionAt(i + offset);
}

/** A health report for Northwind with known flaws: no Expansion Opportunities section (safe fix),
 * an action without owner, an owner who is not a stakeholder ("Tomas" for "Tomasz"). */
export const FLAWED_HEALTH_REPORT = `---
deliverable: health-report
title: "Customer Health Report: Northwind Logistics"
engagement: northwind-logistics
customer: Northwind Logistics
author: Elena Marsh
date: 2026-11-20
status: draft
audience: internal
period: 2026-11
---

# Customer Health Report: Northwind Logistics

## Summary

Overall health: amber (prior period: green). Adoption fell from 84% to 78% after the October release.

## Health Metrics

| Metric | Current | Prior | Change |
|--------|---------|-------|--------|
| Adoption rate (%) | 78 | 84 | -6 |
| Active users | 412 | 430 | -18 |

## Risk Signals

- API calls down 40% in 30 days (source: usage dashboard)

## Recent Interactions

| Date | Type | Participants | Outcome |
|------|------|--------------|---------|
| 2026-11-12 | Review | Katrin Vogel, Elena Marsh | Agreed a retraining plan |

## Action Items

| Action | Owner | Deadline | Expected Outcome | Status |
|--------|-------|----------|------------------|--------|
| Run retraining for dispatch team |  | 2026-12-05 | Adoption back above 80% | Open |
| Fix export timeout | Tomas Nowak | 2026-12-10 | Exports under 30 s | Open |

## Open Issues and Escalations

| Issue | Status | Next Step | Owner |
|-------|--------|-----------|-------|
| Bulk slot import times out | Open | Patch in release 4.2 | Tomasz Nowak |
`;

/** Waits until `u` is in the active editor. */
export function activeEditorFor(u: vscode.Uri): Promise<vscode.TextEditor> {
  return waitFor(() => {
    const e = vscode.window.activeTextEditor;
    return e && e.document.uri.toString() === u.toString() ? e : undefined;
  }, { message: `${u.path} in the active editor` });
}

/** The engagements' labels in the sidebar, once it lists at least `count` of them, sorted. */
export async function engagementLabels(count: number): Promise<string[]> {
  const rows = await waitFor(async () => {
    const s = await vscode.commands.executeCommand<{ engagements: Row[] }>('seDeliverables.views.inspect');
    return s && s.engagements.length >= count ? s.engagements : undefined;
  }, { timeout: 20_000, message: `${count} engagements in the sidebar` });
  return rows.map((r) => r.label).sort();
}
