// Entry of the extension-host suites: VS Code (desktop through @vscode/test-electron, or
// code-server through scripts/vscode-harness.mjs) loads this module as `extensionTestsPath`
// and awaits `run()`. It runs every `*.test.js` next to it in suite/ with Mocha.
//
// Output is plain console lines (the harness forwards the extension host's console): one line
// per test, then `integration: N passed, N failed`, which scripts/test-all.mjs reads.
// SANAD_TEST_GREP (in the environment of VS Code / code-server) narrows the run to matching tests.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One line per test, failures with their error, and a summary line at the end. */
class LineReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    let passed = 0;
    let failed = 0;
    let pending = 0;
    runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, (t) => {
      passed++;
      console.log(`  ok   ${t.fullTitle()} (${t.duration ?? 0} ms)`);
    });
    runner.on(Mocha.Runner.constants.EVENT_TEST_PENDING, (t) => {
      pending++;
      console.log(`  skip ${t.fullTitle()}`);
    });
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (t, err) => {
      failed++;
      console.log(`  FAIL ${t.fullTitle()}\n${indent(err?.stack ?? String(err))}`);
    });
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      console.log(`integration: ${passed} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
    });
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `       ${l}`)
    .join('\n');
}

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...testFiles(p));
    else if (e.name.endsWith('.test.js')) out.push(p);
  }
  return out.sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    timeout: 60_000,
    reporter: LineReporter as unknown as string,
    grep: process.env.SANAD_TEST_GREP || undefined,
  });
  const files = testFiles(join(__dirname, 'suite'));
  for (const f of files) mocha.addFile(f);
  return new Promise((resolve, reject) => {
    if (!files.length) {
      console.log('integration: 0 passed, 1 failed (no *.test.js in suite/ — built?)');
      reject(new Error('no integration test files'));
      return;
    }
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
    } catch (e) {
      console.error(e);
      reject(e);
    }
  });
}
