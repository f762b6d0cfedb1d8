// Scoring shared by the attribution sentence tests (attribution-sentences, attribution-heldout,
// attribution-heldout2). Each marker is a phrase inside a claim: the innermost claim covering it must
// have a source whose text contains the expected key, or — for null — no attribution may cover it.
import { analyze } from '../../server/src/analysis/analyze';
import { Attribution } from '../../server/src/analysis/types';

export interface Expect {
  marker: string;
  source: string | null;
  kind?: 'named' | 'anonymous' | 'generic';
  via?: string;
  quote?: boolean;
}
export interface SentenceCase { text: string; expect: Expect[] }

/** Normalized for comparison: no tashkeel or tatweel, bare alef. */
export function normPlain(s: string): string {
  return s.replace(/[\u064B-\u0652\u0670\u0640]/g, '').replace(/[أإآ]/g, 'ا');
}

/** As normPlain; besides, a ل written onto the source (للأمم المتحدة, لوزير) does not count. */
export function normNoLam(s: string): string {
  return normPlain(s).replace(/(^|\s)لل/g, '$1ال').replace(/(^|\s)ل(?=\S{3})/g, '$1');
}

/** Why `e` is missed among `atts` over `text`, or null when it is met. */
export function judge(text: string, atts: Attribution[], e: Expect, norm: (s: string) => string = normNoLam): string | null {
  const at = text.indexOf(e.marker);
  if (at < 0) return `marker not in text: ${e.marker}`;
  const end = at + e.marker.length;
  const covering = atts.filter((a) => a.claim.start <= at && end <= a.claim.end);
  if (e.source === null) return covering.length ? `expected unattributed, got ${covering[0].source.text}` : null;
  if (!covering.length) return 'no attribution';
  // The innermost claim decides.
  const a = covering.reduce((x, y) => (y.claim.end - y.claim.start < x.claim.end - x.claim.start ? y : x));
  if (!norm(a.source.text).includes(norm(e.source))) return `source "${a.source.text}"`;
  if (a.source.text.includes(e.marker)) return 'source swallowed the claim';
  if (e.kind && a.source.kind !== e.kind) return `kind ${a.source.kind}`;
  if (e.via && !(a.via ?? []).some((v) => norm(v.text).includes(norm(e.via!)))) return 'via missing';
  if (e.quote && !a.quote) return 'not marked as a quote';
  return null;
}

/** The attributions the analyzer finds in one case's text (all cases share one document date). */
export function attributionsOf(text: string): Attribution[] {
  return analyze(text, { documentDate: '2024-07-25' }).attributions;
}

/** Scores every expectation of every case; prints `label: ok/total = x %` and each miss. */
export function scoreCases(label: string, cases: SentenceCase[], norm: (s: string) => string = normNoLam): { ok: number; total: number } {
  let ok = 0, total = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const atts = attributionsOf(c.text);
    for (const e of c.expect) {
      total++;
      const why = judge(c.text, atts, e, norm);
      if (why === null) ok++;
      else misses.push(`${e.marker} → ${why}`);
    }
  }
  console.log(`${label}: ${ok}/${total} = ${(ok / total * 100).toFixed(1)} %`);
  for (const m of misses) console.log(`  miss: ${m}`);
  return { ok, total };
}
