// `npm start`: builds the extension and opens the sample articles with it.
//  - With a desktop VS Code (`code` on PATH): code --extensionDevelopmentPath=<repo> <repo>/data/articles
//  - Otherwise: VS Code in the browser (code-server, set up on first use into .cache/code-server/),
//    bound to 127.0.0.1 only, with a fresh user-data-dir; prints the URL to open and serves until Ctrl+C.
//    The extension is linked into code-server's extensions folder, so the plain URL works, reloads
//    keep it, and after `npm run build` a "Developer: Reload Window" picks up the new build.
//
// Options: --code-server   use code-server even when `code` exists
//          --payload       load the extension through the URL's payload (extensionDevelopmentPath)
//                          instead of linking it into the extensions folder
// Environment: SANAD_PORT  port for code-server (default: the first free one from 8080)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, hasCodeCli, repoRoot, startCodeServer, workbenchUrl } from './vscode-harness.mjs';

const articles = join(repoRoot, 'data', 'articles');
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const extensionFolderName = `${pkg.publisher}.${pkg.name}-${pkg.version}`;

console.log('[start] building (node esbuild.mjs)…');
const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('[start] the build failed; fix the errors above and run npm start again.');
  process.exit(1);
}

if (hasCodeCli() && !process.argv.includes('--code-server')) {
  console.log(`[start] code --extensionDevelopmentPath=${repoRoot} ${articles}`);
  const code = spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, articles], { stdio: 'inherit' });
  code.on('exit', (c) => process.exit(c ?? 0));
} else {
  const usePayload = process.argv.includes('--payload');
  const requested = Number(process.env.SANAD_PORT);
  const port = Number.isInteger(requested) && requested > 0 ? requested : await freePort(8080);
  // Ctrl+C: exit cleanly; the harness's exit hook stops code-server and removes its temp dirs.
  let extensionsDir;
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      console.log('\n[start] stopping code-server');
      if (extensionsDir) rmSync(extensionsDir, { recursive: true, force: true });
      process.exit(0);
    });
  }
  if (!usePayload) {
    extensionsDir = mkdtempSync(join(tmpdir(), 'sanad-extensions-'));
    symlinkSync(repoRoot, join(extensionsDir, extensionFolderName), 'dir');
  }
  console.log(`[start] starting code-server on 127.0.0.1:${port} (first run installs it, about 2 minutes)…`);
  let server;
  try {
    server = await startCodeServer({ port, extensionsDir });
  } catch (e) {
    console.error(`[start] could not start code-server: ${e.message}`);
    if (extensionsDir) rmSync(extensionsDir, { recursive: true, force: true });
    process.exit(1);
  }
  const url = workbenchUrl(server, { folder: articles, extensionDevelopmentPath: usePayload ? repoRoot : undefined });
  console.log('');
  console.log('  Sanad is running in VS Code in the browser. Open:');
  console.log('');
  console.log(`    ${url}`);
  console.log('');
  console.log('  Open iraq-us-withdrawal.txt and rest the mouse on a name (بغداد, واشنطن).');
  console.log(`  code-server log: ${server.logFile}`);
  console.log('  Press Ctrl+C to stop.');
  // Stay up until code-server ends or Ctrl+C.
  server.process.on('exit', (code) => {
    console.error(`[start] code-server exited (${code}); last lines of its log:\n${server.logTail(20)}`);
    if (extensionsDir) rmSync(extensionsDir, { recursive: true, force: true });
    process.exit(1);
  });
}
