// Checks every span of an analysis result: inside the document, start ≤ end, and never between
// the two halves of a surrogate pair.
export function allSpans(value: unknown, out: Array<{ start: number; end: number; path: string }> = [], path = ''): typeof out {
  if (Array.isArray(value)) value.forEach((v, i) => allSpans(v, out, `${path}[${i}]`));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') out.push({ start: o.start, end: o.end, path });
    for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') allSpans(v, out, `${path}.${k}`);
  }
  return out;
}

function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1), after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Returns a description of the first bad span, or null when all are fine. */
export function badSpan(text: string, value: unknown): string | null {
  for (const s of allSpans(value)) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end))) return `${s.path}: non-integer offsets`;
    if (s.start < 0 || s.end > text.length || s.start > s.end) return `${s.path}: [${s.start}, ${s.end}) outside [0, ${text.length}]`;
    if (splitsPair(text, s.start) || splitsPair(text, s.end)) return `${s.path}: splits a surrogate pair`;
  }
  return null;
}
