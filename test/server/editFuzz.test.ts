// Random edit sequences over LSP (incremental sync): the server stays up, every answer's ranges
// lie inside the document, and after the edits its analysis equals a fresh analysis of the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hover } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/analysis/analyze';
import { LspClient, positionAt, rangeInside, ROOT } from './lspClient';
import { randomEdit, rng } from '../support/random';

const SEQUENCES = 4;
const EDITS_PER_SEQUENCE = 60;

test(`${SEQUENCES} sequences of ${EDITS_PER_SEQUENCE} random incremental edits`, async () => {
  const article = readFileSync(join(ROOT, 'data', 'articles', 'iraq-us-withdrawal.txt'), 'utf8');
  const next = rng(1446);
  const { client } = await LspClient.start();
  let requests = 0;
  try {
    for (let s = 0; s < SEQUENCES; s++) {
      const uri = `file:///fuzz/edits-${s}.txt`;
      let text = article;
      let version = 1;
      client.open(uri, text);
      for (let e = 0; e < EDITS_PER_SEQUENCE; e++) {
        const edit = randomEdit(next, text);
        // LSP positions cannot point between the \r and \n of a CRLF: such an offset is one position.
        const atLineBreak = (o: number) => (text[o - 1] === '\r' && text[o] === '\n' ? o - 1 : o);
        edit.start = atLineBreak(edit.start);
        edit.end = Math.max(edit.start, atLineBreak(edit.end));
        const range = { start: positionAt(text, edit.start), end: positionAt(text, edit.end) };
        text = text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
        client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: edit.insert }] });
        if (e % 5 === 0) {
          const position = positionAt(text, Math.floor(next() * (text.length + 1)));
          const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
          requests++;
          if (h?.range) assert.ok(rangeInside(text, h.range), `hover range inside after edit ${e}`);
        }
      }
      const exported = await client.request<{ content: string } | null>('sanad/export', { textDocument: { uri }, format: 'json' });
      requests++;
      assert.ok(exported, 'the edited article is still read');
      const fresh = analyze(text);
      assert.deepEqual(JSON.parse(exported.content), JSON.parse(JSON.stringify(fresh)), `sequence ${s}: incremental equals fresh`);
      client.close(uri);
    }
    assert.ok(client.alive, 'the server is still up');
    assert.ok(requests >= SEQUENCES * 13);
  } finally {
    await client.stop();
  }
});
