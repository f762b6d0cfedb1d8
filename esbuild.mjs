// Bundles: client (node, cjs, 'vscode' external), server (node), cli (node), webview (browser),
// and the test suites (node:test units, LSP tests, extension-host suites) into dist-test/.
// Usage: node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { readdirSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

process.chdir(dirname(fileURLToPath(import.meta.url))); // paths below are relative to the repo

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

// Test bundles are rebuilt whole: a test whose source was deleted must not keep running from a stale bundle.
if (!watch) rmSync('dist-test', { recursive: true, force: true });

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  target: 'node20',
};

/** Every *.ts file below `dir` whose name passes `keep`. */
function filesBelow(dir, keep) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesBelow(p, keep));
    else if (e.name.endsWith('.ts') && keep(e.name)) out.push(p);
  }
  return out;
}

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', platform: 'node', format: 'cjs' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['client/src/webview/main.ts'], outfile: 'dist/webview/main.js', platform: 'browser', format: 'iife', target: 'es2022' },
];
if (!production) {
  const tests = [
    ...filesBelow('test/unit', (n) => n.endsWith('.test.ts')),
    ...filesBelow('test/server', (n) => n.endsWith('.test.ts')),
  ];
  if (tests.length) builds.push({ ...common, entryPoints: tests, outdir: 'dist-test', outbase: 'test', platform: 'node', format: 'cjs' });
  const suites = filesBelow('test/integration', () => true);
  if (suites.length) builds.push({ ...common, entryPoints: suites, outdir: 'dist-test/integration', outbase: 'test/integration', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] });
  const scripts = filesBelow('scripts', (n) => n.endsWith('.ts'));
  if (scripts.length) builds.push({ ...common, entryPoints: scripts, outdir: 'dist-scripts', outbase: 'scripts', platform: 'node', format: 'cjs' });
  const bench = filesBelow('test/bench', (n) => n.endsWith('.ts'));
  if (bench.length) builds.push({ ...common, entryPoints: bench, outdir: 'dist-test/bench', outbase: 'test/bench', platform: 'node', format: 'cjs' });
}

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
  console.log('[watch] building…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
