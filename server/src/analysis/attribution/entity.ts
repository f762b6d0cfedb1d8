// Which entity a source phrase stands for, from the entity mentions inside it. Positions decide,
// not ids: a paragraph's mentions carry provisional ids and the document pass brings final ones.
import { Mention, Span } from '../types';
import { normalizeWord } from '../normalize';
import { lexicon } from './lexicon';

/** Index of the first mention ending after `offset` (mentions sorted by start). */
function firstEndingAfter(mentions: readonly Mention[], offset: number): number {
  let lo = 0, hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start + 400 < offset) lo = mid + 1; // mentions are short: a safe lower bound
    else hi = mid;
  }
  return lo;
}

/** The best entity for a source span: a person's name over a title over an organization over a
 * place; a gentilic only when it is the whole source (الأمريكيون) or qualifies an institution
 * (الحكومة العراقية), never a person (المحلل الروسي is not Russia). */
export function pickEntity(span: Span, mentions: readonly Mention[], text: string): string | null {
  if (!mentions.length || span.end <= span.start) return null;
  let best: Mention | null = null;
  let bestScore = 0;
  const headRaw = text.trim().split(/\s+/, 1)[0] ?? '';
  const head = normalizeWord(headRaw).replace(/^[وف]/, (m) => (headRaw.length > 3 ? '' : m));
  const lex = lexicon();
  const institution = lex.institutionHeads.has(head) || lex.institutionHeads.has(normalizeWord(headRaw));
  for (let i = firstEndingAfter(mentions, span.start); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start >= span.end) break;
    if (m.end <= span.start) continue;
    let score = 0;
    if (m.kind === 'name') score = m.type === 'PER' ? 6 : m.type === 'ORG' ? 5 : 3;
    else if (m.kind === 'title') score = 5.5;
    else if (m.kind === 'gentilic') {
      const whole = m.start <= span.start && m.end >= span.end;
      score = whole || institution ? 2 : 0;
    }
    if (score > bestScore) { best = m; bestScore = score; }
  }
  return best ? best.entityId : null;
}
