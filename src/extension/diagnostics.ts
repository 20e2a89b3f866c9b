// Diagnostics while typing: lints Markdown documents when they open, change (debounced) or are
// saved, drops results for a version that is no longer current, clears a file's diagnostics
// when it closes (unless Check All put them there), and re-lints everything shown when an
// engagement, a configuration or the settings change.
import * as vscode from 'vscode';
import type { ConfigStore } from './config-files';
import type { FindingStore } from './findings';
import type { Linter } from './linter';
import { onDidChangeSettings, readSettings } from './settings';
import { isInTab, tabUri } from './tabs';
import type { WorkspaceHost } from './workspace-host';

/** Documents that are never files the user writes (diff views, output, settings). */
const SKIPPED_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'vscode-settings', 'vscode-userdata', 'vscode-notebook-cell', 'comment', 'chat-editing-text-model']);

export function isLintable(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown' && !SKIPPED_SCHEMES.has(doc.uri.scheme);
}

export class Diagnostics implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private relintTimer: ReturnType<typeof setTimeout> | undefined;
  private relintRound = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly linter: Linter,
    private readonly store: FindingStore,
    host: WorkspaceHost,
    configs: ConfigStore,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => void this.lintDocument(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && isLintable(e.document) && readSettings(e.document.uri).run === 'onType') this.schedule(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (readSettings(d.uri).run === 'onSave') void this.lintDocument(d);
      }),
      // A closed editor's document may live on for minutes: a closed tab is what the user sees.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          const uri = tabUri(tab);
          if (uri && !isInTab(uri)) this.closed(uri);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.closed(d.uri)),
      // A document shown again whose tab was closed (a preview tab replaced by the next file)
      // is still open, so it fires no open event: lint it when it is shown without findings.
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const e of editors) if (isLintable(e.document) && !this.store.get(e.document.uri)) void this.lintDocument(e.document);
      }),
      host.onDidChange(() => this.relintAll()),
      configs.onDidChange(() => this.relintAll()),
      onDidChangeSettings(() => this.relintAll()),
    );
    for (const d of vscode.workspace.textDocuments) void this.lintDocument(d);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    clearTimeout(this.relintTimer);
    for (const d of this.disposables) d.dispose();
  }

  /** Lints an open document now; a result for a version edited in the meantime is dropped. */
  async lintDocument(doc: vscode.TextDocument): Promise<void> {
    if (!isLintable(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const version = doc.version;
    const result = await this.linter.lint(doc.uri, doc.getText());
    if (doc.isClosed || doc.version !== version) return;
    if (result) this.store.set(doc.uri, version, result);
    else this.store.delete(doc.uri);
  }

  /**
   * Lints a file for Check All: an open document as it stands, any other file as saved (also
   * after its editor closed: `saved`).
   */
  async lintFile(uri: vscode.Uri, fromCheckAll: boolean, saved = false): Promise<number> {
    const open = saved ? undefined : vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open && isLintable(open)) {
      await this.lintDocument(open);
      if (fromCheckAll) {
        const e = this.store.get(uri);
        if (e) this.store.set(uri, e.version, e.result, true);
      }
      return this.store.get(uri)?.shown.length ?? 0;
    }
    const text = await (saved ? this.linter.host.savedText(uri) : this.linter.host.textOf(uri));
    const result = text === undefined ? undefined : await this.linter.lint(uri, text);
    if (!result || result.kind === 'none') {
      this.store.delete(uri);
      return 0;
    }
    return this.store.set(uri, undefined, result, fromCheckAll).shown.length;
  }

  private schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.lintDocument(doc), readSettings(doc.uri).debounce));
  }

  private closed(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const entry = this.store.get(uri);
    if (!entry) return;
    // Check All's findings describe the file, which may differ from what was just discarded.
    if (entry.fromCheckAll) void this.lintFile(uri, true, true);
    else this.store.delete(uri);
  }

  /** Re-lints open documents and Check All's files, once a burst of changes has settled. */
  private relintAll(): void {
    clearTimeout(this.relintTimer);
    this.relintTimer = setTimeout(async () => {
      // A newer round (typing in engagement.md goes on) supersedes this one.
      const round = ++this.relintRound;
      const open = vscode.workspace.textDocuments.filter(isLintable);
      const openKeys = new Set(open.map((d) => d.uri.toString()));
      for (const d of open) {
        if (round !== this.relintRound) return;
        await this.lintDocument(d);
        await yieldToEventLoop();
      }
      for (const uri of this.store.checkAllUris()) {
        if (round !== this.relintRound) return;
        if (openKeys.has(uri.toString())) continue;
        await this.lintFile(uri, true);
        await yieldToEventLoop();
      }
    }, Math.max(50, readSettings().debounce));
  }
}

/** Lets other work run between files: awaiting a lint that needs no I/O never leaves the microtask queue. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
