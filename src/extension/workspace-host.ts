// The core's Host in the editor: open documents first, then the workspace file system (which
// may be virtual). The core reads synchronously, so texts are loaded ahead: every engagement.md
// when the workspace is first needed, anything else (a prior report) after a lint asked for it,
// and then the lint runs again. A file system watcher and document events keep the cache honest.
import * as vscode from 'vscode';
import { Workspace, isEngagementFile, type Host } from '../core/engagement';
import { toCorePath, toUri } from './convert';
import { documentStandingFor } from './tabs';

/** Folders never searched for engagements, configurations or deliverables (as the CLI's walk). */
export const EXCLUDE = '**/{node_modules,.git,dist,out,.vscode-test}/**';
const MARKDOWN_GLOB = '**/*.{md,markdown}';

export class WorkspaceHost implements Host, vscode.Disposable {
  /** Texts read from the file system; null when the file does not exist. */
  private readonly texts = new Map<string, string | null>();
  /** Paths asked for while not loaded yet. */
  private readonly pending = new Set<string>();
  /** Paths the core has read: a change to one of them changes lint results. */
  private readonly read = new Set<string>();
  private readonly uris = new Map<string, vscode.Uri>();
  private engagementPaths: string[] = [];
  private loading: Promise<void> | undefined;
  private current: Workspace | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires when something a lint may have read changed: re-lint. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
    this.disposables.push(
      watcher,
      this.changed,
      watcher.onDidCreate((u) => this.fileChanged(u, true)),
      watcher.onDidDelete((u) => this.fileChanged(u, true)),
      watcher.onDidChange((u) => this.fileChanged(u, false)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.documentChanged(e.document);
      }),
      // A closed document's text falls back to the file's, which may differ if it was never saved.
      vscode.workspace.onDidCloseTextDocument((d) => this.documentChanged(d)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reset()),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  // Host -------------------------------------------------------------------------------------

  readText(path: string): string | undefined {
    this.read.add(path);
    const open = this.openDocument(path);
    if (open) return open.getText();
    const t = this.texts.get(path);
    if (t !== undefined) return t ?? undefined;
    this.pending.add(path);
    return undefined;
  }

  engagementFiles(): string[] {
    return this.engagementPaths;
  }

  // For the adapters --------------------------------------------------------------------------

  /** The core's view of the workspace, rebuilt after anything it read changed. */
  workspace(): Workspace {
    if (!this.current) this.current = new Workspace(this);
    return this.current;
  }

  /** Resolves once every engagement.md of the workspace is loaded. */
  ready(): Promise<void> {
    if (!this.loading) this.loading = this.loadEngagements();
    return this.loading;
  }

  /** Forgets the engagement list (a command just created an engagement; the watcher may lag). */
  refresh(): void {
    this.loading = undefined;
    this.current = undefined;
    this.changed.fire();
  }

  /** Loads what a lint asked for and did not get; true when any of it exists (lint again). */
  async loadPending(like: vscode.Uri): Promise<boolean> {
    if (this.pending.size === 0) return false;
    const paths = [...this.pending];
    this.pending.clear();
    const loaded = await Promise.all(paths.map((p) => this.load(this.uriOf(p, like))));
    const any = loaded.some((t) => t !== undefined);
    if (any) this.current = undefined;
    return any;
  }

  /**
   * Text of a file: its open document's, else the file system's. Markdown files are cached until
   * the watcher reports a change; others (`cache: false`) are read each time.
   */
  async textOf(uri: vscode.Uri, cache = true): Promise<string | undefined> {
    const path = toCorePath(uri);
    const open = this.openDocument(path);
    if (open) return open.getText();
    if (!cache) return read(uri);
    const t = this.texts.get(path);
    if (t !== undefined) return t ?? undefined;
    return this.load(uri);
  }

  /** The file's saved text, whatever an open document holds. */
  savedText(uri: vscode.Uri): Promise<string | undefined> {
    return read(uri);
  }

  /** The URI of a core path: the one it was found under, else one like `like` (or the first folder). */
  uriOf(path: string, like?: vscode.Uri): vscode.Uri {
    const known = this.uris.get(path);
    if (known) return known;
    const base = like ?? vscode.workspace.workspaceFolders?.find((f) => path.startsWith(`${f.uri.path}/`))?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    return base ? toUri(path, base) : vscode.Uri.file(path);
  }

  // Internals ---------------------------------------------------------------------------------

  /** The open document whose text stands for the file's (see documentStandingFor). */
  private openDocument(path: string): vscode.TextDocument | undefined {
    return documentStandingFor(path, (d) => d.uri.scheme !== 'git');
  }

  private async loadEngagements(): Promise<void> {
    const found = await vscode.workspace.findFiles('**/engagement.md', EXCLUDE);
    await Promise.all(found.map((u) => this.load(u)));
    this.engagementPaths = found.map(toCorePath).sort();
    this.current = undefined;
  }

  private async load(uri: vscode.Uri): Promise<string | undefined> {
    const path = toCorePath(uri);
    this.uris.set(path, uri);
    const text = await read(uri);
    this.texts.set(path, text ?? null);
    return text;
  }

  private fileChanged(uri: vscode.Uri, listChanged: boolean): void {
    const path = toCorePath(uri);
    const engagement = isEngagementFile(path);
    const relevant = engagement || this.read.has(path) || this.texts.has(path);
    this.texts.delete(path);
    if (engagement) this.loading = undefined;
    else if (!relevant && !listChanged) return;
    if (relevant) {
      this.current = undefined;
      this.changed.fire();
    }
  }

  private documentChanged(doc: vscode.TextDocument): void {
    const path = toCorePath(doc.uri);
    if (!isEngagementFile(path) && !this.read.has(path)) return;
    this.current = undefined;
    this.changed.fire();
  }

  private reset(): void {
    this.texts.clear();
    this.loading = undefined;
    this.current = undefined;
    this.changed.fire();
  }
}

async function read(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
