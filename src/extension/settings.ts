// `seDeliverables.*` settings, read in one place; each feature asks here instead of reading
// the configuration itself.
import * as vscode from 'vscode';
import { today as machineToday } from '../core/engine';
import type { DisplaySeverity } from './convert';

export const SECTION = 'seDeliverables';

export interface Settings {
  author: string;
  run: 'onType' | 'onSave';
  debounce: number;
  /** Rule id (or `*`) → how its findings are shown. */
  severity: Record<string, DisplaySeverity>;
  /** Globs relative to the workspace folder of files never checked. */
  ignore: string[];
  /** YYYY-MM-DD the rules compare against. */
  today: string;
}

const DISPLAY: readonly DisplaySeverity[] = ['error', 'warning', 'info', 'hint', 'off'];

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const severity: Record<string, DisplaySeverity> = {};
  const raw = c.get<Record<string, unknown>>('severity') ?? {};
  for (const [k, v] of Object.entries(raw)) {
    const s = v === 'information' ? 'info' : v;
    if (typeof s === 'string' && (DISPLAY as readonly string[]).includes(s)) severity[k] = s as DisplaySeverity;
  }
  const fixed = (c.get<string>('today') ?? '').trim();
  const debounce = Number(c.get<number>('debounce'));
  return {
    author: (c.get<string>('author') ?? '').trim(),
    run: c.get<string>('run') === 'onSave' ? 'onSave' : 'onType',
    debounce: Number.isFinite(debounce) && debounce >= 0 ? debounce : 300,
    severity,
    ignore: (c.get<unknown[]>('ignore') ?? []).filter((g): g is string => typeof g === 'string' && g.trim() !== ''),
    today: /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? fixed : machineToday(),
  };
}

/** How a finding of `ruleId` with core severity `severity` is shown. */
export function displaySeverity(settings: Settings, ruleId: string, severity: DisplaySeverity): DisplaySeverity {
  return settings.severity[ruleId] ?? settings.severity['*'] ?? severity;
}

export function onDidChangeSettings(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION)) listener();
  });
}
