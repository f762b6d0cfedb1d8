// What a user installs: build the .vsix (`npm run package`) in a temporary copy of the repo (the
// production build replaces dist/, which the other tests of this checkout use), check what it
// holds, install it into a fresh code-server extensions folder (`--install-extension`), start
// code-server WITHOUT the development extension, open the sample article as a reader and read a
// hover. Bounded: the whole file gives up after 3 minutes.
//
// Usage: node test/e2e/vsix.e2e.mjs        (run by scripts/run-e2e.mjs as a self-running file)
// SANAD_VSIX=path/to/sanad.vsix tests that package instead of building one.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { launchBrowser, repoRoot, startCodeServer, workbenchUrl } from '../../scripts/vscode-harness.mjs';
import { ensureCodeServer } from '../../scripts/setup-code-server.mjs';
import { hoverWord, openFile } from './ui.mjs';

const ARTICLE = 'iraq-us-withdrawal.txt';
const EXTENSION_ID = 'sanad.sanad';
const TOTAL_MS = 180_000;
const MAX_VSIX_BYTES = 15 * 1024 * 1024;
const shots = join(repoRoot, 'test-results', 'screenshots');
const started = Date.now();
const left = () => Math.max(5_000, TOTAL_MS - (Date.now() - started));

let passed = 0;
let failed = 0;
async function step(name, fn) {
  const t0 = Date.now();
  try {
    const r = await fn();
    passed++;
    console.log(`  ok   ${name} (${Date.now() - t0} ms)`);
    return r;
  } catch (e) {
    failed++;
    console.log(`  FAIL ${name} (${Date.now() - t0} ms)\n${String(e?.stack ?? e).split('\n').map((l) => `       ${l}`).join('\n')}`);
    throw e;
  }
}

/** Runs a command; resolves with its output, rejects (with the output's tail) on failure or after `timeoutMs`. */
function run(cmd, args, { cwd, env, timeoutMs }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
      reject(new Error(`timed out after ${Math.round(timeoutMs / 1000)} s: ${cmd} ${args.join(' ')}\n${out.slice(-2000)}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(out);
      else reject(new Error(`\`${cmd} ${args.join(' ')}\` exited with ${code}\n${out.slice(-2000)}`));
    });
  });
}

/** A copy of the sources the package is built from (no node_modules: a link to the repo's; no builds, caches or git). */
function copyRepo(to) {
  const skip = new Set(['node_modules', '.git', '.cache', 'dist', 'dist-test', 'dist-scripts', 'test-results', '.vscode-test']);
  cpSync(repoRoot, to, {
    recursive: true,
    filter: (src) => {
      const rel = relative(repoRoot, src);
      if (!rel) return true;
      const top = rel.split(sep)[0];
      return !skip.has(top) && !rel.endsWith('.vsix');
    },
  });
  symlinkSync(join(repoRoot, 'node_modules'), join(to, 'node_modules'), 'dir');
}

function filesBelow(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesBelow(p));
    else out.push(p);
  }
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'sanad-vsix-'));
let server;
let browser;
let overall;
try {
  overall = setTimeout(() => {
    console.log(`  FAIL vsix.e2e.mjs: gave up after ${TOTAL_MS / 1000} s`);
    console.log(`e2e vsix.e2e.mjs: ${passed} passed, ${failed + 1} failed`);
    process.exit(1); // the harness's exit handler kills code-server's process group
  }, TOTAL_MS);

  const vsix = await step('npm run package builds sanad.vsix (in a temporary copy of the repo)', async () => {
    if (process.env.SANAD_VSIX) return resolve(process.env.SANAD_VSIX);
    const copy = join(tmp, 'repo');
    copyRepo(copy);
    await run('npm', ['run', 'package'], { cwd: copy, timeoutMs: Math.min(120_000, left()), env: { npm_config_update_notifier: 'false' } });
    const out = join(copy, 'sanad.vsix');
    assert.ok(existsSync(out), 'sanad.vsix was written');
    return out;
  });

  const extDir = join(tmp, 'extensions');
  const installed = await step('code-server --install-extension installs it into a fresh extensions folder', async () => {
    const size = statSync(vsix).size;
    assert.ok(size <= MAX_VSIX_BYTES, `the vsix is ${(size / 1e6).toFixed(1)} MB (at most 15 MB)`);
    mkdirSync(extDir, { recursive: true });
    const entry = ensureCodeServer();
    const out = await run(process.execPath, [entry, '--install-extension', vsix, '--extensions-dir', extDir, '--user-data-dir', join(tmp, 'install-ud')], {
      cwd: tmp,
      timeoutMs: Math.min(60_000, left()),
      env: { XDG_CONFIG_HOME: join(tmp, 'config'), XDG_DATA_HOME: join(tmp, 'data'), EXTENSIONS_GALLERY: '{}' },
    });
    const dir = readdirSync(extDir).find((d) => d.toLowerCase().startsWith(`${EXTENSION_ID}-`));
    assert.ok(dir, `no ${EXTENSION_ID}-* folder in the extensions folder; code-server said:\n${out}`);
    const root = join(extDir, dir);
    const files = filesBelow(root).map((f) => relative(root, f).split(sep).join('/'));
    // vsce stores README.md as readme.md, CHANGELOG.md as changelog.md and LICENSE as LICENSE.txt.
    const has = (re) => files.some((f) => re.test(f));
    for (const re of [/^package\.json$/, /^dist\/extension\.js$/, /^dist\/server\.js$/, /^dist\/cli\.js$/, /^readme\.md$/i, /^license(?:\.txt|\.md)?$/i, /^changelog\.md$/i, /^media\/icon\.png$/, /^data\/articles\/iraq-us-withdrawal\.txt$/, /^docs\/images\/hover\.png$/])
      assert.ok(has(re), `the package holds ${re} (it holds ${files.filter((f) => !f.startsWith('data/')).join(', ')})`);
    const stray = files.filter((f) => /^(?:client|server|test|scripts|node_modules|dist-test|\.cache)\//.test(f) || /\.(?:ts|map)$/.test(f));
    assert.deepEqual(stray, [], 'no sources, tests, maps or node_modules in the package');
    console.log(`       ${(size / 1e6).toFixed(2)} MB, ${files.length} files, installed as ${dir}`);
    return root;
  });

  await step('code-server without the development extension: the installed Sanad hovers واشنطن → Washington', async () => {
    const ws = join(tmp, 'workspace');
    mkdirSync(ws);
    copyFileSync(join(installed, 'data', 'articles', ARTICLE), join(ws, ARTICLE));
    server = await startCodeServer({ extensionsDir: extDir, startTimeoutMs: Math.min(90_000, left()) });
    browser = await launchBrowser();
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(workbenchUrl(server, { folder: ws }), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 60_000 });
    await openFile(page, ARTICLE);
    const text = await hoverWord(page, 'واشنطن', { expect: /Washington/, timeoutMs: Math.min(60_000, left()) });
    assert.match(text, /Washington/);
    // Not the development host: the title has no "[Extension Development Host]".
    assert.doesNotMatch(await page.title(), /Extension Development Host/);
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'vsix-hover.png') });
  });
} catch {
  // reported by step()
} finally {
  clearTimeout(overall);
  if (browser) await browser.close().catch(() => {});
  if (server) await server.stop();
  rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
}
console.log(`e2e vsix.e2e.mjs: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed ? 1 : 0);
