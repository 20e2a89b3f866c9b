import { rules } from '../../core/rules/index.generated';
import type { FileResult } from './index';

declare const SE_VERSION: string | undefined;
const VERSION = typeof SE_VERSION === 'string' ? SE_VERSION : '0.0.0';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A SARIF 2.1.0 log, one run, paths relative to the working directory (%SRCROOT%). */
export function sarif(results: readonly FileResult[]): object {
  const used = new Map<string, number>();
  const ruleList: object[] = [];
  const index = (id: string) => {
    let i = used.get(id);
    if (i === undefined) {
      i = ruleList.length;
      used.set(id, i);
      const meta = rules.find((r) => r.meta.id === id)?.meta;
      ruleList.push({
        id,
        name: id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
        shortDescription: { text: meta?.title ?? id },
        fullDescription: { text: meta?.rationale ?? id },
        help: { text: `See docs/rules/${id}.md in the se-deliverables package.` },
        defaultConfiguration: { level: LEVEL[meta?.severity ?? 'warning'] },
      });
    }
    return i;
  };
  const out = results.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: index(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(r.file), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: f.range.start.line + 1,
              startColumn: f.range.start.character + 1,
              endLine: f.range.end.line + 1,
              endColumn: f.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'se-deliverables', version: VERSION, rules: ruleList } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory se-deliverables ran in.' } } },
        results: out,
      },
    ],
  };
}
