// Span helpers shared by the passes. Convention: in analysis results, every property named
// `start` or `end` holding a number is an offset into the text — so one function can move any of
// them from paragraph-relative to document offsets.

/** A copy of `value` with every numeric start/end moved by `delta` (nested objects and arrays too). */
export function shiftSpans<T>(value: T, delta: number): T {
  if (Array.isArray(value)) return value.map((v) => shiftSpans(v, delta)) as unknown as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if ((k === 'start' || k === 'end') && typeof v === 'number') out[k] = v + delta;
    else if (v !== null && typeof v === 'object') out[k] = shiftSpans(v, delta);
    else out[k] = v;
  }
  return out as T;
}

/** Index of the first span whose end is after `offset` (spans sorted by start, not overlapping). */
export function spanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
