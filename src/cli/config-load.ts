import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { catalog } from '../core/catalog';
import { parseConfig, type Config, type ConfigProblem } from '../core/config';
import { rules } from '../core/rules/index.generated';
import { ignoreMatchers } from './files';
import { readText, toPosix } from './node-host';

export const CONFIG_FILE = '.se-deliverables.yaml';

export interface LoadedConfig {
  config: Config;
  /** Absolute path of the file read, if any. */
  path: string | undefined;
  problems: ConfigProblem[];
  /** The config's ignore globs, relative to its folder. */
  ignores(file: string): boolean;
}

const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function load(path: string | undefined): LoadedConfig {
  const none = (problems: ConfigProblem[] = []): LoadedConfig => ({ config: {}, path, problems, ignores: () => false });
  if (!path) return none();
  if (!existsSync(path)) return none([{ message: `Configuration file not found: ${path}`, key: '', range: zero }]);
  const text = readText(path);
  if (text === undefined) return none([{ message: `Cannot read ${path}`, key: '', range: zero }]);
  const { config, problems } = parseConfig(text, rules.map((r) => r.meta), catalog().types.map((t) => t.id));
  const base = dirname(path);
  const matchers = ignoreMatchers(config.ignore);
  return { config, path, problems, ignores: (file) => matchers.some((re) => re.test(toPosix(relative(base, file)))) };
}

/**
 * The configuration that governs each file: `--config FILE` for all of them, else the
 * nearest .se-deliverables.yaml in the file's folder or above it (read once per file).
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly byPath = new Map<string, LoadedConfig>();
  private readonly explicit: LoadedConfig | undefined;

  constructor(cwd: string, explicit: string | undefined) {
    if (explicit) this.explicit = load(resolve(cwd, explicit));
  }

  forFile(file: string): LoadedConfig {
    return this.explicit ?? this.forDir(dirname(resolve(file)));
  }

  forDir(dir: string): LoadedConfig {
    if (this.explicit) return this.explicit;
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    let found: LoadedConfig;
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) {
      found = this.byPath.get(candidate) ?? load(candidate);
      this.byPath.set(candidate, found);
    } else {
      found = dirname(dir) === dir ? load(undefined) : this.forDir(dirname(dir));
    }
    this.byDir.set(dir, found);
    return found;
  }

  /** Every configuration read so far. */
  loaded(): LoadedConfig[] {
    return this.explicit ? [this.explicit] : [...this.byPath.values()];
  }
}

/** Prints each problem of each configuration once; returns whether there were any. */
export function reportConfigProblems(configs: readonly LoadedConfig[], cwd: string, err: (s: string) => void): boolean {
  let any = false;
  for (const c of configs) {
    const where = c.path ? toPosix(relative(cwd, c.path)) || c.path : 'configuration';
    for (const pr of c.problems) {
      err(`${where}:${pr.range.start.line + 1}:${pr.range.start.character + 1}: ${pr.message}\n`);
      any = true;
    }
  }
  return any;
}
