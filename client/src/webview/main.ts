// The timeline webview's script (browser code: no 'vscode' import).
export {};
