#!/usr/bin/env node
// Runs an extension's test suite inside a real VS Code (code-server + headless chromium, see
// server.mjs and shared/TESTING.md) and exits with the suite's exit code.
//
// Accepts @vscode/test-electron's command line, so it can be runTests()'s vscodeExecutablePath:
//   launch.mjs [folder] --extensionDevelopmentPath=<dir> --extensionTestsPath=<compiled index> [other flags ignored]
// Environment:
//   SE_TEST_TIMEOUT_MS        overall deadline (default 600000 = 10 min); exit 124 when hit
//   SE_TEST_WORKSPACE_TRUST=1 keep workspace trust on (code-server runs without --disable-workspace-trust)
//   SE_TEST_VERBOSE=1         also print code-server's own output and the browser console
// Run scripts/setup-vscode-host.mjs first (test/integration/runTest.mjs does).
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { startVscodeHost } from './server.mjs';

const TAG = '[vscode-host]';
/** Workbench start-up messages that reach codeAutomationLog next to the tests' output; shown with SE_TEST_VERBOSE=1. */
const WORKBENCH_CHATTER = /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin extensions|\[Service Worker\]|ChatSessionStore: Migrating)/;

/** test-electron style arguments: `--name=value` or `--name value` flags, positionals = folders. */
export function parseArgs(argv) {
  const out = { folder: undefined, extensionDevelopmentPath: undefined, extensionTestsPath: undefined };
  const valued = new Set(['extensionDevelopmentPath', 'extensionTestsPath']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq === -1 ? undefined : eq);
      if (!valued.has(name)) continue; // --no-sandbox, --disable-updates, --user-data-dir=…: not ours
      const value = eq === -1 ? argv[++i] : a.slice(eq + 1);
      if (value !== undefined && out[name] === undefined) out[name] = resolve(value);
    } else if (out.folder === undefined) {
      out.folder = resolve(a);
    }
  }
  return out;
}

/**
 * Runs the suite; resolves with its exit code (never rejects: failures become non-zero codes).
 * @param {{ folder?: string, extensionDevelopmentPath: string, extensionTestsPath: string, timeoutMs?: number, workspaceTrust?: boolean, verbose?: boolean }} o
 */
export async function runSuiteInVscodeHost(o) {
  const timeoutMs = o.timeoutMs ?? (Number(process.env.SE_TEST_TIMEOUT_MS) || 600_000);
  const workspaceTrust = o.workspaceTrust ?? process.env.SE_TEST_WORKSPACE_TRUST === '1';
  const verbose = o.verbose ?? process.env.SE_TEST_VERBOSE === '1';
  for (const [name, p] of [['extensionDevelopmentPath', o.extensionDevelopmentPath], ['extensionTestsPath', o.extensionTestsPath]]) {
    if (!p) { console.error(`${TAG} missing --${name}=…`); return 2; }
  }
  const testsFile = existsSync(o.extensionTestsPath) ? o.extensionTestsPath : `${o.extensionTestsPath}.js`;
  if (!existsSync(testsFile)) { console.error(`${TAG} no test index at ${o.extensionTestsPath} (did the build run?)`); return 2; }
  if (o.folder && !existsSync(o.folder)) { console.error(`${TAG} no folder ${o.folder}`); return 2; }

  const started = Date.now();
  let host;
  let timer;
  let watchParent;
  let onSignal;
  let settle;
  const exitCode = new Promise((r) => { settle = r; });
  try {
    timer = setTimeout(() => {
      console.error(`${TAG} timed out after ${Math.round(timeoutMs / 1000)} s (SE_TEST_TIMEOUT_MS)`);
      settle(124);
    }, timeoutMs);
    onSignal = (sig) => { console.error(`${TAG} ${sig}: stopping`); settle(130); };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('SIGHUP', onSignal);
    // If whoever started us dies (e.g. killed runTest), stop instead of running on as an orphan.
    const parent = process.ppid;
    watchParent = setInterval(() => { if (process.ppid !== parent) { console.error(`${TAG} parent process gone: stopping`); settle(1); } }, 1000);
    watchParent.unref();

    const hostPromise = startVscodeHost({
      folder: o.folder,
      extensionDevelopmentPath: o.extensionDevelopmentPath,
      extensionTestsPath: o.extensionTestsPath,
      workspaceTrust,
      onLog: (level, args) => {
        // Everything the workbench logs in test mode, including the extension host's console
        // output (mocha's reporter): one call per console.log, as [format, ...values].
        const text = format(...args).replace(/\n$/, '');
        if (!verbose && WORKBENCH_CHATTER.test(text)) return;
        if (level === 'error' || level === 'warn') console.error(text);
        else console.log(text);
      },
      onExit: (code) => settle(code),
      onServerOutput: verbose ? (line) => console.log(`${TAG} server: ${line}`) : undefined,
    });
    // Startup failures end the run; so does a timeout or signal while still starting.
    const first = await Promise.race([hostPromise.then(() => undefined), exitCode]);
    if (first !== undefined) {
      host = await hostPromise.catch(() => undefined); // so that `finally` can stop it
      return first;
    }
    host = await hostPromise;
    if (verbose) {
      host.page.on('console', (m) => console.log(`${TAG} browser ${m.type()}: ${m.text()}`));
    }
    host.page.on('pageerror', (e) => console.error(`${TAG} page error: ${e.message}`));
    host.page.on('crash', () => { console.error(`${TAG} the browser page crashed`); settle(1); });
    console.log(`${TAG} VS Code (code-server) on ${host.server.origin} started in ${Date.now() - started} ms; running ${o.extensionTestsPath}`);
    const code = await exitCode;
    console.log(`${TAG} tests finished with exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return code;
  } catch (err) {
    console.error(`${TAG} ${err?.message ?? err}`);
    return 1;
  } finally {
    clearTimeout(timer);
    clearInterval(watchParent);
    if (onSignal) for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.off(sig, onSignal);
    // Bounded: if the browser will not close, exiting still kills code-server (see server.mjs).
    if (host) await Promise.race([host.close(), new Promise((r) => setTimeout(r, 15_000).unref())]);
  }
}

if (process.argv[1] && realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url))) {
  // If our reader is gone (parent killed), writes fail with EPIPE: keep going so cleanup still runs.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
  const args = parseArgs(process.argv.slice(2));
  const code = await runSuiteInVscodeHost(args);
  process.exit(code);
}
