// Custom LSP messages, declared once and imported by the server, the client and the webview.
// Keep this file free of 'vscode' and DOM imports.

export interface TimelineParams {
  textDocument: { uri: string };
}

export interface TimelineEvent {
  /** TIMEX3 value: 2024-09, 2025-FA, PRESENT_REF … */
  value: string;
  /** Readable date: "September 2024 · أيلول 2024". */
  label: string;
  /** ISO date the event begins (YYYY-MM-DD). */
  start: string;
  /** ISO date it ends, for spans (seasons, months, years). */
  end?: string;
  precision: 'day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade' | 'now';
  /** The clause in the document, as an LSP range. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
  entityIds: string[];
  /** Display names of those entities, parallel to entityIds. */
  entityNames: string[];
  /** Who stands behind it, when the clause is attributed. */
  source?: { name: string; kind: 'named' | 'anonymous' | 'generic' };
}

export interface TimelineResult {
  uri: string;
  version: number;
  dct: { value: string; origin: string };
  events: TimelineEvent[];
}

export const TimelineRequest = 'sanad/timeline';

export interface SourceAtParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}

export interface SourceAtResult {
  /** Where the claim's source stands (or null when the claim is unattributed). */
  location: { uri: string; range: TimelineEvent['range'] } | null;
  /** A plain sentence for the reader: "Source: Reuters, citing unnamed sources" / "This claim is unattributed". */
  message: string;
}

export const SourceAtRequest = 'sanad/sourceAt';

export interface ExportParams {
  textDocument: { uri: string };
  format: 'json' | 'text' | 'webanno' | 'brat' | 'conll' | 'markdown' | 'timelinejs';
}

export interface ExportResult {
  content: string;
  /** Suggested file extension, without the dot. */
  extension: string;
}

export const ExportRequest = 'sanad/export';

/** Sent by the server after a document's analysis changes, so views can refresh. */
export const AnalysisChangedNotification = 'sanad/analysisChanged';
export interface AnalysisChangedParams {
  uri: string;
  version: number;
}

/** Sent by the client when the user trusts the workspace: knowledge-base files outside it may now be read. */
export const WorkspaceTrustedNotification = 'sanad/workspaceTrusted';
