// The Sanad language server: wiring only. Connection, documents, settings and handlers → features.
// Speaks LSP over IPC (the VS Code client) or `--stdio` (Neovim, Helix, Emacs …).
import {
  CancellationToken, createConnection, DidChangeWatchedFilesNotification, FileChangeType, InitializeParams,
  InitializeResult, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisStore } from './documentAnalysis';
import { SettingsCache, SanadSettings, DEFAULT_SETTINGS } from './settings';
import { Analysis } from './analysis/types';
import { hover } from './features/hover';
import { definition, sourceOf } from './features/definition';
import { highlights, references } from './features/references';
import { documentSymbols } from './features/symbols';
import { timeline } from './features/timeline';
import { LEGEND, semanticTokens } from './features/semanticTokens';
import { inlayHints } from './features/inlayHints';
import { codeLenses } from './features/codeLens';
import { diagnostics, DiagnosticsScheduler } from './features/diagnostics';
import { WorkspaceIndex } from './features/workspaceSymbols';
import { setLocale } from './features/l10n';
import {
  AnalysisChangedNotification, ExportParams, ExportRequest, SourceAtParams, SourceAtRequest,
  TimelineParams, TimelineRequest, WorkspaceTrustedNotification,
} from './protocol';
import { ANALYSIS_FORMATS, AnalysisFormat, exportAnalysis, exportTimeline, FORMAT_EXTENSIONS, TIMELINE_EXTENSIONS } from './exports';
import { KnowledgeBaseService } from './knowledgeBaseService';
import { withDefaults } from './settings';
import { IdleCollector } from './idleCollector';
import { fileURLToPath } from 'node:url';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const store = new AnalysisStore((uri) => documents.get(uri)?.version);
let canPullSettings = false;
const settings = new SettingsCache(connection, () => canPullSettings);
const workspaceIndex = new WorkspaceIndex((m) => connection.console.log(m));
let workspaceFolders: string[] = [];
let client: InitializeParams['capabilities'] = {};
const knowledgeBase = new KnowledgeBaseService(connection);
const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;
const idleCollector = new IdleCollector(undefined, undefined, (before, after, ms) =>
  connection.console.log(`[memory] idle: heap ${mb(before)} → ${mb(after)} in ${ms} ms`));
/** The client says whether the workspace is trusted; other editors do not, and are trusted. */
let workspaceTrusted = true;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  canPullSettings = !!params.capabilities.workspace?.configuration;
  client = params.capabilities;
  setLocale(params.locale);
  workspaceTrusted = (params.initializationOptions as { workspaceTrusted?: boolean } | undefined)?.workspaceTrusted !== false;
  workspaceFolders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: { label: 'Sanad' },
      semanticTokensProvider: { legend: LEGEND, full: true, range: true },
      inlayHintProvider: { resolveProvider: false },
      codeLensProvider: { resolveProvider: false },
      workspaceSymbolProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
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
  idleCollector.activity();
  const doc = documents.get(uri);
  if (!doc || !store.reads(doc)) return null;
  const s = await settings.get(uri).catch(() => DEFAULT_SETTINGS);
  // A newer version may arrive while this one is analyzed; then answer for the newest.
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = documents.get(uri);
    if (!current) return null;
    const analysis = await store.analysis(current, { documentDate: s.documentDate, maxLength: s.maxDocumentSize });
    if (analysis) return { doc: current, analysis, settings: s };
  }
  const last = store.last(uri);
  return last ? { doc: documents.get(uri) ?? doc, analysis: last.analysis, settings: s } : null;
}

connection.onHover(guard('hover', null, async (p) => {
  const r = await analyzed(p.textDocument.uri);
  if (!r || !r.settings.hover.enabled) return null;
  return hover(r.doc, r.analysis, p.position);
}));

connection.onDefinition(guard('definition', [], async (p) => {
  const r = await analyzed(p.textDocument.uri);
  return r ? definition(r.doc, r.analysis, p.position, (id) => knowledgeBase.locate(id)) : [];
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
  return r ? documentSymbols(r.doc, r.analysis, r.settings.outline.maxItemsPerGroup) : [];
}));

connection.languages.semanticTokens.on(guard('semanticTokens', { data: [] }, async (p) => {
  const r = await analyzed(p.textDocument.uri);
  return r && r.settings.semanticHighlighting.enabled ? semanticTokens(r.doc, r.analysis) : { data: [] };
}));

connection.languages.semanticTokens.onRange(guard('semanticTokensRange', { data: [] }, async (p) => {
  const r = await analyzed(p.textDocument.uri);
  return r && r.settings.semanticHighlighting.enabled ? semanticTokens(r.doc, r.analysis, p.range) : { data: [] };
}));

connection.languages.inlayHint.on(guard('inlayHints', [], async (p) => {
  const r = await analyzed(p.textDocument.uri);
  return r && r.settings.inlayHints.enabled ? inlayHints(r.doc, r.analysis, p.range) : [];
}));

connection.onCodeLens(guard('codeLens', [], async (p) => {
  const r = await analyzed(p.textDocument.uri);
  return r && r.settings.codeLens.enabled ? codeLenses(r.analysis) : [];
}));

connection.onWorkspaceSymbol(guard('workspaceSymbols', [], async (p, token) => {
  await Promise.race([workspaceIndex.ready, new Promise((r) => setTimeout(r, 2000))]);
  return workspaceIndex.query(p.query, token);
}));

/** Diagnostics of an open document, computed after edits settle; also refreshes its workspace-symbol entry. */
const diagnosticsScheduler = new DiagnosticsScheduler(
  async (uri) => {
    const r = await analyzed(uri);
    if (!r) {
      workspaceIndex.documentClosed(uri);
      return null;
    }
    workspaceIndex.documentAnalyzed(r.doc, r.analysis);
    return { version: r.doc.version, diagnostics: diagnostics(r.doc, r.analysis, r.settings.diagnostics) };
  },
  (uri, version, list) => void connection.sendDiagnostics({ uri, version, diagnostics: list }),
  (e) => connection.console.error(`[diagnostics] ${e instanceof Error ? e.stack ?? e.message : String(e)}`),
);

/** Re-reads sanad.knowledgeBase.paths; when the merged knowledge base changes, every analysis is redone. */
async function refreshKnowledgeBase(): Promise<void> {
  try {
    const raw = canPullSettings ? await connection.workspace.getConfiguration('sanad') : undefined;
    const paths = withDefaults(raw).knowledgeBase.paths;
    const folders = workspaceFolders.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    if (knowledgeBase.refresh(paths, folders, workspaceTrusted)) {
      store.reset();
      for (const doc of documents.all()) {
        diagnosticsScheduler.schedule(doc.uri, doc.getText().length);
        connection.sendNotification(AnalysisChangedNotification, { uri: doc.uri, version: doc.version });
      }
    }
  } catch (e) {
    connection.console.error(`[kb] ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }
}

connection.onNotification(WorkspaceTrustedNotification, () => {
  workspaceTrusted = true;
  void refreshKnowledgeBase();
});

connection.onInitialized(() => {
  workspaceIndex.indexFolders(workspaceFolders);
  void refreshKnowledgeBase();
  if (client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{txt,md,json}' }] })
      .catch((e) => connection.console.error(`[watch] ${String(e)}`));
  }
  if (client.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => f.uri));
      workspaceFolders = [...workspaceFolders.filter((u) => !removed.has(u)), ...e.added.map((f) => f.uri)];
      workspaceIndex.indexFolders(workspaceFolders);
    });
  }
});

connection.onDidChangeWatchedFiles((p) => {
  if (p.changes.some((c) => knowledgeBase.concerns(c.uri))) void refreshKnowledgeBase();
  for (const change of p.changes) {
    if (change.uri.endsWith('.json')) continue;
    workspaceIndex.fileChanged(change.uri, change.type === FileChangeType.Deleted)
      .catch((e) => connection.console.error(`[workspaceSymbols] ${String(e)}`));
  }
});

connection.onRequest(SourceAtRequest, guard('sourceAt', null, async (p: SourceAtParams) => {
  const r = await analyzed(p.textDocument.uri);
  if (!r) return { location: null, message: 'Sanad does not read this document (it is not mostly Arabic text).' };
  return sourceOf(r.doc, r.analysis, p.position);
}));

connection.onRequest(TimelineRequest, guard('timeline', null, async (p: TimelineParams) => {
  const r = await analyzed(p.textDocument.uri);
  return r ? timeline(r.doc, r.analysis) : null;
}));

connection.onRequest(ExportRequest, guard('export', null, async (p: ExportParams) => {
  const r = await analyzed(p.textDocument.uri);
  if (!r) return null;
  if (p.format === 'markdown' || p.format === 'timelinejs') {
    const name = decodeURIComponent(r.doc.uri.split('/').pop() ?? '');
    return { content: exportTimeline(p.format, timeline(r.doc, r.analysis), name), extension: TIMELINE_EXTENSIONS[p.format] };
  }
  if (!(ANALYSIS_FORMATS as readonly string[]).includes(p.format)) return null;
  const format = p.format as AnalysisFormat;
  return { content: exportAnalysis(format, r.doc.getText(), r.analysis, r.doc.uri), extension: FORMAT_EXTENSIONS[format] };
}));

connection.onDidChangeConfiguration(() => {
  settings.clear();
  store.invalidate();
  void refreshKnowledgeBase();
  for (const doc of documents.all()) diagnosticsScheduler.schedule(doc.uri, doc.getText().length);
  // Switches for colours, hints and lenses take effect without reopening the document.
  if (client.workspace?.semanticTokens?.refreshSupport) void connection.languages.semanticTokens.refresh();
  if (client.workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh();
  if (client.workspace?.codeLens?.refreshSupport) void connection.sendRequest('workspace/codeLens/refresh');
});

documents.onDidChangeContent((e) => {
  idleCollector.activity();
  connection.sendNotification(AnalysisChangedNotification, { uri: e.document.uri, version: e.document.version });
  diagnosticsScheduler.schedule(e.document.uri, e.document.getText().length);
});

documents.onDidClose((e) => {
  store.forget(e.document.uri);
  settings.forget(e.document.uri);
  diagnosticsScheduler.clear(e.document.uri);
  workspaceIndex.documentClosed(e.document.uri);
});

/** Logs to the client while the connection lives, else to stderr: a logger that throws would crash us. */
function logError(message: string): void {
  try {
    connection.console.error(message);
  } catch {
    try { process.stderr.write(message + '\n'); } catch { /* nowhere left to say it */ }
  }
}
process.on('uncaughtException', (e) => logError(`[uncaught] ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => logError(`[unhandled] ${String(e)}`));

documents.listen(connection);
connection.listen();
