// `npm run test:electron`: the same extension-host suites as the integration layer
// (dist-test/integration/index.js), run in desktop VS Code through @vscode/test-electron.
// It downloads VS Code into .vscode-test/, so it needs internet: use it on a laptop or a CI with
// internet (on Linux without a display, run it under `xvfb-run -a`). The machines without
// internet run the same suites in code-server instead: `npm run test:integration`.
//
// Usage: node scripts/run-electron.mjs [--vscode stable|insiders|X.Y.Z] [--min] [--grep PATTERN]
//   --min   also run on the lowest VS Code the extension supports (engines.vscode)
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argAfter = (flag) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const extensionTestsPath = join(repoRoot, 'dist-test', 'integration', 'index.js');
if (!existsSync(extensionTestsPath) || !existsSync(join(repoRoot, 'dist', 'extension.js'))) {
  console.error('test:electron: not built; run `node esbuild.mjs` first');
  process.exit(1);
}

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const lowest = String(pkg.engines.vscode).replace(/^[\^~>=\s]+/, '');
const versions = [argAfter('--vscode') ?? 'stable'];
if (process.argv.includes('--min') && !versions.includes(lowest)) versions.unshift(lowest);

let failures = 0;
for (const version of versions) {
  const workspace = mkdtempSync(join(tmpdir(), 'sanad-ws-'));
  cpSync(join(repoRoot, 'data', 'articles'), workspace, { recursive: true });
  console.log(`test:electron: VS Code ${version}`);
  try {
    const code = await runTests({
      version,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust'],
      extensionTestsEnv: argAfter('--grep') ? { SANAD_TEST_GREP: argAfter('--grep') } : {},
    });
    if (code !== 0) failures++;
  } catch (e) {
    console.error(`test:electron: VS Code ${version} failed: ${e?.message ?? e}`);
    failures++;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}
process.exit(failures ? 1 : 0);
