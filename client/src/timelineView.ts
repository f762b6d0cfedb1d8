// The timeline view in Sanad's activity-bar container. (The panel itself grows in its own issue;
// this is the honest empty state and the plumbing.)
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

export class TimelineViewProvider implements vscode.WebviewViewProvider {
  static readonly viewId = 'sanad.timeline';
  private view?: vscode.WebviewView;

  constructor(private readonly extensionUri: vscode.Uri, private readonly client: () => LanguageClient | undefined) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: false, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')] };
    view.webview.html = `<!DOCTYPE html><html><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none';"></head>
<body><p>Open an Arabic article to see its events in time.</p></body></html>`;
  }

  reveal(): void {
    this.view?.show?.(true);
    void vscode.commands.executeCommand(`${TimelineViewProvider.viewId}.focus`);
  }

  attach(_context: vscode.ExtensionContext): void {
    void this.client;
  }
}
