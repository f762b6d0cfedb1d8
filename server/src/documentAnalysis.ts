// One Analysis per open document and version; features read it and never re-run analysis.
// Each document keeps its paragraph cache, so an edit re-reads only the paragraphs it changed.
// Analysis runs in slices that give the event loop back, and is cancelled when a newer version
// arrives; a large document's requests may be answered from the last result meanwhile.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeInSlices, AnalysisCache } from './analysis/analyze';
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

/** Documents at least this long may be answered from their previous analysis while the new one runs. */
export const STALE_OK_LENGTH = 200_000;
/** How long such a request waits for the fresh analysis before it takes the previous one. */
export const STALE_WAIT_MS = 100;

interface Job {
  version: number;
  promise: Promise<Analysis | null>;
}

export class AnalysisStore {
  private results = new Map<string, DocumentAnalysis>();
  private caches = new Map<string, AnalysisCache>();
  private jobs = new Map<string, Job>();
  private readsCache = new WeakMap<TextDocument, { version: number; reads: boolean }>();

  /** `currentVersion(uri)`: the newest version the server has of a document (undefined once closed). */
  constructor(private readonly currentVersion: (uri: string) => number | undefined) {}

  /** Whether Sanad reads this document at all: plaintext or markdown that is mostly Arabic. */
  reads(doc: TextDocument): boolean {
    if (doc.languageId !== 'plaintext' && doc.languageId !== 'markdown') return false;
    const known = this.readsCache.get(doc);
    if (known && known.version === doc.version) return known.reads;
    const reads = isMostlyArabic(doc.getText());
    this.readsCache.set(doc, { version: doc.version, reads });
    return reads;
  }

  /**
   * The analysis of this version, computed if needed. Resolves null when a newer version arrived
   * meanwhile (ask again with it). For a large document with a previous result, a request that
   * would wait longer than STALE_WAIT_MS gets that previous result (`allowStale`).
   */
  async analysis(doc: TextDocument, settings: AnalysisSettings, allowStale = true): Promise<Analysis | null> {
    const hit = this.results.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.analysis;
    let job = this.jobs.get(doc.uri);
    if (!job || job.version !== doc.version) job = this.start(doc, settings);
    if (allowStale && hit && doc.getText().length >= STALE_OK_LENGTH) {
      const timeout = new Promise<'late'>((r) => setTimeout(() => r('late'), STALE_WAIT_MS));
      const first = await Promise.race([job.promise, timeout]);
      return first === 'late' ? hit.analysis : first;
    }
    return job.promise;
  }

  private start(doc: TextDocument, settings: AnalysisSettings): Job {
    const { uri, version } = doc;
    let cache = this.caches.get(uri);
    if (!cache) this.caches.set(uri, (cache = new AnalysisCache()));
    const options = { documentDate: settings.documentDate || undefined, maxLength: settings.maxLength };
    const promise = analyzeInSlices(doc.getText(), options, cache, () => this.currentVersion(uri) !== version)
      .then((analysis) => {
        if (analysis && this.jobs.get(uri) === job) {
          this.results.set(uri, { version, analysis });
          this.jobs.delete(uri);
        }
        return analysis;
      });
    const job: Job = { version, promise };
    this.jobs.set(uri, job);
    return job;
  }

  /** The last analysis of any version, for answers that may be slightly stale. */
  last(uri: string): DocumentAnalysis | undefined {
    return this.results.get(uri);
  }

  /** Drops results (settings changed); paragraph caches stay valid. */
  invalidate(uri?: string): void {
    if (uri) {
      this.results.delete(uri);
      this.jobs.delete(uri);
    } else {
      this.results.clear();
      this.jobs.clear();
    }
  }

  /** Drops every result and paragraph cache (the knowledge base changed under them). */
  reset(): void {
    this.results.clear();
    this.jobs.clear();
    this.caches.clear();
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.caches.delete(uri);
    this.jobs.delete(uri);
  }
}
