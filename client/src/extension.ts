// Sanad's extension: starts the language client, registers the commands and the timeline view.
// All reading is done by the server; this side shows it.
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, LanguageClientOptions, ServerOptions, TransportKind,
} from 'vscode-languageclient/node';
import { ExportParams, SourceAtParams, SourceAtRequest, SourceAtResult, WorkspaceTrustedNotification } from '../../server/src/protocol';

type ExportFormat = ExportParams['format'];
import { TimelineViewProvider } from './timelineView';
import { exportAnnotations } from './exportCommand';

let client: LanguageClient | undefined;
/** One output channel for the extension's whole life, so logs survive server restarts. */
let output: vscode.OutputChannel;

export interface SanadApi {
  /** The running language client (for tests and other extensions). */
  client(): LanguageClient | undefined;
  restart(): Promise<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<SanadApi> {
  output ??= vscode.window.createOutputChannel('Sanad');
  const timeline = new TimelineViewProvider(context.extensionUri, () => client);
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(TimelineViewProvider.viewId, timeline),
    vscode.commands.registerCommand('sanad.showTimeline', () => timeline.reveal()),
    vscode.commands.registerCommand('sanad.goToSource', goToSource),
    vscode.commands.registerCommand('sanad.restartServer', restart),
    vscode.commands.registerCommand('sanad.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('sanad.exportAnnotations', (format?: ExportFormat, target?: vscode.Uri) => exportAnnotations(client, format, target)),
  );
  await start(context);
  timeline.attach(context);
  // In a restricted workspace the server reads no knowledge-base file outside it; once trusted, it may.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(WorkspaceTrustedNotification)));
  return { client: () => client, restart };

  async function restart(): Promise<void> {
    output.appendLine(vscode.l10n.t('Restarting the Sanad server…'));
    await client?.stop().catch(() => undefined);
    client = undefined;
    await start(context);
  }
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  let crashes: number[] = [];
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' }, { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' }, { scheme: 'untitled', language: 'markdown' },
      { scheme: 'vscode-remote', language: 'plaintext' }, { scheme: 'vscode-remote', language: 'markdown' },
    ],
    outputChannel: output,
    synchronize: { configurationSection: 'sanad' },
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      // A crashed server is restarted, unless it keeps crashing (5 times in 3 minutes).
      closed: () => {
        const now = Date.now();
        crashes = [...crashes.filter((t) => now - t < 180_000), now];
        if (crashes.length > 5) {
          output.appendLine(vscode.l10n.t('The Sanad server crashed 5 times in 3 minutes; it will not be restarted. Run "Sanad: Restart Server".'));
          return { action: CloseAction.DoNotRestart };
        }
        output.appendLine(vscode.l10n.t('The Sanad server stopped; restarting it.'));
        return { action: CloseAction.Restart };
      },
    },
  };
  client = new LanguageClient('sanad', 'Sanad', serverOptions, clientOptions);
  await client.start();
}

async function goToSource(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Sanad: open an Arabic article and put the cursor inside a claim.'));
    return;
  }
  const params: SourceAtParams = {
    textDocument: { uri: editor.document.uri.toString() },
    position: { line: editor.selection.active.line, character: editor.selection.active.character },
  };
  const result = await client.sendRequest<SourceAtResult | null>(SourceAtRequest, params);
  if (!result) return;
  if (!result.location) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Sanad: {0}', result.message));
    return;
  }
  const r = result.location.range;
  const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(result.location.uri));
  const shown = await vscode.window.showTextDocument(doc, { selection: range });
  shown.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  vscode.window.setStatusBarMessage(vscode.l10n.t('Sanad: {0}', result.message), 5000);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
