// The reader's editor in a real VS Code, through VS Code's own provider commands (what the
// editor itself calls): hover, go-to-source (definition and the command), references, outline,
// semantic tokens, inlay hints, code lens, export — on the sample article and on a second one.
// The server may still be analyzing when a request arrives: everything polls (up to ~60 s).
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as vscode from 'vscode';
import { hoverText, openArticle, poller, sanadExtension, setDocumentDate } from './helpers';

const SECOND = path.join('test', 'fixtures', 'articles', 'syria-electricity.txt');
const DCT = '2024-07-25';
const WAIT_MS = 60_000;

const until = poller(WAIT_MS, 250);

/** Offset of the `nth` occurrence of `word` in `doc` (after `after` when given). */
function offsetOf(doc: vscode.TextDocument, word: string, { nth = 0, after }: { nth?: number; after?: string } = {}): number {
  const text = doc.getText();
  let offset = after ? text.indexOf(after) : -1;
  assert.ok(!after || offset >= 0, `"${after}" not found in ${path.basename(doc.uri.path)}`);
  for (let i = 0; i <= nth; i++) offset = text.indexOf(word, offset + 1);
  assert.ok(offset >= 0, `"${word}" not found in ${path.basename(doc.uri.path)}`);
  return offset;
}

/** A position inside (the middle of) `word`. */
function inside(doc: vscode.TextDocument, word: string, opts?: { nth?: number; after?: string }): vscode.Position {
  return doc.positionAt(offsetOf(doc, word, opts) + Math.floor(word.length / 2));
}

/** The hover at `position`, once it matches `expect` (or is non-empty). */
function hoverMatching(doc: vscode.TextDocument, position: vscode.Position, expect?: RegExp): Promise<string> {
  let last = '';
  return until(`a hover at ${position.line}:${position.character}${expect ? ` matching ${expect}` : ''}`, async () => {
    last = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position));
    return last.trim() && (!expect || expect.test(last)) ? last : undefined;
  }).catch((e) => {
    throw new Error(`${(e as Error).message}; last hover: ${JSON.stringify(last.slice(0, 300))}`);
  });
}

function locationOf(l: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange ?? l.targetRange } : { uri: l.uri, range: l.range };
}

function labelText(h: vscode.InlayHint): string {
  return typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('');
}

const oneLine = (s: string, n = 160) => s.replace(/\s+/g, ' ').slice(0, n);

suite('Editor features in VS Code', () => {
  let doc: vscode.TextDocument;
  let restoreDate: (() => Promise<void>) | undefined;

  suiteSetup(async () => {
    restoreDate = await setDocumentDate(DCT);
    await sanadExtension().activate();
    doc = await openArticle();
  });

  suiteTeardown(async () => {
    await restoreDate?.();
  });

  test('hover on السوداني names Mohammed Shia al-Sudani', async () => {
    const text = await hoverMatching(doc, inside(doc, 'السوداني'), /Sudani/);
    console.log(`    hover السوداني: ${oneLine(text)}`);
  });

  test('hover on 2500 shows 2,500', async () => {
    const text = await hoverMatching(doc, inside(doc, '2500'), /2,500/);
    console.log(`    hover 2500: ${oneLine(text)}`);
  });

  test('definition (F12) on شهرين in "نحو شهرين" lands on رويترز', async () => {
    const position = inside(doc, 'شهرين', { after: 'نحو ' });
    let seen = '';
    const target = await until('a definition on رويترز', async () => {
      const found = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, position);
      const locations = (found ?? []).map(locationOf);
      seen = locations.map((l) => JSON.stringify(doc.getText(l.range))).join(', ');
      return locations.find((l) => l.uri.toString() === doc.uri.toString() && doc.getText(l.range).includes('رويترز'));
    }).catch((e) => {
      throw new Error(`${(e as Error).message}; definitions seen: ${seen || '(none)'}`);
    });
    // The source of this claim is the Reuters of "وذكرت رويترز نقلاً عن مصادر", in the same paragraph.
    assert.equal(target.range.start.line, position.line);
    assert.ok(target.range.start.character < position.character, 'the source comes before the claim');
  });

  test('references on أونتيكوف find all his mentions, أندريه أونتيكوف included', async () => {
    const position = inside(doc, 'أونتيكوف', { nth: 1 });
    const locations = await until('≥3 references', async () => {
      const r = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, position);
      return r && r.length >= 3 ? r : undefined;
    });
    const texts = locations.map((l) => doc.getText(l.range));
    console.log(`    references: ${texts.map((t) => oneLine(t, 40)).join(' | ')}`);
    // His mentions (by name, and as الخبير السياسي / المستشرق), then — he is a source too — the claims he stands behind.
    const mentions = texts.filter((t) => t.includes('أونتيكوف') || /^(?:المستشرق|الخبير السياسي|المحلل السياسي)/.test(t));
    assert.ok(mentions.length >= 3, `at least 3 of his mentions among: ${texts.join(' | ')}`);
    assert.ok(texts.every((t) => !t.includes('أونتيكوف') || /^(?:أندريه )?أونتيكوف$/.test(t)), `named mentions cover the name only: ${texts.join(' | ')}`);
    const full = offsetOf(doc, 'أندريه أونتيكوف');
    assert.ok(
      locations.some((l) => doc.offsetAt(l.range.start) <= full + 'أندريه '.length && doc.offsetAt(l.range.end) >= full + 'أندريه أونتيكوف'.length),
      'the mention أندريه أونتيكوف is among the references',
    );
    const later = offsetOf(doc, 'أونتيكوف', { after: 'وبحسب أونتيكوف' });
    assert.ok(locations.some((l) => doc.offsetAt(l.range.start) <= later && doc.offsetAt(l.range.end) > later), 'the mention in "وبحسب أونتيكوف" too');
  });

  test('the outline groups People, Organizations, Places, Figures, Dates, Sources, each with children', async () => {
    const groups = ['People', 'Organizations', 'Places', 'Figures', 'Dates', 'Sources'];
    const symbols = await until('the outline with all groups', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && groups.every((g) => s.some((x) => x.name === g)) ? s : undefined;
    });
    for (const g of groups) {
      const group = symbols.find((s) => s.name === g)!;
      assert.ok(group.children.length > 0, `${g} has children`);
    }
    const people = symbols.find((s) => s.name === 'People')!.children.map((c) => `${c.name} ${c.detail}`).join(' | ');
    assert.match(people, /السوداني/, `people: ${people}`);
    assert.match(people, /أونتيكوف/, `people: ${people}`);
    console.log(`    outline: ${symbols.map((s) => `${s.name} (${s.children.length})`).join(', ')}`);
  });

  test('semantic tokens include people, places, figures and dates', async () => {
    const legend = await until('the semantic tokens legend', async () =>
      vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri),
    );
    for (const t of ['person', 'organization', 'place', 'figure', 'date', 'source']) assert.ok(legend.tokenTypes.includes(t), `legend has ${t}: ${legend.tokenTypes.join(',')}`);
    const wanted = ['person', 'place', 'figure', 'date'];
    let found = new Map<string, string[]>();
    await until('tokens of types person, place, figure, date', async () => {
      const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
      if (!tokens?.data?.length) return undefined;
      found = decode(tokens.data, legend, doc);
      return wanted.every((t) => found.has(t)) ? true : undefined;
    });
    assert.ok(found.get('person')!.some((t) => t.includes('السوداني')), `person tokens: ${found.get('person')!.join(', ')}`);
    assert.ok(found.get('place')!.some((t) => t.includes('بغداد')), `place tokens: ${found.get('place')!.join(', ')}`);
    assert.ok(found.get('figure')!.some((t) => t.includes('2500')), `figure tokens: ${found.get('figure')!.join(', ')}`);
    console.log(`    tokens: ${[...found].map(([k, v]) => `${k} ${v.length}`).join(', ')}`);
  });

  test('inlay hints show 2,500 and 2024-09 (document date 2024-07-25)', async () => {
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    let labels: string[] = [];
    await until('hints with 2,500 and 2024-09', async () => {
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, whole);
      labels = (hints ?? []).map(labelText);
      return labels.some((l) => l.includes('2,500')) && labels.some((l) => l.includes('2024-09')) ? true : undefined;
    }).catch((e) => {
      throw new Error(`${(e as Error).message}; hints: ${labels.join(' | ') || '(none)'}`);
    });
    console.log(`    hints: ${labels.slice(0, 8).join(' | ')}${labels.length > 8 ? ` … (${labels.length})` : ''}`);
  });

  test('a code lens at the top summarizes the article and offers the timeline', async () => {
    const lenses = await until('the code lenses', async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 10);
      return l && l.some((x) => x.command?.title) ? l : undefined;
    });
    const titles = lenses.map((l) => l.command?.title ?? '');
    const summary = titles.find((t) => /\d+ (people|person)/.test(t));
    assert.ok(summary, `no summary lens among: ${titles.join(' | ')}`);
    assert.match(summary, /\d+ places?/);
    assert.match(summary, /\d+ sources?/);
    assert.ok(lenses.every((l) => l.range.start.line === 0), 'lenses sit at the top');
    assert.ok(lenses.some((l) => l.command?.command === 'sanad.showTimeline'), 'a lens runs Show Timeline');
    console.log(`    lens: ${summary}`);
  });

  test('the command Go to Source moves the selection from "نحو شهرين" to رويترز', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const position = inside(doc, 'شهرين', { after: 'نحو ' });
    await until('the selection on رويترز', async () => {
      await vscode.window.showTextDocument(doc);
      editor.selection = new vscode.Selection(position, position);
      await vscode.commands.executeCommand('sanad.goToSource');
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === doc.uri.toString() && e.document.getText(e.selection) === 'رويترز' ? true : undefined;
    });
    const sel = vscode.window.activeTextEditor!.selection;
    assert.equal(sel.start.line, position.line);
    assert.ok(sel.start.character < position.character);
  });

  test('Export Annotations (webanno) writes W3C Web Annotation JSON-LD', async () => {
    await vscode.window.showTextDocument(doc);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sanad-export-'));
    try {
      const target = vscode.Uri.file(path.join(dir, 'article.jsonld'));
      const written = await until('the export', async () => {
        const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('sanad.exportAnnotations', 'webanno', target);
        return uri ?? undefined;
      });
      assert.equal(written.toString(), target.toString());
      const json = JSON.parse(readFileSync(target.fsPath, 'utf8'));
      const text = JSON.stringify(json);
      assert.ok(text.includes('http://www.w3.org/ns/anno.jsonld'), 'the anno.jsonld context');
      const annotations: any[] = Array.isArray(json) ? json : json.items ?? json.first?.items ?? json['@graph'] ?? [];
      assert.ok(annotations.length > 0, `annotations: ${text.slice(0, 200)}`);
      assert.ok(text.includes('TextPositionSelector') && text.includes('TextQuoteSelector'), 'position and quote selectors');
      // Every position selector points at its quote in the article.
      const article = doc.getText();
      let checked = 0;
      for (const a of annotations) {
        const selectors: any[] = [a.target?.selector ?? []].flat();
        const pos = selectors.find((s) => s.type === 'TextPositionSelector');
        const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
        if (!pos || !quote) continue;
        const codePoints = [...article];
        const byCodePoint = codePoints.slice(pos.start, pos.end).join('');
        const byUnit = article.slice(pos.start, pos.end);
        assert.ok(byCodePoint === quote.exact || byUnit === quote.exact, `selector ${pos.start}-${pos.end} quotes "${quote.exact}", text there is "${byUnit}"`);
        checked++;
      }
      assert.ok(checked > 0, 'at least one annotation with both selectors');
      console.log(`    webanno: ${annotations.length} annotations, ${checked} selectors checked`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a second article (Syrian electricity): hovers name Damascus and Aleppo, the outline has people', async () => {
    const uri = vscode.Uri.joinPath(sanadExtension().extensionUri, ...SECOND.split(path.sep));
    const second = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(second);
    assert.equal(second.languageId, 'plaintext');
    await hoverMatching(second, inside(second, 'دمشق', { nth: 1 }), /Damascus/);
    await hoverMatching(second, inside(second, 'حلب'), /Aleppo/);
    const symbols = await until('the outline of the second article', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', second.uri);
      return s?.some((x) => x.name === 'People' && x.children.length > 0) ? s : undefined;
    });
    assert.ok(symbols.length > 0);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.window.showTextDocument(doc);
  });
});

/** The text of each token, by type name (VS Code's relative encoding: 5 integers per token). */
function decode(data: Uint32Array, legend: vscode.SemanticTokensLegend, doc: vscode.TextDocument): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let line = 0;
  let char = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const type = legend.tokenTypes[data[i + 3]] ?? `#${data[i + 3]}`;
    const text = doc.getText(new vscode.Range(line, char, line, char + data[i + 2]));
    out.set(type, [...(out.get(type) ?? []), text]);
  }
  return out;
}
