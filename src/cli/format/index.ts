import type { Finding } from '../../core/types';
import { junit } from './junit';
import { sarif } from './sarif';
import { newCounts, stylishFile, stylishSummary } from './stylish';

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

/** Writes results as files are linted, so a run over thousands of files holds only counts. */
export interface Reporter {
  file(r: FileResult): void;
  end(): void;
}

export function reporter(format: Format, out: (s: string) => void, color: boolean): Reporter {
  if (format === 'stylish') {
    const counts = newCounts();
    return { file: (r) => out(stylishFile(r, color, counts)), end: () => out(stylishSummary(counts, color)) };
  }
  if (format === 'json') {
    let first = true;
    return {
      file(r) {
        for (const f of toJson([r])) {
          out(`${first ? '[\n' : ',\n'}  ${JSON.stringify(f, null, 2).replace(/\n/g, '\n  ')}`);
          first = false;
        }
      },
      end: () => out(first ? '[]\n' : '\n]\n'),
    };
  }
  // SARIF and JUnit open with totals, so they are written at the end.
  const all: FileResult[] = [];
  return { file: (r) => all.push(r), end: () => out(buffered(format, all)) };
}

/** SARIF and JUnit, written whole at the end. */
function buffered(format: 'sarif' | 'junit', results: readonly FileResult[]): string {
  return format === 'sarif' ? `${JSON.stringify(sarif(results), null, 2)}\n` : junit(results);
}
