// Runs the extension-host suites (dist-test/integration) in a real VS Code: code-server with
// headless Chromium (see scripts/vscode-harness.mjs). Builds nothing: run `node esbuild.mjs` first.
// The workspace is a temporary copy of data/articles, so tests may edit files freely.
// Prints the suites' lines and ends with `integration: N passed, N failed`; exit 0 only when all passed.
// Usage: node scripts/run-integration.mjs [--grep PATTERN]
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runExtensionTests } from './vscode-harness.mjs';

const testsPath = join(repoRoot, 'dist-test', 'integration', 'index.js');
const grepAt = process.argv.indexOf('--grep');
if (grepAt > 0) process.env.SANAD_TEST_GREP = process.argv[grepAt + 1]; // inherited by the extension host

if (!existsSync(testsPath) || !existsSync(join(repoRoot, 'dist', 'extension.js'))) {
  console.log('integration: not built (dist/extension.js or dist-test/integration/index.js missing); run `node esbuild.mjs`');
  console.log('integration: 0 passed, 1 failed');
  process.exit(1);
}

const started = Date.now();
const workspace = mkdtempSync(join(tmpdir(), 'sanad-ws-'));
cpSync(join(repoRoot, 'data', 'articles'), workspace, { recursive: true });
let summary = null;
let code;
try {
  code = await runExtensionTests({
    workspace,
    testsPath,
    extensionPath: repoRoot,
    timeoutMs: Number(process.env.SANAD_INTEGRATION_TIMEOUT_MS) || 300_000,
    onLog: (line, type) => {
      const m = /^integration: (\d+) passed, (\d+) failed/m.exec(line);
      if (m) {
        summary = { passed: Number(m[1]), failed: Number(m[2]) };
        return; // printed once below, as the last line
      }
      console.log(line); // one stream, so the order stays as it happened
    },
  });
} catch (e) {
  console.log(`integration: could not run: ${e.stack ?? e}`);
  code = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}

const secs = ((Date.now() - started) / 1000).toFixed(1);
if (!summary) {
  console.log(`integration: the suites reported no summary (exit code ${code}) after ${secs} s`);
  summary = { passed: 0, failed: 1 };
} else if (code !== 0 && summary.failed === 0) {
  console.log(`integration: exit code ${code} although no test failed (run() rejected?)`);
  summary.failed = 1;
}
console.log(`integration took ${secs} s`);
console.log(`integration: ${summary.passed} passed, ${summary.failed} failed`);
process.exit(code === 0 && summary.failed === 0 ? 0 : 1);
