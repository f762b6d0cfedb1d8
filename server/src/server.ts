// The Sanad language server: wiring only. Connection, documents, settings and handlers → features.
// Speaks LSP over IPC (the VS Code client) or `--stdio` (Neovim, Helix, Emacs …).
import {
  CancellationToken, createConnection, InitializeParams, InitializeResult, ProposedFeatures,
  TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisStore } from './documentAnalysis';
import { SettingsCache, SanadSettings, DEFAULT_SETTINGS } from './settings';
import { Analysis } from './analysis/types';
import { hover } from './features/hover';
import { definition, sourceOf } from './features/definition';
import { highlights, references } from './features/references';
import { documentSymbols } from './features/symbols';
import {
  AnalysisChangedNotification, ExportParams, ExportRequest, SourceAtParams, SourceAtRequest,
  TimelineParams, TimelineRequest,
} from './protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const store = new AnalysisStore();
let canPullSettings = false;
const settings = new SettingsCache(connection, () => canPullSettings);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  canPullSettings = !!params.capabilities.workspace?.configuration;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: { label: 'Sanad' },
    },
    serverInfo: { name: 'sanad', version: '0.1.0' },
  };
});

/** Runs a handler so that it never throws: errors are logged and answered with `fallback`. */
function guard<P, R>(name: string, fallback: R, fn: (p: P, token: CancellationToken) => R | Promise<R>) {
  return async (p: P, token: CancellationToken): Promise<R> => {
    try {
      if (token?.isCancellationRequested) return fallback;
      const r = await fn(p, token);
      return token?.isCancellationRequested ? fallback : r;
    } catch (e) {
      connection.console.error(`[${name}] ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return fallback;
    }
  };
}

/** The document and its current analysis, or null when Sanad does not read it. */
async function analyzed(uri: string): Promise<{ doc: TextDocument; analysis: Analysis; settings: SanadSettings } | null> {
  const doc = documents.get(uri);
  if (!doc || !store.reads(doc)) return null;
  const s = await settings.get(uri).catch(() => DEFAULT_SETTINGS);
  const analysis = store.get(doc, { documentDate: s.documentDate, maxLength: s.maxDocumentSize });
  return { doc, analysis, settings: s };
}

connection.onHover(guard('hover', null, async (p) => {
  const r = await analyzed(p.textDocument.uri);
  if (!r || !r.settings.hover.enabled) return null;
  return hover(r.doc, r.analysis, p.position);
}));

connection.onDefinition(guard('definition', [], async (p) => {
  const r = await analyzed(p.textDocument.uri);
  return r ? definition(r.doc, r.analysis, p.position, () => null) : [];
}));

connection.onReferences(guard('references', [], async (p) => {
  const r = await analyzed(p.textDocument.uri);
  return r ? references(r.doc, r.analysis, p.position) : [];
}));

connection.onDocumentHighlight(guard('highlights', [], async (p) => {
  const r = await analyzed(p.textDocument.uri);
  return r ? highlights(r.doc, r.analysis, p.position) : [];
}));

connection.onDocumentSymbol(guard('symbols', [], async (p) => {
  const r = await analyzed(p.textDocument.uri);
  return r ? documentSymbols(r.doc, r.analysis) : [];
}));

connection.onRequest(SourceAtRequest, guard('sourceAt', null, async (p: SourceAtParams) => {
  const r = await analyzed(p.textDocument.uri);
  if (!r) return { location: null, message: 'Sanad does not read this document (it is not mostly Arabic text).' };
  return sourceOf(r.doc, r.analysis, p.position);
}));

connection.onRequest(TimelineRequest, guard('timeline', null, async (p: TimelineParams) => {
  const r = await analyzed(p.textDocument.uri);
  if (!r) return null;
  return { uri: r.doc.uri, version: r.doc.version, dct: { value: r.analysis.dct.value, origin: r.analysis.dct.origin }, events: [] };
}));

connection.onRequest(ExportRequest, guard('export', null, async (p: ExportParams) => {
  const r = await analyzed(p.textDocument.uri);
  if (!r) return null;
  return { content: JSON.stringify(r.analysis, null, 2), extension: 'json' };
}));

connection.onDidChangeConfiguration(() => {
  settings.clear();
  store.invalidate();
});

documents.onDidChangeContent((e) => {
  connection.sendNotification(AnalysisChangedNotification, { uri: e.document.uri, version: e.document.version });
});

documents.onDidClose((e) => {
  store.forget(e.document.uri);
  settings.forget(e.document.uri);
});

process.on('uncaughtException', (e) => connection.console.error(`[uncaught] ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`[unhandled] ${String(e)}`));

documents.listen(connection);
connection.listen();
