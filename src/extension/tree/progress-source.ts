// The progress model of the workspace for the sidebar, kept current. Every Markdown file is
// linted once (open documents as typed, others through workspace.fs, which may be virtual) and
// only its facts are kept (../../core/progress-facts), never its text. Afterwards only what
// changed is linted again: a saved, created, deleted or renamed file, an edited document
// (debounced). Everything is linted again when an engagement appears, disappears or its front
// matter changes (stakeholders and thresholds feed the rules), or a configuration or setting changes.
import * as vscode from 'vscode';
import { isEngagementFile } from '../../core/engagement';
import { factsOf, progressOf, type FileFacts, type WorkspaceProgress } from '../../core/progress';
import type { ConfigStore } from '../config-files';
import { toCorePath } from '../convert';
import { isLintable } from '../diagnostics';
import type { Linter } from '../linter';
import { onDidChangeSettings, readSettings } from '../settings';
import { documentStandingFor } from '../tabs';
import { EXCLUDE } from '../workspace-host';

const MARKDOWN_GLOB = '**/*.{md,markdown}';
const MARKDOWN = /\.(md|markdown)$/i;
/** Wait after file system events before linting, so a burst (a checkout, a rename) is one update. */
const FILE_EVENT_DELAY = 150;
/** Longest run of linting before other work of the extension host gets a turn. */
const SLICE_MS = 20;

/** The folders EXCLUDE leaves out, for events the file system watcher reports from them. */
const EXCLUDED = /\/(node_modules|\.git|dist|out|\.vscode-test)\//;

/** A file of a workspace folder, outside the excluded folders (not an untitled or outside document). */
function inScope(uri: vscode.Uri): boolean {
  return !EXCLUDED.test(uri.path) && vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}

/** The front matter block of a text: a change outside it cannot change how deliverables lint. */
function frontMatterOf(text: string): string {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[1].replace(/\r\n/g, '\n') : '';
}

export class ProgressSource implements vscode.Disposable {
  private readonly facts = new Map<string, FileFacts>();
  private readonly uris = new Map<string, vscode.Uri>();
  /** Front matter of each engagement.md as last linted. */
  private readonly engagementHeads = new Map<string, string>();
  private readonly dirty = new Map<string, vscode.Uri>();
  private full = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Updates run one after the other. */
  private work: Promise<void> = Promise.resolve();
  /** Callers of progress() waiting for the scheduled update. */
  private readonly waiting: Array<() => void> = [];
  private model: WorkspaceProgress | undefined;
  private readonly changed = new vscode.EventEmitter<WorkspaceProgress>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires with the new model after each update. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly linter: Linter,
    configs: ConfigStore,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
    this.disposables.push(
      watcher,
      this.changed,
      watcher.onDidCreate((u) => this.fileEvent(u, true)),
      watcher.onDidChange((u) => this.fileEvent(u, false)),
      watcher.onDidDelete((u) => this.fileEvent(u, true)),
      vscode.workspace.onDidRenameFiles((e) => this.moved(e.files.flatMap((f) => [f.oldUri, f.newUri]))),
      vscode.workspace.onDidDeleteFiles((e) => this.moved(e.files)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && isLintable(e.document)) this.documentEvent(e.document, readSettings(e.document.uri).debounce);
      }),
      // Closing without saving puts the file's own text back in force.
      vscode.workspace.onDidCloseTextDocument((d) => isLintable(d) && this.documentEvent(d, FILE_EVENT_DELAY)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.refresh(0)),
      configs.onDidChange(() => this.refresh(FILE_EVENT_DELAY)),
      onDidChangeSettings(() => this.refresh(FILE_EVENT_DELAY)),
    );
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }

  /** The model once pending changes are in (the first call scans the workspace). */
  async progress(): Promise<WorkspaceProgress> {
    if (!this.model && !this.timer) this.schedule(0);
    if (this.timer) await new Promise<void>((r) => this.waiting.push(r));
    await this.work;
    return this.model ?? { engagements: [], outside: [] };
  }

  /** The model as last computed, without waiting. */
  current(): WorkspaceProgress | undefined {
    return this.model;
  }

  /** The URI a core path was found under. */
  uriOf(path: string): vscode.Uri {
    return this.uris.get(path) ?? this.linter.host.uriOf(path);
  }

  /** Lints every file again (Refresh, a configuration or an engagement changed). */
  refresh(delay = 0): void {
    this.full = true;
    this.schedule(delay);
  }

  private fileEvent(uri: vscode.Uri, listChanged: boolean): void {
    if (!inScope(uri)) return;
    const path = toCorePath(uri);
    if (isEngagementFile(path) && listChanged) {
      this.refresh(FILE_EVENT_DELAY);
      return;
    }
    this.dirty.set(path, uri);
    this.schedule(FILE_EVENT_DELAY);
  }

  /** Renamed or deleted in the editor. A folder reaches the watcher as the folder only: then look again at everything. */
  private moved(uris: readonly vscode.Uri[]): void {
    for (const u of uris) {
      if (MARKDOWN.test(u.path)) this.fileEvent(u, true);
      else this.refresh(FILE_EVENT_DELAY);
    }
  }

  private documentEvent(doc: vscode.TextDocument, delay: number): void {
    if (!inScope(doc.uri)) return;
    const path = toCorePath(doc.uri);
    if (isEngagementFile(path) && this.engagementHeads.get(path) !== frontMatterOf(doc.getText())) this.full = true;
    this.dirty.set(path, doc.uri);
    this.schedule(delay);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const waiting = this.waiting.splice(0);
      this.work = this.work
        .then(() => this.update())
        .catch((e) => console.error('[se-deliverables] sidebar update failed:', e))
        .finally(() => waiting.forEach((w) => w()));
    }, delay);
  }

  private async update(): Promise<void> {
    await this.linter.ready();
    if (this.full) {
      this.full = false;
      this.dirty.clear();
      const found = await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDE);
      const keep = new Set(found.map(toCorePath));
      for (const p of [...this.facts.keys()]) if (!keep.has(p)) this.facts.delete(p);
      await this.lintAll(found);
    } else {
      const batch = [...this.dirty.values()];
      this.dirty.clear();
      await this.lintAll(batch);
    }
    this.model = progressOf(this.linter.host.workspace().engagements(), this.facts.values());
    this.changed.fire(this.model);
  }

  /** Lints file after file, letting the extension host breathe every few milliseconds. */
  private async lintAll(uris: readonly vscode.Uri[]): Promise<void> {
    let since = Date.now();
    for (const uri of uris) {
      await this.lintFile(uri);
      if (Date.now() - since > SLICE_MS) {
        await new Promise((r) => setTimeout(r, 0));
        since = Date.now();
      }
    }
  }

  private async lintFile(uri: vscode.Uri): Promise<void> {
    const path = toCorePath(uri);
    const text = await readText(uri);
    const result = text === undefined ? undefined : await this.linter.lint(uri, text);
    const facts = result && factsOf(path, result);
    if (!facts) {
      this.facts.delete(path);
      return;
    }
    this.facts.set(path, facts);
    this.uris.set(path, uri);
    if (facts.kind === 'engagement') {
      const head = frontMatterOf(text!);
      const before = this.engagementHeads.get(path);
      this.engagementHeads.set(path, head);
      // Saved from elsewhere (a pull, another editor) with new stakeholders or thresholds: the deliverables lint differently.
      if (before !== undefined && before !== head && !this.full) this.refresh(0);
    }
  }
}

/** An open document's text (see documentStandingFor), else the file's (not cached: the facts are all that is kept). */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = documentStandingFor(uri.path, (d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
