// The latest lint result of each file and the diagnostics shown for it, kept side by side so that
// code actions and hovers find the core finding behind a diagnostic without patching VS Code objects.
import * as vscode from 'vscode';
import type { LintResult } from '../core/engine';
import type { Finding } from '../core/types';
import { ruleIdOf, toDiagnostic } from './convert';
import { ruleDocsLink } from './rule-docs';
import { displaySeverity, readSettings } from './settings';

export interface Entry {
  uri: vscode.Uri;
  /** Version of the open document linted; undefined when the file's saved text was linted. */
  version: number | undefined;
  result: LintResult;
  /** The findings shown (severity not `off`), index for index with `diagnostics`. */
  shown: Finding[];
  diagnostics: vscode.Diagnostic[];
  /** Put there by Check All: kept when the document closes. */
  fromCheckAll: boolean;
}

export class FindingStore implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('se-deliverables');
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  dispose(): void {
    this.collection.dispose();
    this.changed.dispose();
  }

  set(uri: vscode.Uri, version: number | undefined, result: LintResult, fromCheckAll?: boolean): Entry {
    const settings = readSettings(uri);
    const shown: Finding[] = [];
    const diagnostics: vscode.Diagnostic[] = [];
    for (const f of result.findings) {
      const severity = displaySeverity(settings, f.ruleId, f.severity);
      if (severity === 'off') continue;
      shown.push(f);
      diagnostics.push(toDiagnostic(f, severity, ruleDocsLink(f.ruleId)));
    }
    const key = uri.toString();
    const entry: Entry = { uri, version, result, shown, diagnostics, fromCheckAll: fromCheckAll ?? this.entries.get(key)?.fromCheckAll ?? false };
    this.entries.set(key, entry);
    this.collection.set(uri, diagnostics);
    this.changed.fire(uri);
    return entry;
  }

  delete(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
    this.collection.delete(uri);
    this.changed.fire(uri);
  }

  get(uri: vscode.Uri): Entry | undefined {
    return this.entries.get(uri.toString());
  }

  /** The entry when it describes the document's current text (so its ranges and fixes still apply). */
  current(doc: vscode.TextDocument): Entry | undefined {
    const e = this.get(doc.uri);
    if (!e) return undefined;
    return e.version === doc.version || (e.version === undefined && !doc.isDirty) ? e : undefined;
  }

  /** The finding behind a diagnostic (diagnostics come back to providers as copies). */
  findingFor(entry: Entry, d: vscode.Diagnostic): Finding | undefined {
    const rule = ruleIdOf(d);
    if (!rule) return undefined;
    const i = entry.diagnostics.findIndex((x) => x.range.isEqual(d.range) && x.message === d.message && ruleIdOf(x) === rule);
    return i >= 0 ? entry.shown[i] : undefined;
  }

  checkAllUris(): vscode.Uri[] {
    return [...this.entries.values()].filter((e) => e.fromCheckAll).map((e) => e.uri);
  }

  all(): Entry[] {
    return [...this.entries.values()];
  }
}
