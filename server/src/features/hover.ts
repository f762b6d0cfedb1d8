// Hover: what Sanad knows about the word under the cursor — the entity, figure or date — and,
// inside a claim, who stands behind it.
import { Hover, MarkupKind, Position } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Entity, Figure, TimeExpression } from '../analysis/types';
import { timeLabel } from '../analysis/timeLabel';
import { boundedMemo } from '../analysis/memo';
import { arabic, escapeMarkdown, excerpt } from './markdown';
import { claimAt, claimsOf, describeSource, entityById, figureAt, mentionAt, timeAt } from './lookup';

const TYPE_NAMES: Record<string, string> = { PER: 'Person', ORG: 'Organization', LOC: 'Place', MISC: 'Other' };

export function hover(doc: TextDocument, a: Analysis, position: Position): Hover | null {
  const offset = doc.offsetAt(position);
  const parts: string[] = [];
  let range: { start: number; end: number } | undefined;

  const mention = mentionAt(a, offset);
  const figure = figureAt(a, offset);
  const time = timeAt(a, offset);
  if (mention) {
    const e = entityById(a, mention.entityId);
    if (e) parts.push(entitySection(doc, a, e, mention.kind));
    range = mention;
  } else if (time) {
    parts.push(timeSection(time));
    range = time;
  } else if (figure) {
    parts.push(figureSection(figure));
    range = figure;
  }
  const claim = claimAt(a, offset);
  if (claim) {
    parts.push(`**Source:** ${escapeMarkdown(describeSource(a, claim))} — ${arabic(doc.getText().slice(claim.source.start, claim.source.end))}`);
    range ??= claim.claim;
  }
  if (!parts.length || !range) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: { start: doc.positionAt(range.start), end: doc.positionAt(range.end) },
  };
}

function entitySection(doc: TextDocument, a: Analysis, e: Entity, kind: string): string {
  const lines: string[] = [];
  const en = e.name.en ? `**${escapeMarkdown(e.name.en)}** · ` : '';
  lines.push(`${en}${arabic(e.name.ar)}`);
  const type = TYPE_NAMES[e.type] ?? e.type;
  lines.push(`*${type}${e.subtype ? ` · ${escapeMarkdown(e.subtype)}` : ''}*${kind === 'gentilic' ? ' (named by its adjective)' : ''}`);
  if (e.description) lines.push(escapeMarkdown(e.description));
  if (e.wikidata && /^Q\d+$/.test(e.wikidata)) lines.push(`[Wikidata ${e.wikidata}](https://www.wikidata.org/wiki/${e.wikidata})`);
  const n = e.mentions.length;
  lines.push(`Mentioned ${n} time${n === 1 ? '' : 's'} in this article${e.kbId ? '' : ' · not in the knowledge base'}`);
  const claims = claimsOf(a, e.id);
  const text = doc.getText();
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const quote = (s: { start: number; end: number }) => excerpt(text.slice(s.start + shift, s.end + shift).trim(), 100);
  if (claims.length) {
    lines.push(`Source of ${claims.length} claim${claims.length === 1 ? '' : 's'} here:`);
    for (const at of claims.slice(0, 3)) lines.push(`• ${quote(at.claim)}`);
    if (claims.length > 3) lines.push(`• … ${claims.length - 3} more`);
  }
  // Claims made by others that name this entity.
  const cited = a.attributions.filter((at) => at.source.entityId !== e.id && mentionWithin(e.mentions, at.claim));
  if (cited.length) lines.push(`Named in ${cited.length} claim${cited.length === 1 ? '' : 's'} by ${[...new Set(cited.map((at) => escapeMarkdown(describeSource(a, at))))].slice(0, 3).join('; ')}`);
  return lines.join('  \n');
}

// One formatter for all: toLocaleString builds a new one per call, which shows on long articles.
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** Formatted numbers by value: an outline or diagnostics list formats thousands of figures per edit. */
const formatted = boundedMemo(10_000, (v: number) => NUMBER_FORMAT.format(v));

export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return NUMBER_FORMAT.format(v); // 0 and -0 are one Map key, and print differently
  return formatted(v);
}

function figureSection(f: Figure): string {
  const approx = f.approx ? 'about ' : '';
  const unit = f.unit ? ` ${escapeMarkdown(f.unit)}${f.value === 1 || f.kind === 'money' ? '' : 's'}` : f.unitText ? ` ${arabic(f.unitText)}` : '';
  const value = f.kind === 'percent' ? `${formatNumber(f.value)}%` : f.kind === 'ordinal' ? `#${formatNumber(f.value)} (ordinal)` : `${formatNumber(f.value)}`;
  const range = f.range ? ` (between ${formatNumber(f.range[0])} and ${formatNumber(f.range[1])})` : '';
  return `**${approx}${value}${unit}**${range}  \n*Figure · ${f.kind}${f.approx ? ' · approximate' : ''}* — ${excerpt(f.text)}`;
}

function timeSection(t: TimeExpression): string {
  const mod = t.mod ? ` · ${escapeMarkdown(t.mod.toLowerCase())}` : '';
  const anchor = t.anchor && !t.reason.includes(t.anchor) ? ` (anchor: ${escapeMarkdown(t.anchor)})` : '';
  return `**${escapeMarkdown(timeLabel(t.value))}**  \n*${t.type === 'DURATION' ? 'Duration' : t.type === 'TIME' ? 'Time' : t.type === 'SET' ? 'Recurring' : 'Date'}* \`${t.value.replace(/[^\w:.-]/g, "")}\`${mod}  \n${escapeMarkdown(t.reason)}${anchor}`;
}

/** Whether one of the (sorted) mentions lies inside the span: a binary search, for long articles. */
function mentionWithin(mentions: readonly { start: number; end: number }[], span: { start: number; end: number }): boolean {
  let lo = 0, hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < mentions.length && mentions[lo].end <= span.end;
}
