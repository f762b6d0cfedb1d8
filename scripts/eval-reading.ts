// Held-out reading evaluation: runs analyze() on the articles of test/eval/ with their document
// dates and scores entities, times, figures and attributions against the hand-made gold.
//
//   npm run eval:reading [-- --quiet] [-- --json FILE] [-- --article NAME[,NAME…]]
//
// --quiet prints only the tables; --json writes every per-item result to FILE; --article limits
// the run to the articles whose file name contains one of the NAMEs. Exit code 0 whatever the scores (this
// measures, it does not gate).
//
// Matching rules (see also test/eval/README.md for the gold format):
//
// Locating gold text. A gold item's span is the first occurrence of `text` (inside the first
// occurrence of `at` when given) that starts a word — at the start of a word, or after a clitic
// prefix of و ف ب ل ك (so "لبنان" is found in "وفي لبنان" but never inside "اللبناني") — and
// ends one. "All occurrences" (for precision) are every such occurrence of `text` and of `also`.
//
// Entities (recall is per gold entry, precision per system mention):
//   found        a system mention of the gold type overlaps the gold span by at least half of the
//                gold span's length (so a clitic inside or outside the span does not matter, and a
//                partial ORG such as "وزارة المالية" for "وزارة المالية السعودية" counts);
//   detected     the same, ignoring the type (the gap between the two is type errors);
//   exact        found with the same boundaries, up to a leading clitic;
//   linked       the found mention's entity has an English name that matches one of the gold
//                names loosely: case, accents, punctuation and "al-/el-/the/of" ignored; equal,
//                or one name's words all in the other's when the shorter has two words or more,
//                or a character-bigram Dice ≥ 0.8, or the same consonant skeleton; an acronym
//                given in the gold (OCHA) matches a name holding it as a word (UN OCHA).
//   precision    a system mention (titles excluded: they are coreference, not names) is right
//                when it overlaps an occurrence of a gold entity of its type; one lying inside a
//                gold span of another type is nested (ignored, e.g. السعودية in وزارة المالية
//                السعودية); one overlapping only optional gold is ignored; any other overlap is a
//                type error; no overlap at all is spurious.
// Times and figures:
//   found        a system expression overlaps the gold span (the one with the largest overlap is
//                the match); correct: times, the TIMEX3 value equals one of the gold values
//                exactly (mod and type are reported, not scored); figures, the value equals the
//                gold value within 0.1 % relative; the unit is scored separately, only where the
//                gold gives one (loose: case, plural s, metre/meter and litre/liter, currency code).
//   precision    a system expression overlapping an occurrence of a gold item is right, one
//                overlapping only optional gold is ignored, any other is a false positive. A
//                figure overlapping a gold time expression (years, day numbers, durations) and no
//                gold figure is ignored.
// Attributions (per gold claim):
//   matched      the system attributions whose claim span contains the start of the gold
//                claimStart substring; the innermost (shortest claim) is the match;
//   correct      gold source null: no match (the claim is correctly unattributed);
//                otherwise the match's source text contains one of the gold sources after a loose
//                Arabic normalization (hamza/alef, ى/ي, ة/ه, diacritics, tatweel, leading clitics
//                of each word stripped), or the source's entity (entityId) has a mention or name
//                that does — so "وأضاف" resolved to the speaker named before counts.
//   accuracy     correct / all gold claims, unattributed ones included — issue 6's metric;
//   detection    recall: attributed gold claims with a match; precision: system attributions
//                whose claim contains the start of an attributed gold claim (those containing
//                only optional claims are ignored; those containing only unattributed gold
//                claims, or no gold claim at all, are false attributions).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analyze } from '../server/src/analysis/analyze';
import type { Analysis, Attribution, Figure, TimeExpression } from '../server/src/analysis/types';

// ---------------------------------------------------------------------------------------------
// Gold

type OneOrMany<T> = T | T[];
interface GoldEntity { text: string; at?: string; type: string; en: OneOrMany<string>; gentilic?: boolean; also?: string[]; optional?: boolean }
interface GoldTime { text: string; at?: string; value: OneOrMany<string>; type: string; optional?: boolean }
interface GoldFigure { text: string; at?: string; value: number; unit?: OneOrMany<string>; optional?: boolean }
interface GoldAttribution { claimStart: string; source: OneOrMany<string> | null; kind?: string; optional?: boolean }
interface Gold { entities: GoldEntity[]; times: GoldTime[]; figures: GoldFigure[]; attributions: GoldAttribution[] }

const many = <T>(x: OneOrMany<T>): T[] => (Array.isArray(x) ? x : [x]);

function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'test', 'eval', 'articles.json'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

// ---------------------------------------------------------------------------------------------
// Locating gold text in the article

const WORD = /[\u0621-\u063A\u0640-\u065F\u0660-\u0669\u0670-\u06D3\u06FA-\u06FFA-Za-z0-9]/;
const CLITIC = /[وفبلك]/;
const isWord = (c: string | undefined): boolean => c !== undefined && WORD.test(c);

/** Does an occurrence at [s, e) start and end a word (a leading clitic of و ف ب ل ك allowed)? */
function wordBounded(text: string, s: number, e: number): boolean {
  if (isWord(text[e]) && isWord(text[e - 1])) return false;
  if (!isWord(text[s]) || !isWord(text[s - 1])) return true;
  let i = s - 1;
  let n = 0;
  while (i >= 0 && isWord(text[i])) {
    if (!CLITIC.test(text[i]) || ++n > 3) return false;
    i--;
  }
  return true;
}

function occurrences(text: string, needle: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = text.indexOf(needle, i + 1)) {
    if (wordBounded(text, i, i + needle.length)) out.push(i);
  }
  if (!out.length) {
    // no word-bounded occurrence: fall back to the raw substring (reported by the gold check)
    for (let i = text.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = text.indexOf(needle, i + 1)) out.push(i);
  }
  return out;
}

interface Span { start: number; end: number }

function locate(text: string, item: { text: string; at?: string }): Span | null {
  let from = 0;
  let to = text.length;
  if (item.at) {
    const a = text.indexOf(item.at);
    if (a < 0) return null;
    from = a;
    to = a + item.at.length;
  }
  const s = occurrences(text, item.text, from, to)[0];
  return s === undefined ? null : { start: s, end: s + item.text.length };
}

function allOccurrences(text: string, item: { text: string; at?: string; also?: string[] }): Span[] {
  const out: Span[] = [];
  const first = locate(text, item);
  if (first) out.push(first);
  for (const t of [item.text, ...(item.also ?? [])]) {
    for (const s of occurrences(text, t)) out.push({ start: s, end: s + t.length });
  }
  return out;
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const inside = (a: Span, b: Span): boolean => a.start >= b.start && a.end <= b.end;

// ---------------------------------------------------------------------------------------------
// Loose comparisons

function looseEnTokens(s: string): string[] {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`ʿʻ]/g, '')
    .replace(/\b(al|el|ad|an|ar|as|ash|at|az)-/g, '')
    .replace(/[^a-z0-9+]+/g, ' ')
    .split(' ')
    .filter((w) => w && !['the', 'of', 'al', 'el', 'and', 'for'].includes(w));
}

function bigramDice(a: string, b: string): number {
  const grams = (s: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let common = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  const total = Math.max(0, a.length - 1) + Math.max(0, b.length - 1);
  return total ? (2 * common) / total : 0;
}

const skeleton = (s: string): string => s.replace(/[aeiouy ]/g, '').replace(/(.)\1+/g, '$1');

function enMatches(got: string | null | undefined, gold: string[]): boolean {
  if (!got) return false;
  const g = looseEnTokens(got);
  return gold.some((want) => {
    // an acronym given in the gold (OCHA, UNHCR, OPEC+) matches a name that contains it as a word
    if (/^[A-Z]{2,}\+?$/.test(want) && got.split(/[^A-Za-z+]+/).includes(want)) return true;
    const w = looseEnTokens(want);
    const gs = g.join(' ');
    const ws = w.join(' ');
    if (!gs || !ws) return false;
    if (gs === ws) return true;
    const [short, long] = g.length <= w.length ? [g, w] : [w, g];
    if (short.length >= 2 && short.every((t) => long.includes(t))) return true;
    if (bigramDice(gs, ws) >= 0.8) return true;
    return skeleton(gs) === skeleton(ws);
  });
}

/** Loose Arabic for source comparison: letters unified, diacritics and leading clitics dropped. */
function looseAr(s: string): string {
  return s
    .replace(/[\u064B-\u065F\u0670\u0640\u200c-\u200f\u061c]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[^\u0621-\u064A0-9A-Za-z]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => w.replace(/^(?:[وف]?(?:بال|كال|لل|ال))(?=..)/, '').replace(/^[وف]?[بلك]?(?=...)/, ''))
    .join(' ');
}

function unitMatches(got: string | undefined, gold: string[]): boolean {
  if (!got) return false;
  // British and American spellings are one unit (cubic metre = cubic meter, litre = liter).
  const norm = (u: string): string => u.toLowerCase().trim().replace(/(met|lit)re\b/g, '$1er').replace(/(es|s)$/, '');
  const g = norm(got);
  return gold.some((w) => {
    const n = norm(w);
    return n === g || g.includes(n) || n.includes(g);
  });
}

// ---------------------------------------------------------------------------------------------
// Scoring

interface Counts { gold: number; found: number; detected?: number; exact?: number; correct: number; sys: number; sysRight: number }
const zero = (): Counts => ({ gold: 0, found: 0, detected: 0, exact: 0, correct: 0, sys: 0, sysRight: 0 });
function add(a: Counts, b: Counts): void {
  for (const k of Object.keys(b) as Array<keyof Counts>) (a[k] as number) = ((a[k] as number) ?? 0) + ((b[k] as number) ?? 0);
}

interface Problem { pass: string; article: string; class: string; text: string; expected: string; got: string }

const snippet = (text: string, s: Span, pad = 0): string =>
  text.slice(Math.max(0, s.start - pad), Math.min(text.length, s.end + pad)).replace(/\s+/g, ' ');

function scoreEntities(article: string, text: string, gold: GoldEntity[], a: Analysis, problems: Problem[]): Counts & { linkable: number } {
  const c = { ...zero(), linkable: 0 };
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  for (const g of gold) {
    const span = locate(text, g);
    if (!span) throw new Error(`${article}: gold entity "${g.text}" not in the article`);
    const need = (span.end - span.start) / 2;
    const over = a.mentions.filter((m) => overlap(m, span) >= need);
    const typed = over.filter((m) => m.type === g.type).sort((x, y) => overlap(y, span) - overlap(x, span));
    if (g.optional) continue;
    c.gold++;
    if (over.length) c.detected!++;
    const m = typed[0];
    if (!m) {
      const anyOver = a.mentions.filter((x) => overlap(x, span) > 0);
      if (over.length) {
        problems.push({ pass: 'entities', article, class: 'wrong type', text: g.text, expected: g.type, got: over.map((x) => `${x.text} ${x.type}`).join('; ') });
      } else if (anyOver.length) {
        problems.push({ pass: 'entities', article, class: 'partial span (< half of the gold)', text: g.text, expected: `${g.type} ${many(g.en)[0]}`, got: anyOver.map((x) => `${x.text} ${x.type}`).join('; ') });
      } else {
        problems.push({ pass: 'entities', article, class: g.gentilic ? 'missed gentilic' : `missed ${g.type}`, text: g.text, expected: many(g.en)[0], got: '—' });
      }
      continue;
    }
    c.found++;
    const clitic = text.slice(span.start, m.start);
    if (m.end === span.end && (m.start === span.start || /^[وفبلك]{1,3}$/.test(clitic) || /^[وفبلك]{1,3}$/.test(text.slice(m.start, span.start)))) c.exact!++;
    else problems.push({ pass: 'entities', article, class: 'boundary', text: g.text, expected: g.text, got: m.text });
    const e = byId.get(m.entityId);
    const en = e?.name.en ?? null;
    if (enMatches(en, many(g.en))) c.correct++;
    else
      problems.push({
        pass: 'entities', article, class: e?.kbId ? 'linked to the wrong entity' : 'not linked (no KB entry / no English name)',
        text: g.text, expected: many(g.en)[0], got: `${en ?? 'null'} (${m.entityId})`,
      });
  }
  // precision over system mentions
  const goldOcc = gold.flatMap((g) => allOccurrences(text, g).map((s) => ({ ...s, type: g.type, optional: !!g.optional, g })));
  for (const m of a.mentions) {
    const hits = goldOcc.filter((o) => overlap(o, m) > 0);
    if (hits.some((o) => o.type === m.type && !o.optional)) { c.sys++; c.sysRight++; continue; }
    if (hits.some((o) => o.optional)) continue;
    if (hits.some((o) => inside(m, o))) continue; // nested inside a gold span of another type
    if (m.kind === 'title' && !hits.length) continue;
    c.sys++;
    if (hits.length) problems.push({ pass: 'entities', article, class: 'false positive: type', text: m.text, expected: hits.map((o) => `${o.g.text} ${o.type}`).join('; '), got: m.type });
    else problems.push({ pass: 'entities', article, class: `false positive: spurious ${m.type}${m.kind === 'gentilic' ? ' gentilic' : ''} (via ${m.via ?? '?'})`, text: m.text, expected: '—', got: `${m.type} ${a.entities.find((e) => e.id === m.entityId)?.name.en ?? m.entityId} | ${snippet(text, m, 15)}` });
  }
  return c;
}

function scoreSpans<S extends Span & { text: string }, G extends { text: string; at?: string; optional?: boolean }>(
  pass: 'times' | 'figures', article: string, text: string, gold: G[], sys: S[],
  isCorrect: (s: S, g: G) => boolean, show: (s: S) => string, want: (g: G) => string, problems: Problem[],
  ignore: (s: S) => boolean, extra?: (s: S, g: G) => void,
): Counts {
  const c = zero();
  for (const g of gold) {
    const span = locate(text, g);
    if (!span) throw new Error(`${article}: gold ${pass} "${g.text}" not in the article`);
    if (g.optional) continue;
    c.gold++;
    const best = sys.filter((s) => overlap(s, span) > 0).sort((x, y) => overlap(y, span) - overlap(x, span))[0];
    if (!best) {
      problems.push({ pass, article, class: 'missed', text: g.text, expected: want(g), got: '—' });
      continue;
    }
    c.found++;
    if (isCorrect(best, g)) c.correct++;
    else problems.push({ pass, article, class: 'wrong value', text: g.text, expected: want(g), got: show(best) });
    extra?.(best, g);
  }
  const occ = gold.flatMap((g) => {
    const first = locate(text, g);
    const rest = g.at ? [] : occurrences(text, g.text).map((s) => ({ start: s, end: s + g.text.length }));
    return [...(first ? [first] : []), ...rest].map((s) => ({ ...s, optional: !!g.optional }));
  });
  for (const s of sys) {
    const hits = occ.filter((o) => overlap(o, s) > 0);
    if (hits.some((o) => !o.optional)) { c.sys++; c.sysRight++; continue; }
    if (hits.length || ignore(s)) continue;
    c.sys++;
    problems.push({ pass, article, class: 'false positive', text: s.text, expected: '—', got: `${show(s)} | ${snippet(text, s, 15)}` });
  }
  return c;
}

function scoreAttributions(article: string, text: string, gold: GoldAttribution[], a: Analysis, problems: Problem[]): Counts & { attributedGold: number; kindRight: number } {
  const c = { ...zero(), attributedGold: 0, kindRight: 0 };
  const sourceOk = (at: Attribution, want: string[]): boolean => {
    const cands = [at.source.text];
    if (at.source.entityId) {
      const e = a.entities.find((x) => x.id === at.source.entityId);
      if (e) cands.push(e.name.ar, ...e.mentions.map((m) => text.slice(m.start, m.end)));
    }
    return want.some((w) => cands.some((s) => looseAr(s).includes(looseAr(w))));
  };
  const showAttr = (at: Attribution): string =>
    `${at.cue.text} → ${at.source.text} [${at.source.kind}${at.source.entityId ? ' ' + at.source.entityId : ''}]${at.via?.length ? ' via ' + at.via.map((v) => v.text).join(', ') : ''} | claim: «${snippet(text, at.claim).slice(0, 60)}…»`;
  const positions: Array<{ pos: number; g: GoldAttribution }> = [];
  for (const g of gold) {
    const pos = text.indexOf(g.claimStart);
    if (pos < 0) throw new Error(`${article}: gold claim "${g.claimStart}" not in the article`);
    positions.push({ pos, g });
    const match = a.attributions
      .filter((at) => at.claim.start <= pos && pos < at.claim.end)
      .sort((x, y) => x.claim.end - x.claim.start - (y.claim.end - y.claim.start))[0];
    if (g.optional) continue;
    c.gold++;
    if (g.source === null) {
      if (!match) c.correct++;
      else problems.push({ pass: 'attributions', article, class: 'false attribution (gold: unattributed)', text: g.claimStart, expected: 'unattributed', got: showAttr(match) });
      continue;
    }
    c.attributedGold++;
    const want = many(g.source);
    if (!match) {
      problems.push({ pass: 'attributions', article, class: 'missed (no attribution covers the claim)', text: g.claimStart, expected: `${want[0]} [${g.kind}]`, got: '—' });
      continue;
    }
    c.found++;
    if (match.source.kind === g.kind) c.kindRight++;
    if (sourceOk(match, want)) {
      c.correct++;
      if (match.source.kind !== g.kind) problems.push({ pass: 'attributions', article, class: 'right source, wrong kind', text: g.claimStart, expected: g.kind ?? '?', got: showAttr(match) });
    } else problems.push({ pass: 'attributions', article, class: 'wrong source', text: g.claimStart, expected: `${want[0]} [${g.kind}]`, got: showAttr(match) });
  }
  for (const at of a.attributions) {
    const covered = positions.filter((p) => at.claim.start <= p.pos && p.pos < at.claim.end);
    if (covered.some((p) => p.g.source !== null && !p.g.optional)) { c.sys++; c.sysRight++; continue; }
    if (covered.some((p) => p.g.optional)) continue;
    c.sys++;
    if (!covered.length) problems.push({ pass: 'attributions', article, class: 'system attribution with no gold claim', text: snippet(text, at.claim).slice(0, 50), expected: '—', got: showAttr(at) });
    // the ones covering only unattributed gold claims are already listed as false attributions
  }
  return c;
}

// ---------------------------------------------------------------------------------------------
// Report

const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1).padStart(5) : '    –');
function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.sys ? c.sysRight / c.sys : 0;
  const r = c.gold ? c.found / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
const f1 = (x: number): string => (100 * x).toFixed(1).padStart(5);

function main(): number {
  const args = process.argv.slice(2);
  const quiet = args.includes('--quiet');
  const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
  // --article NAME[,NAME…]: only these (a comma-separated list scores a set, e.g. one blind batch).
  const only = args.includes('--article') ? args[args.indexOf('--article') + 1].split(',') : undefined;
  const root = repoRoot();
  const evalDir = join(root, 'test', 'eval');
  const list: Array<{ file: string; dct: string }> = JSON.parse(readFileSync(join(evalDir, 'articles.json'), 'utf8'));
  const problems: Problem[] = [];
  const totals = { entities: { ...zero(), linkable: 0 }, times: zero(), figures: zero(), attributions: { ...zero(), attributedGold: 0, kindRight: 0 } };
  const extras = { timeTypeRight: 0, unitGold: 0, unitRight: 0 };
  const rows: string[] = [];
  const perArticle: Record<string, unknown> = {};
  let ms = 0;

  for (const { file, dct } of list) {
    if (only && !only.some((name) => file.includes(name))) continue;
    const text = readFileSync(join(evalDir, 'articles', file), 'utf8').replace(/^\uFEFF/, '');
    const gold: Gold = JSON.parse(readFileSync(join(evalDir, 'gold', file.replace(/\.txt$/, '.json')), 'utf8'));
    const t0 = process.hrtime.bigint();
    const a = analyze(text, { documentDate: dct });
    ms += Number(process.hrtime.bigint() - t0) / 1e6;
    const name = file.replace(/\.txt$/, '');

    const ent = scoreEntities(name, text, gold.entities, a, problems);
    const tim = scoreSpans<TimeExpression, GoldTime>(
      'times', name, text, gold.times, a.times,
      (s, g) => many(g.value).includes(s.value),
      (s) => `${s.text} = ${s.value}${s.mod ? ' ' + s.mod : ''} (${s.type}; ${s.reason})`,
      (g) => `${many(g.value).join(' | ')} (${g.type})`,
      problems, () => false,
      (s, g) => {
        if (s.type === g.type) extras.timeTypeRight++;
        else problems.push({ pass: 'times', article: name, class: 'type differs (reported, not scored)', text: g.text, expected: g.type, got: `${s.type} (${s.text})` });
      },
    );
    const timeSpans = gold.times.map((g) => locate(text, g)).filter((s): s is Span => !!s);
    const fig = scoreSpans<Figure, GoldFigure>(
      'figures', name, text, gold.figures, a.figures,
      (s, g) => Math.abs(s.value - g.value) <= 1e-3 * Math.max(1, Math.abs(g.value)),
      (s) => `${s.text} = ${s.value}${s.unit ? ' ' + s.unit : ''} (${s.kind}${s.approx ? ', approx' : ''})`,
      (g) => `${g.value}${g.unit ? ' ' + many(g.unit)[0] : ''}`,
      problems,
      (s) => timeSpans.some((t) => overlap(s, t) > 0) || a.times.some((t) => inside(s, t) && timeSpans.some((g) => overlap(g, t) > 0)),
      (s, g) => {
        if (!g.unit) return;
        extras.unitGold++;
        if (unitMatches(s.unit, many(g.unit))) extras.unitRight++;
        else problems.push({ pass: 'figures', article: name, class: 'wrong or missing unit', text: g.text, expected: many(g.unit).join(' | '), got: `${s.unit ?? 'none'} (${s.text})` });
      },
    );
    const att = scoreAttributions(name, text, gold.attributions, a, problems);
    add(totals.entities, ent);
    add(totals.times, tim);
    add(totals.figures, fig);
    add(totals.attributions, att);
    perArticle[name] = { dct, entities: ent, times: tim, figures: fig, attributions: att };
    const e = prf(ent), t = prf(tim), f = prf(fig), at = prf({ ...att, gold: att.attributedGold }); // detection recall: over attributed claims
    rows.push(
      `${name.padEnd(22)} ${f1(e.p)} ${f1(e.r)} ${f1(e.f)} ${pct(ent.correct, ent.found)} │ ${f1(t.p)} ${f1(t.r)} ${pct(tim.correct, tim.found)} │ ${f1(f.p)} ${f1(f.r)} ${pct(fig.correct, fig.found)} │ ${f1(at.r)} ${f1(at.p)} ${pct(att.correct, att.gold)}`,
    );
  }

  const E = totals.entities, T = totals.times, F = totals.figures, A = totals.attributions;
  const e = prf(E), t = prf(T), f = prf(F), at = prf({ ...A, gold: A.attributedGold });
  const out: string[] = [];
  out.push('Held-out reading evaluation (test/eval, gold written before Sanad was run on the articles)');
  out.push('');
  out.push(`${''.padEnd(22)} ─────── entities ───────── │ ────── times ───── │ ───── figures ──── │ ──── attributions ───`);
  out.push(`${'article'.padEnd(22)}     P     R    F1  link │     P     R value │     P     R value │ det.R det.P accuracy`);
  out.push(...rows);
  out.push(
    `${'ALL'.padEnd(22)} ${f1(e.p)} ${f1(e.r)} ${f1(e.f)} ${pct(E.correct, E.found)} │ ${f1(t.p)} ${f1(t.r)} ${pct(T.correct, T.found)} │ ${f1(f.p)} ${f1(f.r)} ${pct(F.correct, F.found)} │ ${f1(at.r)} ${f1(at.p)} ${pct(A.correct, A.gold)}`,
  );
  out.push('');
  out.push('Per pass (micro-averaged over the articles):');
  out.push(`  entities      detection P ${f1(e.p).trim()}  R ${f1(e.r).trim()}  F1 ${f1(e.f).trim()}   (${E.found}/${E.gold} gold found with the right type, ${E.detected}/${E.gold} with any type; ${E.sysRight}/${E.sys} system mentions right)`);
  out.push(`                exact boundaries ${pct(E.exact!, E.found).trim()} % of found; linked to the right English name ${pct(E.correct, E.found).trim()} % of found (${E.correct}), end-to-end ${pct(E.correct, E.gold).trim()} % of gold`);
  out.push(`  times         detection P ${f1(t.p).trim()}  R ${f1(t.r).trim()}  F1 ${f1(t.f).trim()}   value exact ${pct(T.correct, T.found).trim()} % of found (${T.correct}/${T.found}), end-to-end ${pct(T.correct, T.gold).trim()} % of gold (${T.correct}/${T.gold}); type right ${pct(extras.timeTypeRight, T.found).trim()} %`);
  out.push(`  figures       detection P ${f1(f.p).trim()}  R ${f1(f.r).trim()}  F1 ${f1(f.f).trim()}   value right ${pct(F.correct, F.found).trim()} % of found (${F.correct}/${F.found}), end-to-end ${pct(F.correct, F.gold).trim()} % of gold (${F.correct}/${F.gold}); unit right ${pct(extras.unitRight, extras.unitGold).trim()} % (${extras.unitRight}/${extras.unitGold})`);
  out.push(`  attributions  detection R ${f1(at.r).trim()} (${A.found}/${A.attributedGold} attributed claims covered)  P ${f1(at.p).trim()} (${A.sysRight}/${A.sys} system attributions on an attributed gold claim)`);
  out.push(`                right source (or correctly none) ${pct(A.correct, A.gold).trim()} % of ${A.gold} claims (issue 6 target: 85 %); source kind right ${pct(A.kindRight, A.found).trim()} % of covered`);
  out.push(`  analyze() time: ${ms.toFixed(0)} ms for ${Object.keys(perArticle).length} articles (first one includes loading the KB and model)`);

  if (!quiet) {
    for (const pass of ['entities', 'times', 'figures', 'attributions']) {
      const ps = problems.filter((p) => p.pass === pass);
      out.push('');
      out.push(`── ${pass}: ${ps.length} problems ${'─'.repeat(60)}`);
      const classes = [...new Set(ps.map((p) => p.class))].sort((x, y) => ps.filter((p) => p.class === y).length - ps.filter((p) => p.class === x).length);
      for (const cl of classes) {
        const these = ps.filter((p) => p.class === cl);
        out.push(`  ${cl} (${these.length})`);
        for (const p of these) out.push(`    [${p.article}] ${p.text}  — expected: ${p.expected}  — got: ${p.got}`);
      }
    }
  }
  console.log(out.join('\n'));
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ totals, extras, perArticle, problems }, null, 2));
  return 0;
}

process.exitCode = main();
