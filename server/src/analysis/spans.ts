// Span helpers shared by the passes. Convention: in analysis results, every property named
// `start` or `end` holding a number is an offset into the text — so one function can move any of
// them from paragraph-relative to document offsets.

/** A copy of `value` with every numeric start/end moved by `delta` (nested objects and arrays too). */
export function shiftSpans<T>(value: T, delta: number): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const arr = new Array(value.length);
    for (let i = 0; i < value.length; i++) arr[i] = shiftSpans(value[i], delta);
    return arr as unknown as T;
  }
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // for…in over analysis results (plain objects, nothing inherited): their own keys in order, like
  // Object.keys, without making an array of keys per object — placement moves thousands per edit.
  for (const k in src) {
    const v = src[k];
    if (typeof v === 'number') out[k] = k === 'start' || k === 'end' ? v + delta : v;
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
