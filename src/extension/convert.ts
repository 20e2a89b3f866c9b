// The one place where core types (plain data, POSIX paths) become VS Code types and back.
import * as vscode from 'vscode';
import type { ConfigProblem } from '../core/config';
import type { Finding, Position, Range, Severity, TextEdit } from '../core/types';

export const SOURCE = 'SE Deliverables';

/** Display severity a user may map a rule to (settings `seDeliverables.severity`). */
export type DisplaySeverity = Severity | 'hint' | 'off';

export function toPosition(p: Position): vscode.Position {
  return new vscode.Position(p.line, p.character);
}

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(toPosition(r.start), toPosition(r.end));
}

export function fromPosition(p: vscode.Position): Position {
  return { line: p.line, character: p.character };
}

export function fromRange(r: vscode.Range): Range {
  return { start: fromPosition(r.start), end: fromPosition(r.end) };
}

export function toTextEdit(e: TextEdit): vscode.TextEdit {
  return new vscode.TextEdit(toRange(e.range), e.newText);
}

export function toDiagnosticSeverity(s: Exclude<DisplaySeverity, 'off'>): vscode.DiagnosticSeverity {
  switch (s) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'info':
      return vscode.DiagnosticSeverity.Information;
    default:
      return vscode.DiagnosticSeverity.Hint;
  }
}

/** A `command:` URI that runs `command` with `args` (for diagnostic code links and hover links). */
export function commandUri(command: string, ...args: unknown[]): vscode.Uri {
  return vscode.Uri.parse(`command:${command}?${encodeURIComponent(JSON.stringify(args))}`);
}

/** A finding as a diagnostic; `docs` is the target of its code link, when the rule has a page. */
export function toDiagnostic(f: Finding, severity: Exclude<DisplaySeverity, 'off'>, docs: vscode.Uri | undefined): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f.range), f.message, toDiagnosticSeverity(severity));
  d.source = SOURCE;
  d.code = docs ? { value: f.ruleId, target: docs } : f.ruleId;
  return d;
}

/** A problem of `.se-deliverables.yaml`: while there is one, every rule runs with its defaults. */
export function toConfigDiagnostic(p: ConfigProblem): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(p.range), `${p.message} (every rule uses its defaults until this is fixed)`, vscode.DiagnosticSeverity.Error);
  d.source = SOURCE;
  d.code = 'configuration';
  return d;
}

/** The rule id a diagnostic carries, whichever form its code takes. */
export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== SOURCE) return undefined;
  const c = d.code;
  if (typeof c === 'string' || typeof c === 'number') return String(c);
  return c ? String(c.value) : undefined;
}

/**
 * The core works on POSIX-style path strings: a URI's path is one, for `file:` and for virtual
 * file systems alike. Going back, the scheme and authority come from a URI known to share them.
 */
export function toCorePath(uri: vscode.Uri): string {
  return uri.path;
}

export function toUri(path: string, like: vscode.Uri): vscode.Uri {
  return like.with({ path, query: '', fragment: '' });
}
