/** A small argument parser: `--flag`, `--key value`, `--key=value`, positionals. Unknown options are errors. */
export interface Parsed {
  positionals: string[];
  options: Map<string, string | true>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], spec: Record<string, 'flag' | 'value'>): Parsed {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      const kind = spec[name];
      if (!kind) throw new UsageError(`unknown option --${name}`);
      if (kind === 'flag') {
        if (eq > 0) throw new UsageError(`--${name} takes no value`);
        options.set(name, true);
      } else {
        const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (v === undefined || (eq < 0 && v.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
        options.set(name, v);
      }
    } else if (a.startsWith('-') && a.length > 1) {
      const long = { h: 'help', f: 'format', c: 'config' }[a.slice(1)];
      if (!long || !spec[long]) throw new UsageError(`unknown option ${a}`);
      if (spec[long] === 'flag') options.set(long, true);
      else {
        const v = argv[++i];
        if (v === undefined) throw new UsageError(`${a} needs a value`);
        options.set(long, v);
      }
    } else positionals.push(a);
  }
  return { positionals, options };
}

export function str(p: Parsed, name: string): string | undefined {
  const v = p.options.get(name);
  return typeof v === 'string' ? v : undefined;
}
