// The timeline view in a real VS Code: it resolves, says 'ready', receives the active article's
// events in time, follows the active editor, refreshes on edits, reveals a clause on a card's
// message, rejects forged messages, and exports. What the webview shows is checked in the e2e
// test (test/e2e/timeline.e2e.mjs); here the view is seen through `sanad.timeline.debugState`.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as vscode from 'vscode';
import { ARTICLE, openArticle, poller, sanadExtension, setDocumentDate } from './helpers';
import type { TimelineDebugState } from '../../../client/src/timelineView';
import type { TimelineResult } from '../../../server/src/protocol';

/** The "done when": on the sample article with DCT 2024-07-25, these in this order (among others). */
const STORY = ['2014', '2020-01', '2021', '2024-01', '2024-09', '2025-FA'];

const until = poller(30_000, 200);

const debugState = () => vscode.commands.executeCommand<TimelineDebugState>('sanad.timeline.debugState');

/** The timeline the view last posted for `doc` (at its current version), once it has posted it. */
function postedTimeline(doc: vscode.TextDocument, what = `the timeline of ${path.basename(doc.uri.path)}`): Promise<TimelineResult> {
  return until(what, async () => {
    const s = await debugState();
    const m = s?.lastPosted;
    return m?.type === 'timeline' && m.result.uri === doc.uri.toString() && m.result.version === doc.version ? m.result : undefined;
  });
}

suite('Timeline view', () => {
  let doc: vscode.TextDocument;
  let restoreDate: (() => Promise<void>) | undefined;

  suiteSetup(async () => {
    restoreDate = await setDocumentDate('2024-07-25');
    await sanadExtension().activate();
    doc = await openArticle();
    await vscode.commands.executeCommand('sanad.showTimeline');
  });

  suiteTeardown(async () => {
    await restoreDate?.();
  });

  test('the view resolves, says ready, and receives the article’s timeline', async () => {
    const s = await until('the view to resolve and be ready', async () => {
      const st = await debugState();
      return st?.resolved && st.ready ? st : undefined;
    });
    assert.equal(s.visible, true);
    const result = await postedTimeline(doc);
    assert.equal(result.dct.value, '2024-07-25');
    console.log(`    timeline: ${result.events.map((e) => e.value).join(', ') || '(no events)'}`);
  });

  test('the sample article’s story comes in order: 2014 … autumn 2025', async () => {
    const result = await postedTimeline(doc);
    const values = result.events.map((e) => e.value);
    let at = -1;
    for (const v of STORY) {
      const i = values.indexOf(v, at + 1);
      assert.ok(i > at, `${v} missing or out of order in ${values.join(', ')}`);
      at = i;
    }
    const starts = result.events.map((e) => e.start);
    assert.deepEqual(starts, [...starts].sort(), 'chronological by start');
    assert.ok(result.events.every((e) => !/^P[\dTX]/.test(e.value)), 'no durations');
  });

  test('a card’s reveal message selects its clause in the editor', async () => {
    const result = await postedTimeline(doc);
    assert.ok(result.events.length > 0, 'needs events');
    const index = result.events.findIndex((e) => e.value === '2021');
    const i = index >= 0 ? index : 0;
    const ok = await vscode.commands.executeCommand<boolean>('sanad.timeline.debugReceive', { type: 'reveal', uri: doc.uri.toString(), version: result.version, index: i });
    assert.equal(ok, true);
    const r = result.events[i].range;
    const editor = await until('the selection to move', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document === doc && e.selection.start.line === r.start.line ? e : undefined;
    });
    assert.deepEqual(
      [editor.selection.start.line, editor.selection.start.character, editor.selection.end.line, editor.selection.end.character],
      [r.start.line, r.start.character, r.end.line, r.end.character],
    );
    assert.equal(editor.document.getText(editor.selection), result.events[i].text);
  });

  test('forged or malformed messages from the webview are rejected', async () => {
    const before = (await debugState()).rejectedMessages;
    const result = await postedTimeline(doc);
    const forged: unknown[] = [
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'reveal', uri: 'file:///etc/passwd', version: 1, index: 0 },
      { type: 'reveal', uri: doc.uri.toString(), version: result.version, index: 10_000 },
      { type: 'reveal', uri: doc.uri.toString(), version: result.version, index: -1 },
      '<script>alert(1)</script>',
    ];
    for (const m of forged) assert.equal(await vscode.commands.executeCommand('sanad.timeline.debugReceive', m), false, JSON.stringify(m));
    assert.equal((await debugState()).rejectedMessages, before + forged.length);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString(), 'no other file was opened');
  });

  test('follows the active editor: a non-Arabic document, then back to the article', async () => {
    const english = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'An English note with no Arabic in it.' });
    await vscode.window.showTextDocument(english);
    await until('the not-read empty state', async () => {
      const m = (await debugState()).lastPosted;
      return m?.type === 'empty' && m.reason === 'notRead' ? m : undefined;
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.window.showTextDocument(doc);
    await postedTimeline(doc, 'the article’s timeline again');
  });

  test('refreshes after an edit (debounced), with the new version', async () => {
    const arabic = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'وفي عام 2021، أعلنت إدارة الرئيس الأميركي جو بايدن انتهاء المهمة العسكرية في العراق.\n',
    });
    await vscode.window.showTextDocument(arabic);
    const first = await postedTimeline(arabic);
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'وجرت الجولة الأولى من المفاوضات بين بغداد وواشنطن في كانون الثاني/يناير 2024.\n'));
    // several quick edits: one refresh for the last version
    await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'وفي عام 2014 كانت المشكلة أكبر.\n'));
    const second = await postedTimeline(arabic, 'a refresh after the edits');
    assert.ok(second.version > first.version);
    assert.equal(second.version, arabic.version);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.window.showTextDocument(doc);
  });

  test('exports the timeline as Markdown and JSON', async () => {
    await vscode.window.showTextDocument(doc);
    const result = await postedTimeline(doc);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sanad-timeline-'));
    try {
      const md = vscode.Uri.file(path.join(dir, 'timeline.md'));
      const json = vscode.Uri.file(path.join(dir, 'timeline.json'));
      assert.equal((await vscode.commands.executeCommand<vscode.Uri>('sanad.timeline.exportMarkdown', md))?.toString(), md.toString());
      assert.equal((await vscode.commands.executeCommand<vscode.Uri>('sanad.timeline.exportJson', json))?.toString(), json.toString());
      const text = readFileSync(md.fsPath, 'utf8');
      assert.ok(text.startsWith(`# Timeline — ${ARTICLE}`), text.slice(0, 80));
      assert.deepEqual(JSON.parse(readFileSync(json.fsPath, 'utf8')), result);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('closing every editor shows the empty state', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await until('the no-editor empty state', async () => {
      const m = (await debugState()).lastPosted;
      return m?.type === 'empty' && m.reason === 'noEditor' ? m : undefined;
    });
    await vscode.window.showTextDocument(doc);
  });
});
