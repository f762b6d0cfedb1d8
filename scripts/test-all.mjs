// `npm test`: builds, type-checks, then runs every layer of tests in order —
//   unit (node:test on the analysis core), server (node:test, LSP over stdio),
//   integration (extension-host suites in a real VS Code), e2e (the UI, as a person uses it)
// — prints each layer's counts and ends with exactly one line `N passed, N failed` summed over
// all layers. Exits non-zero when anything failed or could not run; a layer that could not run
// counts as one failure, with the reason. Each layer is bounded by a timeout.
//
// Usage: node scripts/test-all.mjs [--only unit,server,...] [--skip integration,e2e]
//   layer names: types, unit, server, integration, e2e
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot } from './setup-code-server.mjs';

const MIN = 60_000;
const argList = (flag) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1].split(',').map((s) => s.trim()) : null;
};
const only = argList('--only');
const skip = argList('--skip') ?? [];
const wanted = (name) => (!only || only.includes(name)) && !skip.includes(name);

/**
 * Runs a command in its own process group, streaming its output; resolves to
 * { code, output, timedOut }. On timeout the whole group is killed.
 */
function run(cmd, args, { timeoutMs, env = {} }) {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(cmd, args, { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    } catch (e) {
      resolve({ code: 127, output: String(e), timedOut: false });
      return;
    }
    let output = '';
    const onData = (chunk) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    let timedOut = false;
    const killGroup = (sig) => {
      try {
        process.kill(-child.pid, sig);
      } catch {
        /* gone */
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      console.log(`\n[test-all] ${cmd} ${args.join(' ')}: timed out after ${timeoutMs / MIN} min, stopping it`);
      killGroup('SIGTERM'); // lets the VS Code harness stop code-server and Chromium
      setTimeout(() => killGroup('SIGKILL'), 15_000).unref();
    }, timeoutMs);
    const stopOnExit = () => killGroup('SIGKILL');
    process.on('exit', stopOnExit);
    child.on('error', (e) => {
      output += String(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      process.off('exit', stopOnExit);
      resolve({ code: code ?? (signal ? 128 : 1), output, timedOut });
    });
  });
}

function filesBelow(dir, suffix) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesBelow(p, suffix));
    else if (e.name.endsWith(suffix)) out.push(p);
  }
  return out.sort();
}

const layers = [];
/** Records a layer's result; `note` says why when it could not run or the counts disagree. */
function record(name, passed, failed, seconds, note = '') {
  layers.push({ name, passed, failed, seconds, note });
  console.log(`\n[test-all] ${name}: ${passed} passed, ${failed} failed (${seconds.toFixed(1)} s)${note ? ` — ${note}` : ''}\n`);
}
const header = (name) => console.log(`\n[test-all] ===== ${name} =====`);
const since = (t) => (Date.now() - t) / 1000;

/** A node:test layer: spec output to the console, TAP to a file whose `# pass`/`# fail` we read. */
async function nodeTestLayer(name, dir) {
  header(name);
  const t0 = Date.now();
  const files = filesBelow(join(repoRoot, dir), '.test.js');
  if (!files.length) return record(name, 0, 1, since(t0), `could not run: no *.test.js in ${dir} (built?)`);
  const tmp = mkdtempSync(join(tmpdir(), 'sanad-test-'));
  const tap = join(tmp, 'report.tap');
  const r = await run(
    process.execPath,
    [
      '--test',
      '--test-timeout=120000',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=tap', `--test-reporter-destination=${tap}`,
      ...files.map((f) => relative(repoRoot, f)),
    ],
    { timeoutMs: 10 * MIN },
  );
  const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  rmSync(tmp, { recursive: true, force: true });
  const count = (key) => {
    const all = [...report.matchAll(new RegExp(`^# ${key} (\\d+)$`, 'gm'))];
    return all.length ? Number(all.at(-1)[1]) : null;
  };
  const pass = count('pass');
  const fail = count('fail');
  const cancelled = count('cancelled') ?? 0;
  if (pass === null || fail === null) return record(name, 0, 1, since(t0), `could not read the summary (exit code ${r.code}${r.timedOut ? ', timed out' : ''})`);
  let failed = fail + cancelled;
  let note = cancelled ? `${cancelled} cancelled` : '';
  if (r.timedOut) (failed += 1), (note = 'timed out');
  else if (r.code !== 0 && failed === 0) (failed = 1), (note = `exit code ${r.code} with no failing test`);
  const skipped = count('skipped');
  if (skipped) note = [note, `${skipped} skipped`].filter(Boolean).join(', ');
  return record(name, pass, failed, since(t0), note);
}

/** A layer run by one of our scripts, which ends with `<label>: N passed, N failed`. */
async function scriptLayer(name, script, timeoutMs) {
  header(name);
  const t0 = Date.now();
  const r = await run(process.execPath, [script], { timeoutMs });
  const all = [...r.output.matchAll(new RegExp(`^${name}: (\\d+) passed, (\\d+) failed`, 'gm'))];
  if (!all.length) return record(name, 0, 1, since(t0), `could not run or printed no summary (exit code ${r.code}${r.timedOut ? ', timed out' : ''})`);
  const m = all.at(-1);
  let failed = Number(m[2]);
  let note = '';
  if (r.timedOut) (failed += 1), (note = 'timed out');
  else if (r.code !== 0 && failed === 0) (failed = 1), (note = `exit code ${r.code} with no failing test`);
  return record(name, Number(m[1]), failed, since(t0), note);
}

const started = Date.now();
header('build');
const build = await run(process.execPath, ['esbuild.mjs'], { timeoutMs: 5 * MIN });
if (build.code !== 0) {
  record('build', 0, 1, since(started), 'node esbuild.mjs failed: no layer can run');
} else {
  if (wanted('types')) {
    header('types');
    const t0 = Date.now();
    const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = await run(process.execPath, [tsc, '--noEmit', '-p', '.'], { timeoutMs: 5 * MIN });
    const errors = (r.output.match(/error TS\d+/g) ?? []).length;
    if (r.code === 0) record('types', 1, 0, since(t0), 'tsc --noEmit: no errors');
    else record('types', 0, 1, since(t0), `tsc --noEmit: ${errors || 'some'} error(s)${r.timedOut ? ', timed out' : ''}`);
  }
  if (wanted('unit')) await nodeTestLayer('unit', 'dist-test/unit');
  if (wanted('server')) await nodeTestLayer('server', 'dist-test/server');
  if (wanted('integration')) await scriptLayer('integration', 'scripts/run-integration.mjs', 10 * MIN);
  if (wanted('e2e')) await scriptLayer('e2e', 'scripts/run-e2e.mjs', 15 * MIN);
}

const passed = layers.reduce((n, l) => n + l.passed, 0);
const failed = layers.reduce((n, l) => n + l.failed, 0);
console.log('\n[test-all] summary');
for (const l of layers) {
  console.log(`  ${l.name.padEnd(12)} ${String(l.passed).padStart(4)} passed ${String(l.failed).padStart(4)} failed  ${l.seconds.toFixed(1).padStart(6)} s${l.note ? `  ${l.note}` : ''}`);
}
console.log(`  total time ${since(started).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
