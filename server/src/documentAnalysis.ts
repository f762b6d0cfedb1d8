// One Analysis per open document and version; features read it and never re-run analysis.
// Each document keeps its paragraph cache, so an edit re-reads only the paragraphs it changed.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, AnalysisCache } from './analysis/analyze';
import { Analysis } from './analysis/types';
import { isMostlyArabic } from './analysis/script';

export interface DocumentAnalysis {
  version: number;
  analysis: Analysis;
}

export interface AnalysisSettings {
  documentDate?: string;
  maxLength?: number;
}

export class AnalysisStore {
  private results = new Map<string, DocumentAnalysis>();
  private caches = new Map<string, AnalysisCache>();

  /** Whether Sanad reads this document at all: plaintext or markdown that is mostly Arabic. */
  reads(doc: TextDocument): boolean {
    if (doc.languageId !== 'plaintext' && doc.languageId !== 'markdown' && doc.languageId !== 'sanad-arabic') return false;
    return isMostlyArabic(doc.getText());
  }

  /** The analysis of this exact version, computed now if needed. */
  get(doc: TextDocument, settings: AnalysisSettings): Analysis {
    const hit = this.results.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.analysis;
    let cache = this.caches.get(doc.uri);
    if (!cache) this.caches.set(doc.uri, (cache = new AnalysisCache()));
    const analysis = analyze(doc.getText(), { documentDate: settings.documentDate || undefined, maxLength: settings.maxLength }, cache);
    this.results.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  }

  /** The last analysis of any version, for answers that may be slightly stale. */
  last(uri: string): DocumentAnalysis | undefined {
    return this.results.get(uri);
  }

  invalidate(uri?: string): void {
    if (uri) this.results.delete(uri);
    else this.results.clear();
  }

  /** Drops every result and paragraph cache (the knowledge base changed under them). */
  reset(): void {
    this.results.clear();
    this.caches.clear();
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.caches.delete(uri);
  }
}
