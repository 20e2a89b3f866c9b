import { UsageError } from './args';
import { lintCommand } from './lint-cmd';
import { newCommand } from './new-cmd';
import { rulesCommand } from './rules-cmd';
import { statusCommand } from './status-cmd';

export interface Io {
  cwd: string;
  out(s: string): void;
  err(s: string): void;
  isTty: boolean;
}

declare const SE_VERSION: string | undefined;

const HELP = `se-deliverables — create, track and check customer deliverables written in Markdown

Usage:
  se-deliverables lint [paths|globs] [--format stylish|json|sarif|junit] [--fix] [--max-warnings N] [--config FILE] [--as TYPE]
  se-deliverables new <type> --engagement DIR [--title T] [--author A]
  se-deliverables new engagement --dir DIR --customer NAME [--alias A]
  se-deliverables status [DIR] [--format text|json|markdown]
  se-deliverables rules [--format text|json]

Exit codes: 0 clean, 1 findings at or above the threshold, 2 usage, configuration or I/O error.
Run \`se-deliverables <command> --help\` for a command's options.`;

const processIo: Io = {
  cwd: process.cwd(),
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTty: Boolean(process.stdout.isTTY),
};

/** Runs one command; returns the exit code. Errors become messages, never stack traces. */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return lintCommand(rest, io);
      case 'new':
        return newCommand(rest, io);
      case 'rules':
        return rulesCommand(rest, io);
      case 'status':
        return statusCommand(rest, io);
      case '--version':
      case '-v':
        io.out(`${typeof SE_VERSION === 'string' ? SE_VERSION : 'dev'}\n`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(`${HELP}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`se-deliverables: ${e.message}\n`);
      return 2;
    }
    io.err(`se-deliverables: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
