// Runs the UI tests (test/e2e/*.e2e.mjs) in a real VS Code: code-server with headless
// Chromium, the extension loaded for development. Builds nothing: run `node esbuild.mjs` first.
//
// Each file runs in a process of its own, bounded by a timeout. Two kinds of file:
//  - a module that exports `tests = [{ name, run({ page, workspace, screenshot, url }) }]`: run
//    here, its tests sharing one workbench (workspace: a temporary copy of data/articles), in order;
//  - a script that drives everything itself and prints a closing `… N passed, N failed` line.
// Screenshots go to test-results/screenshots/ (a failing test leaves one there too).
// Ends with `e2e: N passed, N failed`.
// Usage: node scripts/run-e2e.mjs [--grep PATTERN]
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openWorkbench, repoRoot } from './vscode-harness.mjs';

const TEST_TIMEOUT_MS = Number(process.env.SANAD_E2E_TEST_TIMEOUT_MS) || 120_000;
const FILE_TIMEOUT_MS = Number(process.env.SANAD_E2E_FILE_TIMEOUT_MS) || 600_000;
const e2eDir = join(repoRoot, 'test', 'e2e');
const shotsDir = join(repoRoot, 'test-results', 'screenshots');
const argAfter = (flag) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const grepArg = argAfter('--grep');
const SUMMARY = /(\d+) passed, (\d+) failed/;

const slug = (s) => s.replace(/[^\w.-]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'test';

function timeout(ms, what) {
  let timer;
  const p = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s: ${what}`)), ms);
  });
  return { p, cancel: () => clearTimeout(timer) };
}

/** Runs the `tests` of one module in one workbench; prints a line per test and a summary. */
async function runModule(file) {
  const grep = grepArg ? new RegExp(grepArg) : null;
  let passed = 0;
  let failed = 0;
  const { tests: all } = await import(pathToFileURL(file).href);
  if (!Array.isArray(all)) throw new Error(`${basename(file)} exports no \`tests\` array`);
  const tests = all.filter((t) => !grep || grep.test(t.name));
  if (tests.length) {
    mkdirSync(shotsDir, { recursive: true });
    const workspace = mkdtempSync(join(tmpdir(), 'sanad-e2e-ws-'));
    cpSync(join(repoRoot, 'data', 'articles'), workspace, { recursive: true });
    let wb;
    try {
      wb = await openWorkbench(workspace);
      for (const t of tests) {
        const t0 = Date.now();
        const screenshot = async (name) => {
          const path = join(shotsDir, name);
          await wb.page.screenshot({ path });
          return path;
        };
        const limit = timeout(TEST_TIMEOUT_MS, t.name);
        try {
          await Promise.race([t.run({ page: wb.page, workspace, screenshot, url: wb.url }), limit.p]);
          passed++;
          console.log(`  ok   ${t.name} (${Date.now() - t0} ms)`);
        } catch (e) {
          failed++;
          const shot = await screenshot(`failure-${slug(basename(file, '.e2e.mjs'))}-${slug(t.name)}.png`).catch(() => null);
          console.log(`  FAIL ${t.name} (${Date.now() - t0} ms)\n       ${String(e?.stack ?? e).split('\n').join('\n       ')}`);
          if (shot) console.log(`       screenshot: ${shot.slice(repoRoot.length + 1)}`);
        } finally {
          limit.cancel();
        }
      }
    } catch (e) {
      failed = tests.length - passed;
      console.log(`  FAIL could not open the workbench: ${e?.stack ?? e}`);
    } finally {
      await wb?.close();
      rmSync(workspace, { recursive: true, force: true });
    }
  }
  console.log(`e2e ${basename(file)}: ${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

/** Runs one file in a child process; resolves to its counts, read from its last summary line. */
function runFile(file) {
  const selfRunning = !/export\s+(const|let|var)\s+tests\b/.test(readFileSync(file, 'utf8'));
  const args = selfRunning ? [file] : [fileURLToPath(import.meta.url), '--child', file];
  if (grepArg && !selfRunning) args.push('--grep', grepArg);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let last = null;
    let buffered = '';
    const onData = (chunk) => {
      process.stdout.write(chunk);
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const l of lines) {
        const m = SUMMARY.exec(l);
        if (m) last = { passed: Number(m[1]), failed: Number(m[2]) };
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.log(`  FAIL ${basename(file)}: timed out after ${FILE_TIMEOUT_MS / 1000} s`);
      child.kill('SIGTERM'); // the harness's handlers stop code-server and Chromium
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    }, FILE_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      const m = SUMMARY.exec(buffered);
      if (m) last = { passed: Number(m[1]), failed: Number(m[2]) };
      const counts = last ?? { passed: 0, failed: 0 };
      if (timedOut || (code !== 0 && counts.failed === 0)) {
        if (!timedOut) console.log(`  FAIL ${basename(file)}: exited with code ${code}${last ? '' : ' without a summary line'}`);
        counts.failed += 1;
      } else if (!last) {
        console.log(`  FAIL ${basename(file)}: printed no "N passed, N failed" line`);
        counts.failed += 1;
      }
      resolve(counts);
    });
  });
}

async function main() {
  if (!existsSync(join(repoRoot, 'dist', 'extension.js'))) {
    console.log('e2e: not built (dist/extension.js missing); run `node esbuild.mjs`');
    console.log('e2e: 0 passed, 1 failed');
    return 1;
  }
  const started = Date.now();
  const files = existsSync(e2eDir) ? readdirSync(e2eDir).filter((f) => f.endsWith('.e2e.mjs')).sort() : [];
  let passed = 0;
  let failed = 0;
  if (!files.length) {
    console.log('e2e: no test/e2e/*.e2e.mjs files');
    failed++;
  }
  for (const f of files) {
    // --grep filters the tests of a module, and self-running scripts by their file name.
    const selfRunning = !/export\s+(const|let|var)\s+tests\b/.test(readFileSync(join(e2eDir, f), 'utf8'));
    if (grepArg && selfRunning && !new RegExp(grepArg).test(f)) continue;
    console.log(f);
    const c = await runFile(join(e2eDir, f));
    passed += c.passed;
    failed += c.failed;
  }
  console.log(`e2e took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

const child = argAfter('--child');
process.exitCode = child
  ? await runModule(child).catch((e) => {
      console.log(`  FAIL ${basename(child)}: ${e?.stack ?? e}\ne2e ${basename(child)}: 0 passed, 1 failed`);
      return 1;
    })
  : await main();
