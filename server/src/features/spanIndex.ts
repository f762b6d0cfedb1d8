// "Is this span inside one of those?" asked for every figure of a long document: a sorted, merged
// copy of the containers and a binary search, instead of a scan per question.
import { Span } from '../analysis/types';

/** A predicate telling whether a span lies inside (the union of) the given containers. */
export function insideAny(containers: readonly Span[]): (s: Span) => boolean {
  const sorted = containers.filter((c) => c.end > c.start).map((c) => ({ start: c.start, end: c.end })).sort((x, y) => x.start - y.start);
  const merged: Span[] = [];
  for (const c of sorted) {
    const last = merged[merged.length - 1];
    if (last && c.start <= last.end) last.end = Math.max(last.end, c.end);
    else merged.push(c);
  }
  return (s: Span) => {
    let lo = 0, hi = merged.length - 1, hit = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid].start <= s.start) {
        hit = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return hit >= 0 && merged[hit].end >= s.end && s.start < merged[hit].end;
  };
}
