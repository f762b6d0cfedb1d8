// The handshake: the server starts over stdio, answers `initialize` with every capability Sanad
// offers (the semantic-token legend matching package.json), and shuts down cleanly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LspClient, ROOT } from './lspClient';

test('initialize: capabilities and semantic-token legend', { timeout: 10_000 }, async () => {
  const { client, init } = await LspClient.start();
  try {
    const c = init.capabilities;
    assert.equal(init.serverInfo?.name, 'sanad');
    assert.ok(c.hoverProvider);
    assert.ok(c.definitionProvider);
    assert.ok(c.referencesProvider);
    assert.ok(c.documentHighlightProvider);
    assert.ok(c.documentSymbolProvider);
    assert.ok(c.workspaceSymbolProvider);
    assert.ok(c.inlayHintProvider);
    assert.ok(c.codeLensProvider);
    const st = c.semanticTokensProvider;
    assert.ok(st && 'legend' in st, 'semantic tokens provider with a legend');
    assert.deepEqual(st.legend.tokenTypes, ['person', 'organization', 'place', 'figure', 'date', 'source']);
    assert.ok(st.full);
    assert.ok(st.range);

    // The manifest declares the same custom types (with super types) and modifiers, and scopes for each.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const declared = pkg.contributes.semanticTokenTypes as Array<{ id: string; superType?: string; description: string }>;
    for (const type of st.legend.tokenTypes) {
      const d = declared.find((x) => x.id === type);
      assert.ok(d, `package.json declares semantic token type ${type}`);
      assert.ok(d.superType, `${type} has a superType`);
    }
    const modifiers = (pkg.contributes.semanticTokenModifiers as Array<{ id: string }>).map((m) => m.id);
    for (const m of st.legend.tokenModifiers) assert.ok(modifiers.includes(m), `package.json declares modifier ${m}`);
    const scopes = pkg.contributes.semanticTokenScopes as Array<{ scopes: Record<string, string[]> }>;
    for (const type of st.legend.tokenTypes) {
      assert.ok(scopes.some((s) => s.scopes[type]?.length), `semanticTokenScopes maps ${type}`);
    }

    await client.request('shutdown', null);
    client.notify('exit', null);
    const deadline = Date.now() + 3000;
    while (client.alive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(client.alive, false, 'the server exits after shutdown/exit');
  } finally {
    await client.stop();
  }
});
