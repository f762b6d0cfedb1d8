// The timeline view in Sanad's activity-bar container: a webview that shows the active article's
// events in time. It follows the active editor, refreshes (debounced) on edits, reveals a clause
// when its card is clicked, and exports the timeline from the view's title menu.
//
// The webview is a browser page with its own script (client/src/webview/main.ts). Everything it
// sends is validated here (messages.ts), it is sent data only after it says 'ready', and it only
// ever names an event by its index in the timeline this side posted — never a range or a file.
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { LanguageClient } from 'vscode-languageclient/node';
import { TimelineParams, TimelineRequest, TimelineResult } from '../../server/src/protocol';
import { timelineToJson, timelineToMarkdown } from '../../server/src/features/timelineExport';
import { FromWebview, isFromWebview, isTimelineResult, ToWebview, WEBVIEW_STRINGS } from './webview/messages';

/** Editors of these schemes (output, diff views of git …) do not take the view away from the article. */
const FOLLOWED_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-userdata']);
const REFRESH_DELAY_MS = 300;

/** What the view last did, for the extension-host tests (`sanad.timeline.debugState`). */
export interface TimelineDebugState {
  resolved: boolean;
  ready: boolean;
  visible: boolean;
  documentUri: string | undefined;
  postedCount: number;
  lastPosted: ToWebview | undefined;
  rejectedMessages: number;
}

export class TimelineViewProvider implements vscode.WebviewViewProvider {
  static readonly viewId = 'sanad.timeline';
  private view?: vscode.WebviewView;
  private ready = false;
  /** The article the view shows (the last followed editor's document). */
  private document?: vscode.TextDocument;
  private lastResult?: TimelineResult;
  private lastPosted?: ToWebview;
  private postedCount = 0;
  private rejectedMessages = 0;
  /** Bumped per refresh, so that an answer arriving after a newer request is dropped. */
  private generation = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private stale = true;

  constructor(private readonly extensionUri: vscode.Uri, private readonly client: () => LanguageClient | undefined) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    view.webview.options = {
      enableScripts: true,
      localResourceRoots: [
        vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'),
        vscode.Uri.joinPath(this.extensionUri, 'media'),
      ],
    };
    view.webview.html = this.html(view.webview);
    view.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m));
    view.onDidChangeVisibility(() => {
      if (view.visible && this.stale) this.schedule(0);
    });
    view.onDidDispose(() => {
      if (this.view === view) {
        this.view = undefined;
        this.ready = false;
      }
    });
  }

  reveal(): void {
    if (this.view?.show) this.view.show(true);
    else void vscode.commands.executeCommand(`${TimelineViewProvider.viewId}.focus`);
  }

  /** Starts following editors and registers the view's commands. Called once the client runs. */
  attach(context: vscode.ExtensionContext): void {
    this.follow(vscode.window.activeTextEditor);
    context.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (this.follow(e)) this.schedule(50);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document && e.contentChanges.length) this.schedule(REFRESH_DELAY_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) {
          this.document = undefined;
          this.follow(vscode.window.activeTextEditor);
          this.schedule(0);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('sanad')) this.schedule(REFRESH_DELAY_MS);
      }),
      vscode.commands.registerCommand('sanad.timeline.exportMarkdown', (target?: unknown) => this.export('markdown', target)),
      vscode.commands.registerCommand('sanad.timeline.exportJson', (target?: unknown) => this.export('json', target)),
      { dispose: () => clearTimeout(this.timer) },
    );
    if (context.extensionMode !== vscode.ExtensionMode.Production) {
      // For the extension-host tests: what the view last posted, and a way to send it a message
      // as the webview would (through the same validation).
      context.subscriptions.push(
        vscode.commands.registerCommand('sanad.timeline.debugState', (): TimelineDebugState => ({
          resolved: !!this.view,
          ready: this.ready,
          visible: !!this.view?.visible,
          documentUri: this.document?.uri.toString(),
          postedCount: this.postedCount,
          lastPosted: this.lastPosted,
          rejectedMessages: this.rejectedMessages,
        })),
        vscode.commands.registerCommand('sanad.timeline.debugReceive', (m: unknown) => this.onMessage(m)),
      );
    }
    this.schedule(0);
  }

  /** Takes the editor's document as the article to show; false when nothing changes. */
  private follow(editor: vscode.TextEditor | undefined): boolean {
    if (!editor) {
      if (vscode.window.visibleTextEditors.length) return false; // focus moved to a panel or view
      const had = !!this.document;
      this.document = undefined;
      return had;
    }
    if (!FOLLOWED_SCHEMES.has(editor.document.uri.scheme)) return false;
    if (editor.document === this.document) return false;
    this.document = editor.document;
    return true;
  }

  private schedule(delay: number): void {
    this.stale = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    if (!this.view || !this.ready || !this.view.visible) return; // done when it shows and says 'ready'
    this.stale = false;
    const doc = this.document;
    if (!doc) {
      this.lastResult = undefined;
      this.post({ type: 'empty', reason: 'noEditor', message: vscode.l10n.t('Open an Arabic article (plain text or Markdown) to see its events in time.') });
      return;
    }
    const client = this.client();
    if (!client || !client.isRunning()) {
      this.post({ type: 'empty', reason: 'loading', message: vscode.l10n.t('Waiting for the Sanad server…') });
      this.schedule(1000);
      return;
    }
    let result: unknown;
    try {
      const params: TimelineParams = { textDocument: { uri: doc.uri.toString() } };
      result = await client.sendRequest(TimelineRequest, params);
      // Just opened: the server may not have the document yet. One more try.
      if (result === null && (doc.languageId === 'plaintext' || doc.languageId === 'markdown') && generation === this.generation) {
        await new Promise((r) => setTimeout(r, 500));
        result = await client.sendRequest(TimelineRequest, params);
      }
    } catch (e) {
      if (generation !== this.generation) return;
      this.post({ type: 'empty', reason: 'error', message: `The timeline could not be read: ${e instanceof Error ? e.message : String(e)}` });
      return;
    }
    if (generation !== this.generation) return; // a newer refresh is on its way
    if (result === null || result === undefined) {
      this.lastResult = undefined;
      this.post({ type: 'empty', reason: 'notRead', message: vscode.l10n.t('Sanad reads plain-text and Markdown articles that are mostly Arabic; this document is not one.') });
    } else if (!isTimelineResult(result)) {
      this.lastResult = undefined;
      this.post({ type: 'empty', reason: 'error', message: vscode.l10n.t('The server sent a timeline this view does not understand.') });
    } else {
      this.lastResult = result;
      this.post({ type: 'timeline', documentName: documentName(doc.uri), result });
    }
  }

  private post(m: ToWebview): void {
    if (!this.view || !this.ready) return;
    this.lastPosted = m;
    this.postedCount++;
    void this.view.webview.postMessage(m);
  }

  private async onMessage(raw: unknown): Promise<boolean> {
    if (!isFromWebview(raw)) {
      this.rejectedMessages++;
      return false;
    }
    const m: FromWebview = raw;
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.schedule(0);
        return true;
      case 'reveal':
        return this.revealEvent(m.uri, m.index);
      case 'error':
        console.warn(`[sanad timeline webview] ${m.message}`);
        return true;
    }
  }

  /** Selects the clause of an event of the timeline last posted, in an editor beside the view. */
  private async revealEvent(uri: string, index: number): Promise<boolean> {
    const result = this.lastResult;
    if (!result || result.uri !== uri || index >= result.events.length) {
      this.rejectedMessages++;
      return false;
    }
    const r = result.events[index].range;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
    const doc = visible?.document ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)));
    const range = doc.validateRange(new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character));
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn, preserveFocus: true });
    // The cursor at the clause's beginning, the clause selected.
    editor.selection = new vscode.Selection(range.end, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  }

  /** Writes the timeline of the shown article to a file the user picks (or `target`, for tests). */
  private async export(format: 'markdown' | 'json', target?: unknown): Promise<vscode.Uri | undefined> {
    const doc = this.document;
    let result = this.lastResult && doc && this.lastResult.uri === doc.uri.toString() && this.lastResult.version === doc.version
      ? this.lastResult : undefined;
    const client = this.client();
    if (!result && doc && client?.isRunning()) {
      const fresh: unknown = await client.sendRequest(TimelineRequest, { textDocument: { uri: doc.uri.toString() } } satisfies TimelineParams);
      if (isTimelineResult(fresh)) result = fresh;
    }
    if (!result || !doc) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Sanad: open an Arabic article to export its timeline.'));
      return undefined;
    }
    const name = documentName(doc.uri);
    const ext = format === 'markdown' ? 'md' : 'json';
    let uri = target instanceof vscode.Uri ? target : undefined;
    if (!uri) {
      const base = name.replace(/\.[^.]+$/, '');
      uri = await vscode.window.showSaveDialog({
        defaultUri: doc.uri.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(doc.uri, '..', `${base}.timeline.${ext}`),
        filters: format === 'markdown' ? { Markdown: ['md'] } : { JSON: ['json'] },
        saveLabel: vscode.l10n.t('Export Timeline'),
        title: `Export the timeline of ${name} as ${format === 'markdown' ? 'Markdown' : 'JSON'}`,
      });
      if (!uri) return undefined;
    }
    const content = format === 'markdown' ? timelineToMarkdown(result, { title: name }) : timelineToJson(result);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
    if (!(target instanceof vscode.Uri)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Sanad: timeline exported to {0}.', vscode.workspace.asRelativePath(uri)), vscode.l10n.t('Open')).then((choice) => {
        if (choice === vscode.l10n.t('Open')) void vscode.window.showTextDocument(uri!);
      });
    }
    return uri;
  }

  private html(webview: vscode.Webview): string {
    const nonce = randomBytes(18).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'main.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'timeline.css'));
    return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Sanad timeline</title>
</head>
<body data-strings="${escapeAttribute(JSON.stringify(Object.fromEntries(WEBVIEW_STRINGS.map((w) => [w, vscode.l10n.t(w)]))))}">
<main id="app" aria-label="Timeline of the article"></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }
}

function documentName(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || uri.toString();
}

/** Escapes a string for a double-quoted HTML attribute. */
function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
