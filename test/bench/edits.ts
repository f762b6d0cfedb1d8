// The edit loop the benchmarks share: one-character edits of a large document in a warm paragraph
// cache, as a reader typing in it (the server's way of re-analyzing).
import { analyze, AnalysisCache } from '../../server/src/analysis/analyze';
import { AnalyzeOptions } from '../../server/src/analysis/types';

/** Analyzes `text` once; each call of the returned function inserts a letter mid-document and re-analyzes. */
export function editingSession(text: string, options: AnalyzeOptions): () => void {
  const cache = new AnalysisCache();
  let cur = text;
  analyze(cur, options, cache);
  let k = 0;
  return () => {
    // Spread over the middle of the document, away from its first and last 100 KB.
    const at = 100_000 + ((k++ * 104729) % (text.length - 200_000));
    cur = cur.slice(0, at) + 'و' + cur.slice(at);
    analyze(cur, options, cache);
  };
}
