// A real VS Code for tests: code-server (VS Code in the browser, with a normal Node extension
// host) on a loopback port, driven by headless Chromium through playwright-core.
//
//   runExtensionTests({ workspace, testsPath })  → exit code of the extension-host suites
//       (the same `extensionTestsPath` module @vscode/test-electron runs on a desktop VS Code)
//   openWorkbench(folder)                         → { page, ... } for UI (e2e) tests
//
// Everything is bounded by timeouts, and code-server's whole process group is killed on every
// way out (normal end, exception, Ctrl+C), so a test run never leaves a server behind.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, openSync, closeSync, readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureCodeServer, repoRoot } from './setup-code-server.mjs';

export { repoRoot };
export const chromiumPath = process.env.SANAD_CHROMIUM || '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Settings for a fresh user-data-dir: quiet, no welcome page, no trust prompt. */
export const defaultSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'window.restoreWindows': 'none',
};

const verbose = !!process.env.SANAD_HARNESS_VERBOSE;

// ---------------------------------------------------------------------------------------------
// Cleanup on every way out

const cleanups = new Set();
let exitHandlersInstalled = false;
function installExitHandlers() {
  if (exitHandlersInstalled) return;
  exitHandlersInstalled = true;
  // Synchronous last resort: kill the process groups we started.
  process.on('exit', () => {
    for (const c of cleanups) c.sync?.();
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      for (const c of cleanups) c.sync?.();
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(ms / 1000)} s: ${what}`)), ms);
    }),
  ]);
}

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Ports

function portIsFree(port) {
  return new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => res(true)));
  });
}

/** A free loopback port: the first free one from `start` upward, or any free one. */
export async function freePort(start) {
  if (start) {
    for (let p = start; p < start + 100; p++) if (await portIsFree(p)) return p;
  }
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

function httpStatus(url, timeoutMs = 2000) {
  return new Promise((res) => {
    const req = request(url, { method: 'GET', timeout: timeoutMs }, (r) => {
      r.resume();
      res(r.statusCode);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => res(0));
    req.end();
  });
}

// ---------------------------------------------------------------------------------------------
// code-server

/**
 * Starts code-server on 127.0.0.1 with a fresh user-data-dir and extensions-dir.
 * Resolves once `GET /` answers (302 to the last folder when one is given, else 200). Returns { port, baseUrl, tmp, stop() }.
 */
export async function startCodeServer({
  port,
  folder,
  settings = {},
  extensionsDir,
  startTimeoutMs = 90_000,
  quiet = true,
} = {}) {
  installExitHandlers();
  const entry = ensureCodeServer();
  port ??= await freePort();
  const tmp = mkdtempSync(join(tmpdir(), 'sanad-vscode-'));
  const userDataDir = join(tmp, 'user-data');
  extensionsDir ??= join(tmp, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...defaultSettings, ...settings }, null, 2));
  const logFile = join(tmp, 'code-server.log');
  const logFd = openSync(logFile, 'a');
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  if (folder) args.push(folder);
  const proc = spawn(process.execPath, args, {
    detached: true, // its own process group, so the extension host and language server die with it
    stdio: ['ignore', quiet ? logFd : 'inherit', quiet ? logFd : 'inherit'],
    env: {
      ...process.env,
      // code-server writes a config file into the config home on first start: keep it in tmp.
      XDG_CONFIG_HOME: join(tmp, 'config'),
      XDG_DATA_HOME: join(tmp, 'data'),
      // No extension gallery: the machines are offline, and tests must not reach out anyway.
      EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY ?? '{}',
    },
  });
  closeSync(logFd);
  let exited = null;
  proc.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  const killGroup = (sig) => {
    try {
      process.kill(-proc.pid, sig);
    } catch {
      /* already gone */
    }
  };
  const cleanup = {
    sync: () => {
      killGroup('SIGKILL');
      if (!process.env.SANAD_KEEP_TMP) rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    },
  };
  cleanups.add(cleanup);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    killGroup('SIGTERM');
    for (let i = 0; i < 50 && exited === null; i++) await delay(100);
    killGroup('SIGKILL'); // the group may hold children even when the leader is gone
    cleanups.delete(cleanup);
    if (!process.env.SANAD_KEEP_TMP) rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  };
  const logTail = (n = 40) => {
    try {
      return readFileSync(logFile, 'utf8').split('\n').slice(-n).join('\n');
    } catch {
      return '(no log)';
    }
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exited) {
      const tail = logTail();
      await stop();
      throw new Error(`code-server exited early (${JSON.stringify(exited)}):\n${tail}`);
    }
    const status = await httpStatus(`${baseUrl}/`);
    if (status === 302 || status === 200) break;
    if (Date.now() > deadline) {
      const tail = logTail();
      await stop();
      throw new Error(`code-server did not answer GET / within ${startTimeoutMs / 1000} s (last status ${status}):\n${tail}`);
    }
    await delay(250);
  }
  return { port, baseUrl, tmp, userDataDir, extensionsDir, logFile, logTail, stop, process: proc };
}

// ---------------------------------------------------------------------------------------------
// Chromium

/** Headless Debian Chromium through playwright-core. */
export async function launchBrowser({ headless = true } = {}) {
  if (!existsSync(chromiumPath))
    throw new Error(`Chromium not found at ${chromiumPath}. Install it: apt-get install chromium (or set SANAD_CHROMIUM)`);
  const { chromium } = await import('playwright-core');
  return withTimeout(
    chromium.launch({ executablePath: chromiumPath, headless, args: chromiumArgs, timeout: 60_000 }),
    90_000,
    'launching Chromium',
  );
}

/** The workbench URL for `folder`, with an optional payload (extension development, tests). */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (payload.length) payload.push(['skipWelcome', 'true']);
  const q = [];
  if (folder) q.push(`folder=${encodeURIComponent(resolve(folder)).replace(/%2F/g, '/')}`);
  if (payload.length) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${server.baseUrl}/${q.length ? `?${q.join('&')}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Extension-host tests

/**
 * Runs the extension-host test module `testsPath` (exports `run()`) with the extension at
 * `extensionPath` loaded for development, in `workspace`. Resolves to the exit code
 * (0 = all passed). Console output of the extension host is forwarded to `onLog`.
 */
export async function runExtensionTests({
  workspace,
  testsPath,
  extensionPath = repoRoot,
  timeoutMs = 300_000,
  onLog = (line) => console.log(line),
  settings = {},
} = {}) {
  if (!testsPath) throw new Error('runExtensionTests: testsPath is required');
  if (!existsSync(testsPath)) throw new Error(`runExtensionTests: ${testsPath} does not exist (built?)`);
  const server = await startCodeServer({ settings });
  let browser;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage();
    let resolveExit;
    const exited = new Promise((r) => (resolveExit = r));
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(typeof code === 'number' ? code : 1));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      // The workbench forwards its log (including the extension host's console) here.
      const text = Array.isArray(args) ? args.join(' ') : String(args);
      if (!isWorkbenchNoise(text)) onLog(stripLogPrefix(text), type);
    });
    page.on('pageerror', (e) => verbose && onLog(`[page error] ${e.message}`, 'error'));
    if (verbose) page.on('console', (m) => onLog(`[browser ${m.type()}] ${m.text()}`, 'debug'));
    const url = workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: extensionPath, extensionTestsPath: testsPath });
    if (verbose) onLog(`[harness] ${url}`);
    await withTimeout(page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 }), 70_000, 'opening the workbench');
    const code = await withTimeout(exited, timeoutMs, 'extension tests to finish (codeAutomationExit)').catch((e) => {
      onLog(`[harness] ${e.message}\n[harness] code-server log:\n${server.logTail()}`, 'error');
      return 124;
    });
    return code;
  } finally {
    await closeAll(browser, server);
  }
}

// The workbench echoes its own log too; keep the tests' output and real problems.
const workbenchNoise = [
  /^Resolv(?:ing|ed) connection token/,
  /^Creating a socket \(/,
  /^ChatSessionStore:/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^Ignoring fetching additional builtin extensions from gallery/,
  /^Creation of workbench contribution .* took \d+ms/,
  /^\s*$/,
];
function isWorkbenchNoise(text) {
  return !verbose && workbenchNoise.some((re) => re.test(text));
}
function stripLogPrefix(text) {
  return text.replace(/^\[(?:\d{4}-\d\d-\d\d[ T][\d:.]+)\]\s*(?:\[[a-z]+\]\s*)?/i, '');
}

async function closeAll(browser, server) {
  if (browser) await withTimeout(browser.close(), 15_000, 'closing Chromium').catch(() => {});
  if (server) await server.stop();
}

// ---------------------------------------------------------------------------------------------
// UI tests

/**
 * Opens a workbench on `folder` with the extension loaded for development. Returns
 * { page, browser, server, url, close() }; always call close() (in finally).
 */
export async function openWorkbench(folder, { extensionPath = repoRoot, settings = {}, viewport = { width: 1400, height: 900 } } = {}) {
  const server = await startCodeServer({ settings });
  let browser;
  try {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    if (verbose) page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text()}`));
    const url = workbenchUrl(server, { folder, extensionDevelopmentPath: extensionPath });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    // The workbench is ready when the explorer shows the folder and the status bar is there.
    await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 60_000 });
    return { page, browser, server, url, close: () => closeAll(browser, server) };
  } catch (e) {
    await closeAll(browser, server);
    throw e;
  }
}

/** Polls `fn` until it returns a truthy value or `timeoutMs` passes; returns the value or throws. */
export async function poll(fn, { timeoutMs = 30_000, intervalMs = 250, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await delay(intervalMs);
  }
}

/** True when a `code` CLI (desktop VS Code) is on PATH. */
export function hasCodeCli() {
  return spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).status === 0;
}
