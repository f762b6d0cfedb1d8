// Messages between the timeline webview and the extension: what each side accepts.
// Also a source check that the webview never turns data into markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isFromWebview, isTimelineEvent, isToWebview } from '../../client/src/webview/messages';
import { TimelineEvent } from '../../server/src/protocol';

const root = resolve(__dirname, '..', '..');

const EVENT: TimelineEvent = {
  value: '2024-09', label: 'September 2024 · أيلول 2024', start: '2024-09-01', end: '2024-09-30', precision: 'month',
  range: { start: { line: 1, character: 0 }, end: { line: 1, character: 20 } },
  text: 'في أيلول/سبتمبر', entityIds: ['loc:iraq'], entityNames: ['Iraq'], source: { name: 'Reuters', kind: 'named' },
};
const TIMELINE = { type: 'timeline', documentName: 'a.txt', result: { uri: 'file:///a.txt', version: 2, dct: { value: '2024-07-25', origin: 'text' }, events: [EVENT] } };

test('webview accepts a well-formed timeline and empty states', () => {
  assert.ok(isToWebview(TIMELINE));
  assert.ok(isToWebview({ type: 'empty', reason: 'noEditor', message: 'Open an article' }));
  assert.ok(isTimelineEvent({ ...EVENT, end: undefined, source: undefined }));
});

test('webview rejects malformed data', () => {
  const bad: unknown[] = [
    null, 'timeline', [], {}, { type: 'script' },
    { type: 'empty', reason: 'pwned', message: 'x' },
    { type: 'empty', reason: 'noEditor' },
    { ...TIMELINE, documentName: 3 },
    { ...TIMELINE, result: { ...TIMELINE.result, events: 'x' } },
  ];
  const badEvents: unknown[] = [
    { ...EVENT, start: '<img src=x>' },
    { ...EVENT, end: 'soon' },
    { ...EVENT, precision: 'eon' },
    { ...EVENT, text: 5 },
    { ...EVENT, entityNames: [] },
    { ...EVENT, entityIds: [1] },
    { ...EVENT, range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } } },
    { ...EVENT, range: { start: { line: 0.5, character: 0 }, end: { line: 0, character: 0 } } },
    { ...EVENT, source: { name: 'x', kind: 'trusted' } },
    { ...EVENT, source: 'Reuters' },
  ];
  for (const m of bad) assert.equal(isToWebview(m), false, JSON.stringify(m));
  for (const e of badEvents) {
    assert.equal(isTimelineEvent(e), false, JSON.stringify(e));
    assert.equal(isToWebview({ ...TIMELINE, result: { ...TIMELINE.result, events: [e] } }), false);
  }
});

test('extension accepts ready, reveal by index, and short error reports', () => {
  assert.ok(isFromWebview({ type: 'ready' }));
  assert.ok(isFromWebview({ type: 'reveal', uri: 'file:///a.txt', version: 2, index: 0 }));
  assert.ok(isFromWebview({ type: 'error', message: 'oops' }));
});

test('extension rejects anything else', () => {
  const bad: unknown[] = [
    undefined, 42, { type: 'reveal' },
    { type: 'reveal', uri: 'file:///a.txt', version: 2, index: -1 },
    { type: 'reveal', uri: 'file:///a.txt', version: 2, index: 1.5 },
    { type: 'reveal', uri: 'file:///a.txt', version: 2, index: '0' },
    { type: 'reveal', uri: 7, version: 2, index: 0 },
    { type: 'reveal', uri: 'file:///a.txt', index: 0 },
    { type: 'error', message: 'x'.repeat(5000) },
    { type: 'runCommand', command: 'workbench.action.terminal.new' },
    { type: 'openFile', path: '/etc/passwd' },
  ];
  for (const m of bad) assert.equal(isFromWebview(m), false, JSON.stringify(m));
});

test('webview code never builds markup from strings (article text goes through textContent)', () => {
  const dir = join(root, 'client', 'src', 'webview');
  const forbidden = /\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(|createContextualFragment|DOMParser/;
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  assert.ok(files.includes('main.ts'));
  for (const f of files) {
    const src = readFileSync(join(dir, f), 'utf8').replace(/^\s*\/\/.*$/gm, '');
    assert.doesNotMatch(src, forbidden, f);
    assert.doesNotMatch(src, /setAttribute\(\s*['"]on|setAttribute\(\s*['"](style|href|src)['"]/, f);
  }
  // messages.ts and layout.ts stay free of DOM and vscode so both sides (and Node tests) import them
  for (const f of ['messages.ts', 'layout.ts']) {
    const src = readFileSync(join(dir, f), 'utf8');
    assert.doesNotMatch(src, /from ['"]vscode['"]|\bdocument\.|\bwindow\./, f);
  }
});

test('the view page: CSP default-src none, script by nonce, local resources only', () => {
  const src = readFileSync(join(root, 'client', 'src', 'timelineView.ts'), 'utf8');
  assert.match(src, /content="default-src 'none'; style-src \$\{webview\.cspSource\}; script-src 'nonce-\$\{nonce\}';"/);
  assert.match(src, /<script nonce="\$\{nonce\}" src=/);
  assert.doesNotMatch(src, /https?:\/\/(?!www\.w3)/, 'no remote resources');
  assert.match(src, /localResourceRoots: \[\s*vscode\.Uri\.joinPath\(this\.extensionUri, 'dist', 'webview'\),\s*vscode\.Uri\.joinPath\(this\.extensionUri, 'media'\),\s*\]/);
  const css = readFileSync(join(root, 'media', 'timeline.css'), 'utf8');
  assert.doesNotMatch(css, /url\(|@import/, 'the stylesheet loads nothing');
});
