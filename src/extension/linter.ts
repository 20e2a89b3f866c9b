// Runs the core's lint for one text at one URI with the workspace's engagements, the nearest
// configuration and the settings. Holds no state of its own: the seam tests and features share.
import * as vscode from 'vscode';
import { lint, type LintResult } from '../core/engine';
import { ignoreMatchers, isIgnoredBy, type ConfigStore } from './config-files';
import { toCorePath } from './convert';
import { readSettings } from './settings';
import type { WorkspaceHost } from './workspace-host';

export class Linter {
  constructor(
    readonly host: WorkspaceHost,
    readonly configs: ConfigStore,
  ) {}

  ready(): Promise<unknown> {
    return Promise.all([this.host.ready(), this.configs.ready()]);
  }

  /** Lints `text` as the document at `uri`; undefined when the file is ignored. */
  async lint(uri: vscode.Uri, text: string): Promise<LintResult | undefined> {
    await this.ready();
    let result = this.lintNow(uri, text);
    // A rule asked for a file not loaded yet (a prior report): load it and look again.
    if (result && (await this.host.loadPending(uri))) result = this.lintNow(uri, text);
    return result;
  }

  /** Lints with what is loaded already (for fix-all loops, which re-lint many times). */
  lintNow(uri: vscode.Uri, text: string): LintResult | undefined {
    if (this.isIgnored(uri)) return undefined;
    const path = toCorePath(uri);
    const settings = readSettings(uri);
    return lint(text, { path, config: this.configs.configFor(path)?.config ?? {}, workspace: this.host.workspace(), today: settings.today });
  }

  isIgnored(uri: vscode.Uri): boolean {
    const path = toCorePath(uri);
    const config = this.configs.configFor(path);
    if (config && isIgnoredBy(path, config.dir, config.ignore)) return true;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const globs = readSettings(uri).ignore;
    return Boolean(folder && globs.length && isIgnoredBy(path, toCorePath(folder.uri), ignoreMatchers(globs)));
  }
}
