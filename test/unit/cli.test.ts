// The command-line tool, run as a user runs it: `node dist/cli.js …` (built by esbuild first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const article = join(root, 'data', 'articles', 'iraq-us-withdrawal.txt');

function sanad(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('analyze --json prints the analysis with the requested document date', () => {
  const r = sanad('analyze', article, '--json', '--dct', '2024-07-25');
  assert.equal(r.code, 0, r.err);
  const a = JSON.parse(r.out);
  assert.equal(a.dct.value, '2024-07-25');
  for (const key of ['mentions', 'entities', 'figures', 'times', 'attributions', 'events']) assert.ok(Array.isArray(a[key]), key);
});

test('analyze in every format', () => {
  for (const format of ['json', 'text', 'webanno', 'brat', 'conll']) {
    const r = sanad('analyze', article, '--format', format, '--dct', '2024-07-25');
    assert.equal(r.code, 0, `${format}: ${r.err}`);
    assert.ok(r.out.length > 0, `${format} printed something`);
  }
  const webanno = JSON.parse(sanad('analyze', article, '--format', 'webanno').out);
  assert.equal(webanno['@context'], 'http://www.w3.org/ns/anno.jsonld');
});

test('errors are clear and exit non-zero', () => {
  const missing = sanad('analyze', join(root, 'no-such-file.txt'));
  assert.equal(missing.code, 1);
  assert.match(missing.err, /no such file/);
  const badDate = sanad('analyze', article, '--dct', '2024-13-40');
  assert.equal(badDate.code, 2);
  assert.match(badDate.err, /YYYY-MM-DD/);
  const badFormat = sanad('analyze', article, '--format', 'xml');
  assert.equal(badFormat.code, 2);
  assert.match(badFormat.err, /unknown format "xml"/);
  const badCommand = sanad('summarize', article);
  assert.equal(badCommand.code, 2);
  assert.match(badCommand.err, /unknown command/);
  assert.equal(sanad().code, 2);
});

test('tag-conll keeps every line and adds one IOB2 column', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sanad-cli-'));
  const file = join(dir, 'in.conll');
  const input = ['قال O', 'الرئيس O', 'الأمريكي O', 'جو B-PERS', 'بايدن I-PERS', 'في O', 'واشنطن B-LOC', '', 'وصل O', 'إلى O', 'بغداد B-LOC', '.', ''].join('\n');
  writeFileSync(file, input);
  const r = sanad('tag-conll', file);
  assert.equal(r.code, 0, r.err);
  const inLines = input.split('\n');
  const outLines = r.out.split('\n');
  assert.equal(outLines.length, inLines.length);
  outLines.forEach((line, i) => {
    if (inLines[i] === '') assert.equal(line, '', `blank line ${i} kept`);
    else {
      assert.ok(line.startsWith(inLines[i]), `line ${i} keeps its columns`);
      assert.match(line.split(/\s+/).at(-1)!, /^(O|[BI]-(PERS|LOC|ORG|MISC))$/);
    }
  });
});

test('timeline in every format, chronological, with TimelineJS dates', () => {
  const json = sanad('timeline', article, '--dct', '2024-07-25');
  assert.equal(json.code, 0, json.err);
  const result = JSON.parse(json.out);
  assert.ok(Array.isArray(result.events));
  const starts = result.events.map((e: { start: string }) => e.start);
  assert.deepEqual(starts, [...starts].sort(), 'sorted by start');
  const md = sanad('timeline', article, '--format', 'markdown', '--dct', '2024-07-25');
  assert.equal(md.code, 0, md.err);
  assert.match(md.out, /^# Timeline/);
  const tj = sanad('timeline', article, '--format', 'timelinejs', '--dct', '2024-07-25');
  assert.equal(tj.code, 0, tj.err);
  const tl = JSON.parse(tj.out);
  assert.equal(tl.events.length, result.events.length);
  for (const e of tl.events) {
    assert.equal(typeof e.start_date.year, 'number');
    assert.ok(!/<script/i.test(e.text.text), 'article text is escaped');
  }
  assert.equal(sanad('timeline', article, '--format', 'brat').code, 2);
});
