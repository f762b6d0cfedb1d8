// The server under bad input, over LSP: unknown documents, positions past the end, NUL bytes, lone
// surrogates, a 200,000-character line, hostile markdown/HTML/command links, rapid edits. Every
// answer is well-formed, every range lies inside its document, and the process stays up.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeLens, Hover, InlayHint, Location, SemanticTokens } from 'vscode-languageserver-protocol';
import { LEGEND } from '../../server/src/features/semanticTokens';
import { decodeTokens, LspClient, rangeInside } from './lspClient';

const ARABIC = 'وقال رئيس الوزراء العراقي محمد السوداني إن نحو 2500 جندي أمريكي سيغادرون بغداد في أيلول المقبل، بحسب مصادر رويترز. ';

const HOSTILE: Record<string, string> = {
  nul: ARABIC + '\u0000\u0000 بغداد \u0000' + ARABIC,
  loneSurrogates: '\ud800' + ARABIC + '\udfff بغداد \ud83d' + ARABIC + '😀\udc00',
  longLine: ARABIC.repeat(Math.ceil(200_000 / ARABIC.length)).slice(0, 200_000),
  markdown: `${ARABIC}\n[انقر هنا](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> <script>alert(1)</script> **عريض** # عنوان\n` +
    `وقال [محمد](command:evil) إن "الوضع" \`هادئ\` ${ARABIC}\n| جدول | x |\n---\n![صورة](http://evil.example/x.png) https://evil.example @user`,
  crlf: ARABIC.replace(/، /g, '،\r\n') + '\r\n\r\n' + ARABIC + '\r',
  bidi: '\u202e\u2067' + ARABIC + '\u200f\u061c' + ARABIC.replace(/ا/g, 'اـــ') + '\u2069',
  bom: '\ufeff' + ARABIC + '\n' + ARABIC,
};

/** Positions that probe the edges: start, middle, end, and far past the end. */
function probes(text: string) {
  const lines = text.split(/\r\n|\r|\n/);
  const last = lines.length - 1;
  return [
    { line: 0, character: 0 }, { line: 0, character: 5 }, { line: 0, character: 60 },
    { line: last, character: lines[last].length }, { line: last, character: lines[last].length + 10 },
    { line: last + 5, character: 0 }, { line: 1_000_000, character: 1_000_000_000 },
    { line: Math.floor(last / 2), character: Math.floor(lines[Math.floor(last / 2)].length / 2) },
  ];
}

function assertInertMarkdown(raw: string): void {
  // The one link a hover may carry is Sanad's own Wikidata link.
  const md = raw.replace(/\[Wikidata Q\d+\]\(https:\/\/www\.wikidata\.org\/wiki\/Q\d+\)/g, '');
  assert.doesNotMatch(md, /\]\(command:/);
  assert.doesNotMatch(md, /(?<!\\)\[[^\]\\]*(?<!\\)\]\(/);
  assert.doesNotMatch(md, /<(?!\/?(span|div)\b)[a-z!]/i);
}

describe('robustness over LSP', { timeout: 10_000 }, () => {
  let client: LspClient;
  before(async () => {
    ({ client } = await LspClient.start());
  });
  after(() => client.stop());

  test('unknown documents: every request answers empty, no error', async () => {
    const textDocument = { uri: 'file:///nowhere/never-opened.txt' };
    const position = { line: 3, character: 4 };
    const range = { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } };
    assert.equal(await client.request('textDocument/hover', { textDocument, position }), null);
    assert.deepEqual(await client.request('textDocument/definition', { textDocument, position }), []);
    assert.deepEqual(await client.request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } }), []);
    assert.deepEqual(await client.request('textDocument/documentHighlight', { textDocument, position }), []);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument }), []);
    assert.deepEqual(await client.request('textDocument/semanticTokens/full', { textDocument }), { data: [] });
    assert.deepEqual(await client.request('textDocument/semanticTokens/range', { textDocument, range }), { data: [] });
    assert.deepEqual(await client.request('textDocument/inlayHint', { textDocument, range }), []);
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument }), []);
    assert.ok(client.alive);
  });

  test('malformed parameters are answered, not fatal', async () => {
    const uri = 'file:///robust/malformed.txt';
    client.open(uri, ARABIC);
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position: { line: -1, character: -5 } }],
      ['textDocument/hover', { textDocument: { uri } }],
      ['textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 5, character: 0 }, end: { line: 0, character: 0 } } }],
      ['textDocument/semanticTokens/range', { textDocument: { uri }, range: null }],
      ['workspace/symbol', { query: null }],
    ] as const) {
      await client.request(method, params).catch(() => undefined);
    }
    assert.ok(client.alive);
    assert.ok(await client.request('textDocument/codeLens', { textDocument: { uri } }));
  });

  test('the server is still alive and answering', async () => {
    const r = await client.request('workspace/symbol', { query: 'بغداد' });
    assert.ok(Array.isArray(r));
    assert.ok(client.alive);
    assert.equal(client.stderr.join('').match(/uncaught|unhandled/i), null, client.stderr.join(''));
  });
});

for (const [name, text] of Object.entries(HOSTILE)) {
  describe(`hostile document (${name})`, { timeout: 10_000 }, () => {
    let client: LspClient;
    before(async () => {
      ({ client } = await LspClient.start());
    });
    after(() => client.stop());

    test('every answer inside the document, nothing rendered from its text, the server up', async () => {
      const uri = `file:///robust/${name}.txt`;
      client.open(uri, text);
      const textDocument = { uri };
      const inside = (r: Location['range'], what: string) => assert.ok(rangeInside(text, r), `${what}: ${JSON.stringify(r)}`);
      // The long line: fewer probes, each of them on the same 200,000 characters.
      for (const position of name === 'longLine' ? probes(text).slice(2, 6) : probes(text)) {
        const h = await client.request<Hover | null>('textDocument/hover', { textDocument, position });
        if (h) {
          if (h.range) inside(h.range, 'hover');
          assertInertMarkdown((h.contents as { value: string }).value);
        }
        for (const l of await client.request<Location[]>('textDocument/definition', { textDocument, position })) if (l.uri === uri) inside(l.range, 'definition');
        for (const l of await client.request<Location[]>('textDocument/references', { textDocument, position, context: { includeDeclaration: true } })) inside(l.range, 'references');
      }
      const lines = text.split(/\r\n|\r|\n/);
      const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument });
      for (const t of decodeTokens(tokens.data, LEGEND)) assert.ok(t.character + t.length <= lines[t.line].length && t.length > 0, JSON.stringify(t));
      const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument, range: { start: { line: 0, character: 0 }, end: { line: lines.length + 3, character: 0 } } });
      for (const hint of hints) inside({ start: hint.position, end: hint.position }, 'inlay hint');
      for (const lens of await client.request<CodeLens[]>('textDocument/codeLens', { textDocument })) {
        inside(lens.range, 'code lens');
        assert.doesNotMatch(lens.command?.title ?? '', /command:|<img|<script|\[/);
      }
      if (name !== 'nul') {
        const d = await client.waitForDiagnostics(uri, (p) => p.version === 1, 8000);
        for (const x of d.diagnostics) inside(x.range, 'diagnostic');
      }
      client.close(uri);
      assert.ok(client.alive, `the server survived ${name}`);
    });
  });
}

describe('diagnostics over edits', { timeout: 10_000 }, () => {
  let client: LspClient;
  before(async () => {
    ({ client } = await LspClient.start());
  });
  after(() => client.stop());

  test('diagnostics: debounced over rapid edits, for the last version, cleared on close', async () => {
    const uri = 'file:///robust/edits.txt';
    const base = 'ويوجد حالياً حوالي 2500 جندي أمريكي في العراق، وهناك 900 جندي في سوريا.\n';
    client.open(uri, base);
    for (let v = 2; v <= 6; v++) client.change(uri, base.repeat(v));
    const d = await client.waitForDiagnostics(uri, (p) => p.version === 6);
    const all = client.diagnostics.get(uri)!;
    assert.ok(all.length <= 2, `${all.length} publications for 6 quick versions`);
    for (const x of d.diagnostics) assert.ok(rangeInside(base.repeat(6), x.range));
    // Shrinking the document must not leave diagnostics beyond its new end.
    client.change(uri, 'بغداد');
    const shrunk = await client.waitForDiagnostics(uri, (p) => p.version === 7);
    for (const x of shrunk.diagnostics) assert.ok(rangeInside('بغداد', x.range));
    client.close(uri);
    const cleared = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0 && p.version === undefined);
    assert.deepEqual(cleared.diagnostics, []);
  });

  test('non-Arabic documents are not read', async () => {
    const uri = 'file:///robust/english.txt';
    client.open(uri, 'The quick brown fox jumps over 2500 lazy dogs in September 2024.');
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri } }), []);
    const d = await client.waitForDiagnostics(uri);
    assert.deepEqual(d.diagnostics, []);
    client.close(uri);
  });
});

describe('settings switch each visual feature off', { timeout: 10_000 }, () => {
  let client: LspClient;
  before(async () => {
    ({ client } = await LspClient.start({
      settings: {
        hover: { enabled: false }, inlayHints: { enabled: false }, semanticHighlighting: { enabled: false },
        codeLens: { enabled: false }, diagnostics: { unattributedFigures: false, anonymousOnly: false },
      },
    }));
  });
  after(() => client.stop());

  test('no hover, hints, tokens, lenses or diagnostics', async () => {
    const uri = 'file:///settings/off.txt';
    client.open(uri, ARABIC + '\nويوجد 900 جندي في سوريا.');
    const textDocument = { uri };
    const d = await client.waitForDiagnostics(uri);
    assert.deepEqual(d.diagnostics, []);
    assert.equal(await client.request('textDocument/hover', { textDocument, position: { line: 0, character: 50 } }), null);
    assert.deepEqual(await client.request('textDocument/inlayHint', { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } } }), []);
    assert.deepEqual(await client.request('textDocument/semanticTokens/full', { textDocument }), { data: [] });
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument }), []);
  });
});
