// Document pass for money: a currency named without its country (3 مليارات درهم، 500 ريال) is read
// as the currency of the country the article is about — the country of that currency mentioned
// most (names, gentilics and state bodies: المغرب، المغربية، الحكومة المغربية …). Dirham in a
// Moroccan story is MAD, riyal in a Qatari one QAR. With no such country, or a tie, the figure
// keeps what the paragraph pass gave (the currency's name, or its most common code).
import { Figure, Mention } from '../types';
import { currentKnowledgeBase } from '../kb';
import { normalizeWord } from '../normalize';
import { UNITS } from './lexicon';

/** The figures, with copies (never the cached objects) for those whose currency was resolved. */
export function currenciesByCountry(figures: Figure[], mentions: readonly Mention[]): Figure[] {
  if (!figures.some((f) => f.kind === 'money')) return figures;
  const counts = new Map<string, number>();
  for (const m of mentions) {
    // A place, or a state body named with its country (الحكومة المغربية → org:morocco/government).
    const country = m.type === 'LOC' ? m.entityId : m.type === 'ORG' ? /^org:([a-z0-9-]+)\//.exec(m.entityId)?.[1] : undefined;
    const id = m.type === 'ORG' && country ? `loc:${country}` : country;
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  if (!counts.size) return figures;
  const kb = currentKnowledgeBase();
  const out = figures.slice();
  for (let i = 0; i < out.length; i++) {
    const f = out[i];
    // Only a currency written as one bare noun: دينار عراقي already says whose it is.
    if (f.kind !== 'money' || !f.unitText || /\s/.test(f.unitText.trim())) continue;
    const info = UNITS.get(normalizeWord(f.unitText));
    if (!info?.money || !info.qualifiers?.size) continue;
    let best: string | null = null;
    let bestCount = 0;
    let tie = false;
    const seen = new Set<string>();
    for (const [adj, code] of info.qualifiers) {
      const country = kb.gentilic(adj)?.id;
      if (!country || seen.has(country)) continue;
      seen.add(country);
      const c = counts.get(country) ?? 0;
      if (c > bestCount) { best = code; bestCount = c; tie = false; } else if (c === bestCount && c > 0 && code !== best) tie = true;
    }
    if (best && !tie && best !== f.unit) out[i] = { ...f, unit: best };
  }
  return out;
}
