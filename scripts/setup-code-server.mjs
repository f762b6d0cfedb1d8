// Installs code-server (VS Code in the browser, with a normal Node extension host) into
// .cache/code-server/ of the repo, without any download other than npm packages.
//
// Why the odd steps: a plain `npm install code-server` fails on a closed network twice —
// a native module needs Kerberos headers, and @vscode/ripgrep downloads a binary from the
// internet. So scripts are switched off, the native modules are rebuilt one by one, and the
// system `rg` is dropped where @vscode/ripgrep would have put its download.
//
// Needs (Debian): apt-get install ripgrep libkrb5-dev build-essential python3 (chromium for tests).
// Usage: node scripts/setup-code-server.mjs [--force]
// Also importable: `ensureCodeServer()` returns the path of the code-server entry script.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, chmodSync, rmSync, symlinkSync, lstatSync, unlinkSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.99.3';
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = process.env.SANAD_CODE_SERVER_DIR
  ? resolve(process.env.SANAD_CODE_SERVER_DIR)
  : join(repoRoot, '.cache', 'code-server');
const pkgDir = join(cacheDir, 'node_modules', 'code-server');
const vscodeDir = join(pkgDir, 'lib', 'vscode');
const markerFile = join(cacheDir, '.sanad-setup-done');
/** The script that `node` runs to start code-server. */
export const codeServerEntry = join(pkgDir, 'out', 'node', 'entry.js');

const APT_HINT = 'apt-get update && apt-get install -y ripgrep libkrb5-dev build-essential python3 chromium';

// The marker records the Node ABI too: native modules built for another Node would not load.
const markerText = `code-server ${CODE_SERVER_VERSION} node-abi ${process.versions.modules}\n`;

export function isCodeServerInstalled() {
  return existsSync(markerFile) && readFileSync(markerFile, 'utf8') === markerText && existsSync(codeServerEntry);
}

class SetupError extends Error {}

function log(msg) {
  console.log(`[setup-code-server] ${msg}`);
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Runs a command, its output going to ours; throws with a hint when it fails. */
function run(cmd, args, cwd, { env = {}, hint = '' } = {}) {
  log(`${cwd === cacheDir ? '' : `(in ${cwd.slice(cacheDir.length + 1) || '.'}) `}${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...env },
  });
  if (r.error) throw new SetupError(`could not run ${cmd}: ${r.error.message}${hint ? `\n  ${hint}` : ''}`);
  if (r.status !== 0) throw new SetupError(`\`${cmd} ${args.join(' ')}\` failed with exit code ${r.status} (in ${cwd})${hint ? `\n  ${hint}` : ''}`);
}

function link(target, path) {
  try {
    if (lstatSync(path)) unlinkSync(path);
  } catch {
    /* not there yet */
  }
  symlinkSync(target, path);
}

function checkPrerequisites() {
  const missing = [];
  if (!which('rg')) missing.push('ripgrep (the `rg` command)');
  if (!existsSync('/usr/include/krb5.h') && !existsSync('/usr/include/gssapi/gssapi.h') && !which('krb5-config'))
    missing.push('libkrb5-dev (Kerberos headers for a native module)');
  if (!which('make') || !(which('g++') || which('c++'))) missing.push('build-essential (make, g++ for native modules)');
  if (!which('python3')) missing.push('python3 (node-gyp)');
  if (missing.length)
    throw new SetupError(`missing system packages: ${missing.join(', ')}\n  Install them with: ${APT_HINT}`);
}

/** Installs code-server unless the cache already holds this version; returns the entry script. */
export function ensureCodeServer({ force = false } = {}) {
  if (!force && isCodeServerInstalled()) return codeServerEntry;
  const started = Date.now();
  checkPrerequisites();
  log(`installing code-server ${CODE_SERVER_VERSION} into ${cacheDir}`);
  rmSync(markerFile, { force: true });
  mkdirSync(cacheDir, { recursive: true });
  // A package.json of its own keeps npm from walking up to the repo's package.json.
  writeFileSync(join(cacheDir, 'package.json'), JSON.stringify({ name: 'sanad-code-server', private: true }, null, 2) + '\n');

  run('npm', ['install', '--no-save', '--ignore-scripts', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], cacheDir, {
    hint: 'Is the npm registry reachable? (npm config get registry)',
  });
  run('npm', ['rebuild', 'argon2'], cacheDir, { hint: `Native build failed. ${APT_HINT}` });

  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-package-lock'], vscodeDir, {
    hint: 'Is the npm registry reachable?',
  });
  // @vscode/ripgrep's install script skips its download when bin/rg already exists.
  const rgTarget = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  mkdirSync(dirname(rgTarget), { recursive: true });
  copyFileSync(which('rg'), rgTarget);
  chmodSync(rgTarget, 0o755);
  // node-pty's install script calls `npx node-gyp`, which asks before installing without the yes.
  run('npm', ['rebuild'], vscodeDir, {
    env: { npm_config_yes: 'true' },
    hint: `Native build failed (kerberos needs libkrb5-dev, node-pty needs a C++ toolchain). ${APT_HINT}`,
  });

  link('node_modules', join(vscodeDir, 'node_modules.asar'));
  link('code-linux.sh', join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  link('browser-linux.sh', join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-package-lock'], join(vscodeDir, 'extensions'), {
    hint: 'Is the npm registry reachable?',
  });

  // A throwaway config home: code-server writes a default config file on its first start.
  const configHome = mkdtempSync(join(tmpdir(), 'sanad-cs-config-'));
  const v = spawnSync(process.execPath, [codeServerEntry, '--version'], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, XDG_CONFIG_HOME: configHome, XDG_DATA_HOME: configHome },
  });
  rmSync(configHome, { recursive: true, force: true });
  if (v.status !== 0 || !v.stdout.includes(CODE_SERVER_VERSION))
    throw new SetupError(`code-server --version did not report ${CODE_SERVER_VERSION}:\n${v.stdout}${v.stderr}`);
  writeFileSync(markerFile, markerText);
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s: code-server ${v.stdout.trim().split('\n').pop()}`);
  return codeServerEntry;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const force = process.argv.includes('--force');
    if (!force && isCodeServerInstalled()) log(`code-server ${CODE_SERVER_VERSION} already installed in ${cacheDir}`);
    else ensureCodeServer({ force });
  } catch (e) {
    console.error(`[setup-code-server] FAILED: ${e instanceof SetupError ? e.message : e.stack}`);
    process.exit(1);
  }
}
