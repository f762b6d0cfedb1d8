// Inlay hints: the normalized value after each figure and date ("= 2,500", "= 2024-09 · September
// 2024", "≈ P2M · 2 months"), only in the range the editor asks for. A hint's text is built from
// the normalized value alone, never from article text.
import { InlayHint, InlayHintKind, Range } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Figure, TimeExpression } from '../analysis/types';
import { timeLabel } from '../analysis/timeLabel';
import { normalizeWord } from '../analysis/normalize';
import { formatNumber } from './hover';
import { bomShift } from './ranges';
import { insideAny } from './spanIndex';

/** "= 2,500", "≈ 2,500 soldiers", "= 40%", "= 1,000,000 USD". Empty when it would only repeat the text. */
export function figureHint(f: Figure): string {
  const sign = f.approx ? '≈' : '=';
  const n = formatNumber(f.value);
  let value = f.kind === 'percent' ? `${n}%` : f.kind === 'ordinal' ? `#${n}` : n;
  if (f.range) value = `${formatNumber(f.range[0])}–${formatNumber(f.range[1])}`;
  if (f.unit && /^[\w .$€£-]{1,40}$/.test(f.unit)) value += ` ${f.unit}${f.kind !== 'money' && f.value !== 1 && !/s$/.test(f.unit) ? 's' : ''}`;
  if (!f.approx && normalizeWord(f.text).replace(/[\s,]/g, '') === value.replace(/[\s,]/g, '')) return '';
  return `${sign} ${value}`;
}

/** "= 2024-09 · September 2024", "≈ P2M · 2 months", "= 2025" (no label when it would repeat the value). */
export function timeHint(t: TimeExpression, dct?: string): string {
  const sign = t.mod === 'APPROX' ? '≈' : '=';
  const value = t.value.replace(/[^\w:.-]/g, '');
  if (!value) return '';
  const label = timeLabel(t.value).split(' · ')[0];
  // PRESENT_REF and friends mean nothing to a reader: say "now", and when now is.
  if (value.endsWith('_REF')) return value === 'PRESENT_REF' && dct ? `${sign} ${label} (${dct})` : `${sign} ${label}`;
  return label && label !== value ? `${sign} ${value} · ${label}` : `${sign} ${value}`;
}

export function inlayHints(doc: TextDocument, a: Analysis, range: Range): InlayHint[] {
  const shift = bomShift(doc);
  const length = doc.getText().length;
  const lo = doc.offsetAt(range.start) - shift;
  const hi = doc.offsetAt(range.end) - shift;
  const inRange = (s: { start: number; end: number }) => s.end > lo && s.start < hi && s.end + shift <= length;
  const out: Array<InlayHint & { at: number }> = [];
  const times = a.times.filter(inRange);
  for (const t of times) {
    const label = timeHint(t, a.dct.value);
    if (label) out.push({ at: t.end, position: doc.positionAt(t.end + shift), label, kind: InlayHintKind.Type, paddingLeft: true, tooltip: t.reason });
  }
  const inDate = insideAny(times);
  for (const f of a.figures.filter(inRange)) {
    // A year inside a date ("عام 2025") is the date's business.
    if (inDate(f)) continue;
    const label = figureHint(f);
    if (label) out.push({ at: f.end, position: doc.positionAt(f.end + shift), label, kind: InlayHintKind.Type, paddingLeft: true });
  }
  out.sort((x, y) => x.at - y.at);
  return out.map(({ at: _at, ...hint }) => hint);
}
