// Document pass for money: a currency named without its country (3 مليارات درهم، 500 ريال) is read
// as the currency of the country the article is about — the country of that currency mentioned
// most (names, gentilics and state bodies: المغرب، المغربية، الحكومة المغربية …). Dirham in a
// Moroccan story is MAD, riyal in a Qatari one QAR. With no such country, or a tie, the figure
// keeps what the paragraph pass gave (the currency's name, or its most common code).
//
// A unit word that is also a currency (أوقية: the ounce, and the Mauritanian ouguiya) is read as
// the currency only when that currency's country is the article's country — mentioned at least as
// often as any other country, its places and bodies included — since gold is priced in ounces in
// every story.
import { Figure, Mention } from '../types';
import { currentKnowledgeBase } from '../kb';
import { normalizeWord } from '../normalize';
import { UNITS, UnitInfo } from './lexicon';

/** The figures, with copies (never the cached objects) for those whose currency was resolved. */
export function currenciesByCountry(figures: Figure[], mentions: readonly Mention[]): Figure[] {
  if (!figures.some((f) => f.kind === 'money' || f.kind === 'quantity')) return figures;
  const counts = placeCounts(mentions);
  if (!counts.size) return figures;
  let byCountry: Map<string, number> | undefined;
  const out = figures.slice();
  for (let i = 0; i < out.length; i++) {
    const f = out[i];
    // Only a currency written as one bare noun: دينار عراقي already says whose it is.
    if (!f.unitText || /\s/.test(f.unitText.trim())) continue;
    if (f.kind !== 'money' && f.kind !== 'quantity') continue;
    const info = UNITS.get(normalizeWord(f.unitText));
    if (!info) continue;
    if (f.kind === 'money') {
      const code = info.money && info.qualifiers?.size ? mostMentioned(info.qualifiers, counts) : null;
      if (code && code !== f.unit) out[i] = { ...f, unit: code };
    } else {
      const code = info.alsoCurrency ? currencyOfArticle(info, (byCountry ??= countryCounts(mentions))) : null;
      if (code) out[i] = { ...f, kind: 'money', unit: code };
    }
  }
  return out;
}

/** Mentions per place: a place, or a state body named with its country (الحكومة المغربية → loc:morocco). */
function placeCounts(mentions: readonly Mention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const country = m.type === 'LOC' ? m.entityId : m.type === 'ORG' ? /^org:([a-z0-9-]+)\//.exec(m.entityId)?.[1] : undefined;
    const id = m.type === 'ORG' && country ? `loc:${country}` : country;
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Mentions per country: a place counts for its country (نواكشوط for Mauritania), and so does any
 * entity the knowledge base places in one (a state body, a president). */
function countryCounts(mentions: readonly Mention[]): Map<string, number> {
  const kb = currentKnowledgeBase();
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (!m.entityId) continue;
    const body = /^org:([a-z0-9-]+)\//.exec(m.entityId)?.[1];
    const e = kb.get(m.entityId);
    const country = body ? `loc:${body}` : e?.country ?? (e?.type === 'LOC' && e.subtype === 'country' ? e.id : undefined);
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

/** The code of the qualifiers' country mentioned most; null with none mentioned or a tie. */
function mostMentioned(qualifiers: Map<string, string>, counts: Map<string, number>): string | null {
  const kb = currentKnowledgeBase();
  let best: string | null = null;
  let bestCount = 0;
  let tie = false;
  const seen = new Set<string>();
  for (const [adj, code] of qualifiers) {
    const country = kb.gentilic(adj)?.id;
    if (!country || seen.has(country)) continue;
    seen.add(country);
    const c = counts.get(country) ?? 0;
    if (c > bestCount) { best = code; bestCount = c; tie = false; } else if (c === bestCount && c > 0 && code !== best) tie = true;
  }
  return tie ? null : best;
}

/** A unit that is also a currency, read as that currency when its country is the article's
 * (mentioned, and at least as often as any other country); otherwise null. */
function currencyOfArticle(info: UnitInfo, counts: Map<string, number>): string | null {
  if (!info.alsoCurrency) return null;
  let top = 0;
  for (const c of counts.values()) top = Math.max(top, c);
  if (top === 0) return null;
  const kb = currentKnowledgeBase();
  for (const [adj, code] of info.alsoCurrency.qualifiers) {
    const country = kb.gentilic(adj)?.id;
    if (country && (counts.get(country) ?? 0) === top) return code;
  }
  return null;
}
