// `Sanad: Export Annotations…`: asks for a format and a file, and writes what the server exports.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { ExportParams, ExportRequest, ExportResult } from '../../server/src/protocol';

const FORMATS: Array<{ label: string; description: string; format: ExportParams['format'] }> = [
  { label: 'JSON', description: 'the full analysis (Sanad schema)', format: 'json' },
  { label: 'W3C Web Annotation', description: 'JSON-LD with position and quote selectors', format: 'webanno' },
  { label: 'brat standoff', description: '.ann with T and N lines', format: 'brat' },
  { label: 'CoNLL', description: 'tokens with IOB2 tags', format: 'conll' },
  { label: 'Text report', description: 'entities, figures, dates, sources, timeline', format: 'text' },
  { label: 'Timeline as Markdown', description: 'dated events in order', format: 'markdown' },
  { label: 'TimelineJS', description: 'JSON for TimelineJS', format: 'timelinejs' },
];

export async function exportAnnotations(client: LanguageClient | undefined, preset?: ExportParams['format'], target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Sanad: open an Arabic article to export its annotations.'));
    return undefined;
  }
  const format = preset ?? (await vscode.window.showQuickPick(FORMATS, { placeHolder: vscode.l10n.t('Export format') }))?.format;
  if (!format) return undefined;
  const params: ExportParams = { textDocument: { uri: editor.document.uri.toString() }, format };
  const result = await client.sendRequest<ExportResult | null>(ExportRequest, params);
  if (!result) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Sanad: this document is not read by Sanad (it is not mostly Arabic text).'));
    return undefined;
  }
  const base = editor.document.uri.path.replace(/\.[^./]+$/, '');
  const uri = target ?? (await vscode.window.showSaveDialog({
    defaultUri: editor.document.uri.with({ path: `${base}.sanad.${result.extension}` }),
    filters: { [format]: [result.extension] },
  }));
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.content));
  vscode.window.setStatusBarMessage(vscode.l10n.t('Sanad: exported {0} to {1}', format, vscode.workspace.asRelativePath(uri)), 5000);
  return uri;
}
