#!/usr/bin/env node
// Installs what the integration tests need to run inside a real VS Code on a machine with no
// desktop VS Code (see shared/TESTING.md): Debian's chromium, ripgrep and libkrb5-dev, a seeded
// @vscode/ripgrep download cache, and code-server (VS Code's server + web workbench) in
// .vscode-test/code-server-<version>/. Idempotent: finished steps are detected and skipped, so
// a second run takes a few milliseconds.
//
// Usage: node scripts/setup-vscode-host.mjs [--quiet]
// Import: import { setupVscodeHost, codeServerEntry } from './scripts/setup-vscode-host.mjs'
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
/** Version of @vscode/ripgrep that code-server 4.100.3 depends on, and the ripgrep build it fetches. */
const VSCODE_RIPGREP_VERSION = '1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

/**
 * Packages whose install scripts must run for code-server to work. npm >= 11 skips dependencies'
 * install scripts unless the installing project's package.json lists them in `allowScripts` (and
 * refuses --allow-scripts in project installs), so they are listed per project: ours in the cache
 * folder, and code-server's two nested projects, whose own `npm install` its postinstall runs.
 */
const ALLOWED_INSTALL_SCRIPTS = {
  '.': ['code-server', 'argon2'],
  'node_modules/code-server/lib/vscode': [
    '@parcel/watcher', '@vscode/deviceid', '@vscode/ripgrep', '@vscode/spdlog', 'kerberos', 'native-watchdog', 'node-pty',
  ],
  'node_modules/code-server/lib/vscode/extensions': ['@parcel/watcher', 'esbuild'],
};

/** Debian package → a file it installs (a cheap "is it installed?" check). */
const APT_PACKAGES = {
  'libkrb5-dev': '/usr/include/krb5.h',
  ripgrep: '/usr/bin/rg',
  chromium: '/usr/bin/chromium',
};

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const codeServerDir = join(projectRoot, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
export const codeServerEntry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const markerFile = join(codeServerDir, '.setup-complete');
export const chromiumPath = APT_PACKAGES.chromium;

class SetupError extends Error {}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.error) throw new SetupError(`${cmd} could not start: ${r.error.message}`);
  if (r.status !== 0) throw new SetupError(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function ensureAptPackages(log) {
  const missing = Object.entries(APT_PACKAGES).filter(([, file]) => !existsSync(file)).map(([name]) => name);
  if (!missing.length) return log('apt packages: present');
  const line = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new SetupError(`missing Debian packages: ${missing.join(', ')}. Install them as root, then rerun:\n  sudo sh -c '${line}'`);
  }
  log(`apt packages: installing ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
  const still = missing.filter((name) => !existsSync(APT_PACKAGES[name]));
  if (still.length) throw new SetupError(`apt-get finished but ${still.join(', ')} still look missing`);
}

/** @vscode/ripgrep's postinstall downloads from GitHub unless its cache has the archive; seed it with Debian's rg. */
function seedRipgrepCache(log, env) {
  const dir = join(env.TMPDIR || tmpdir(), `vscode-ripgrep-cache-${VSCODE_RIPGREP_VERSION}`);
  const archive = join(dir, RIPGREP_ASSET);
  if (existsSync(archive) && statSync(archive).size > 0) return log('ripgrep cache: present');
  mkdirSync(dir, { recursive: true });
  run('tar', ['czf', archive, '-C', dirname(APT_PACKAGES.ripgrep), 'rg']);
  log(`ripgrep cache: seeded ${archive}`);
}

function installCodeServer(log, env) {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) {
    throw new SetupError(`code-server ${CODE_SERVER_VERSION} needs node 20 (this is node ${process.versions.node})`);
  }
  // Anything here without the marker is a half-finished install: start it over.
  rmSync(codeServerDir, { recursive: true, force: true });
  mkdirSync(codeServerDir, { recursive: true });
  writeFileSync(join(codeServerDir, 'package.json'), JSON.stringify({
    name: 'vscode-test-code-server',
    private: true,
    description: 'Cache folder made by scripts/setup-vscode-host.mjs; delete it to reinstall.',
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    allowScripts: Object.fromEntries(ALLOWED_INSTALL_SCRIPTS['.'].map((name) => [name, true])),
  }, null, 2) + '\n');
  log(`code-server ${CODE_SERVER_VERSION}: installing into ${codeServerDir} (about 40 s)`);
  const started = Date.now();
  const npmEnv = {
    ...env,
    npm_config_unsafe_perm: 'true', // its postinstall refuses to run as root otherwise
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`; a `yes=false` npmrc cancels it
    npm_config_nodedir: env.npm_config_nodedir || '/usr', // Node headers for node-gyp
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
  // 1. Fetch the tree without running scripts, 2. allow the nested projects' native builds,
  // 3. run the install scripts (code-server's postinstall installs lib/vscode and its extensions).
  run('npm', ['install', '--omit=dev', '--ignore-scripts', ...quiet], { cwd: codeServerDir, env: npmEnv });
  for (const [dir, names] of Object.entries(ALLOWED_INSTALL_SCRIPTS)) {
    if (dir === '.') continue;
    const file = join(codeServerDir, dir, 'package.json');
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    pkg.allowScripts = { ...pkg.allowScripts, ...Object.fromEntries(names.map((name) => [name, true])) };
    writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
  }
  run('npm', ['rebuild', ...quiet], { cwd: codeServerDir, env: npmEnv });
  const vscode = join(codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode');
  const required = [
    codeServerEntry,
    join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'),
    join(vscode, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node'),
    join(vscode, 'node_modules.asar'),
  ];
  const absent = required.filter((p) => !existsSync(p));
  if (absent.length) throw new SetupError(`code-server install is incomplete; missing:\n  ${absent.join('\n  ')}`);
  writeFileSync(markerFile, JSON.stringify({ version: CODE_SERVER_VERSION, node: process.version, at: new Date().toISOString() }) + '\n');
  log(`code-server ${CODE_SERVER_VERSION}: installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

function isInstalled() {
  try {
    return JSON.parse(readFileSync(markerFile, 'utf8')).version === CODE_SERVER_VERSION && existsSync(codeServerEntry);
  } catch {
    return false;
  }
}

/**
 * Makes sure chromium and code-server are ready. Throws on failure (with the fix in the message).
 * @param {{ quiet?: boolean }} [options] quiet: report only steps that do something
 * @returns {{ codeServerEntry: string, chromiumPath: string }}
 */
export function setupVscodeHost({ quiet = false } = {}) {
  // Quiet: say nothing when everything is already there, but always tell about work being done.
  const log = (m) => { if (!quiet || !/: present$/.test(m)) console.log(`[setup-vscode-host] ${m}`); };
  ensureAptPackages(log);
  if (isInstalled()) {
    log(`code-server ${CODE_SERVER_VERSION}: present`);
  } else {
    const env = { ...process.env };
    seedRipgrepCache(log, env);
    installCodeServer(log, env);
  }
  return { codeServerEntry, chromiumPath };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  try {
    setupVscodeHost({ quiet: process.argv.includes('--quiet') });
    if (!process.argv.includes('--quiet')) console.log(`[setup-vscode-host] ready (${Date.now() - started} ms)`);
  } catch (err) {
    console.error(`[setup-vscode-host] ${err instanceof SetupError ? err.message : err?.stack ?? err}`);
    process.exitCode = 1;
  }
}
