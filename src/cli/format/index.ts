import type { Finding } from '../../core/types';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';

export interface FileResult {
  /** Path relative to the working directory, with `/` separators. */
  file: string;
  findings: Finding[];
}

export type Format = 'stylish' | 'json' | 'sarif' | 'junit';
export const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif', 'junit'];

export interface JsonFinding {
  file: string;
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixable: boolean;
}

/** 1-based lines and columns, as people and CI annotations count them. */
export function toJson(results: readonly FileResult[]): JsonFinding[] {
  return results.flatMap((r) =>
    r.findings.map((f) => ({
      file: r.file,
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
      fixable: Boolean(f.fix),
    })),
  );
}

export function formatResults(format: Format, results: readonly FileResult[], color: boolean): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(toJson(results), null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(sarif(results), null, 2)}\n`;
    case 'junit':
      return junit(results);
    default:
      return stylish(results, color);
  }
}
