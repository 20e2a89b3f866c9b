// `.se-deliverables.yaml` files: found in the workspace, parsed by the core (open documents as
// typed, others from the file system), their problems shown as diagnostics on the file itself.
// A deliverable uses the nearest configuration in its folder or above (the CLI uses the nearest
// one above where it runs).
import * as vscode from 'vscode';
import { catalog } from '../core/catalog';
import { parseConfig, type Config, type ConfigProblem } from '../core/config';
import { dirname, isInside, relative } from '../core/paths';
import { rules } from '../core/rules/index.generated';
import { globToRegExp } from '../core/glob';
import { toConfigDiagnostic, toCorePath } from './convert';
import { EXCLUDE, type WorkspaceHost } from './workspace-host';

export const CONFIG_FILE = '.se-deliverables.yaml';

export interface LoadedConfig {
  uri: vscode.Uri;
  /** Folder of the file (core path); `ignore` globs are relative to it. */
  dir: string;
  config: Config;
  problems: ConfigProblem[];
  ignore: RegExp[];
}

/** Matchers for ignore globs as the CLI reads them (`dir/` means everything below `dir`). */
export function ignoreMatchers(globs: readonly string[] | undefined): RegExp[] {
  return (globs ?? []).map((g) => globToRegExp(g.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/$/, '/**')));
}

export function isIgnoredBy(path: string, base: string, matchers: readonly RegExp[]): boolean {
  if (!matchers.length || !isInside(path, base)) return false;
  const rel = relative(base, path);
  return matchers.some((re) => re.test(rel));
}

export class ConfigStore implements vscode.Disposable {
  private readonly files = new Map<string, LoadedConfig>();
  private loading: Promise<void> | undefined;
  private readonly collection = vscode.languages.createDiagnosticCollection('se-deliverables-config');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChange = this.changed.event;

  constructor(private readonly host: WorkspaceHost) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const reload = () => {
      this.loading = undefined;
      this.changed.fire();
    };
    this.disposables.push(
      watcher,
      this.collection,
      this.changed,
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      watcher.onDidChange(reload),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isConfigFile(e.document.uri) && e.contentChanges.length) this.parse(e.document.uri, e.document.getText(), true);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  ready(): Promise<void> {
    if (!this.loading) this.loading = this.loadAll();
    return this.loading;
  }

  /** The configuration that applies to a document: the nearest one in its folder or above. */
  configFor(path: string): LoadedConfig | undefined {
    let best: LoadedConfig | undefined;
    for (const c of this.files.values()) {
      if (isInside(path, c.dir) && (!best || c.dir.length > best.dir.length)) best = c;
    }
    return best;
  }

  private async loadAll(): Promise<void> {
    const found = await vscode.workspace.findFiles(`**/${CONFIG_FILE}`, EXCLUDE);
    this.files.clear();
    this.collection.clear();
    for (const uri of found) {
      const text = await this.host.textOf(uri, false);
      if (text !== undefined) this.parse(uri, text, false);
    }
  }

  private parse(uri: vscode.Uri, text: string, notify: boolean): void {
    const { config, problems } = parseConfig(text, rules.map((r) => r.meta), catalog().types.map((t) => t.id));
    const path = toCorePath(uri);
    this.files.set(path, { uri, dir: dirname(path), config, problems, ignore: ignoreMatchers(config.ignore) });
    this.collection.set(uri, problems.map(toConfigDiagnostic));
    if (notify) this.changed.fire();
  }
}

function isConfigFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${CONFIG_FILE}`);
}
