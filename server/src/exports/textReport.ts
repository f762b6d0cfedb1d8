// A readable terminal report: entities, figures, dates, sources and the timeline.
import { Analysis } from '../analysis/types';
import { timeLabel } from '../analysis/timeLabel';

const GROUPS: Array<[string, string]> = [['PER', 'People'], ['ORG', 'Organizations'], ['LOC', 'Places'], ['MISC', 'Other names']];

export function toTextReport(text: string, a: Analysis): string {
  const out: string[] = [];
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  const clip = (s: string, n = 90) => (s.length > n ? s.slice(0, n) + '…' : s);
  out.push(`Document date: ${a.dct.value} (${a.dct.reason})`);
  if (a.partial) out.push(`Partial analysis: ${a.partial.reason}`);
  for (const [type, title] of GROUPS) {
    const list = a.entities.filter((e) => e.type === type);
    if (!list.length) continue;
    out.push('', `${title} (${list.length})`);
    for (const e of list) {
      out.push(`  ${e.name.ar}${e.name.en ? ` — ${e.name.en}` : ''} ×${e.mentions.length}${e.description ? ` · ${oneLine(e.description)}` : ''}`);
    }
  }
  if (a.figures.length) {
    out.push('', `Figures (${a.figures.length})`);
    for (const f of a.figures) {
      out.push(`  ${oneLine(f.text)} → ${f.approx ? '≈' : ''}${f.value.toLocaleString('en-US')}${f.unit ? ' ' + f.unit : ''} [${f.kind}]`);
    }
  }
  if (a.times.length) {
    out.push('', `Dates and durations (${a.times.length})`);
    for (const t of a.times) out.push(`  ${oneLine(t.text)} → ${t.value}${t.mod ? ' ' + t.mod : ''} · ${timeLabel(t.value)} — ${t.reason}`);
  }
  if (a.attributions.length) {
    const names = new Map(a.entities.map((e) => [e.id, e.name.en ?? e.name.ar] as const));
    out.push('', `Sources (${a.attributions.length})`);
    for (const at of a.attributions) {
      const who = (at.source.entityId && names.get(at.source.entityId)) || at.source.text;
      const via = at.via?.length ? `, citing ${at.via.map((v) => v.text).join(', ')}` : '';
      out.push(`  ${who}${via} [${at.source.kind}]: ${clip(oneLine(text.slice(at.claim.start, at.claim.end)))}`);
    }
  }
  const dated = a.events.slice().sort((x, y) => x.value.localeCompare(y.value));
  if (dated.length) {
    out.push('', `Timeline (${dated.length})`);
    for (const ev of dated) out.push(`  ${timeLabel(ev.value)}: ${clip(oneLine(ev.text))}`);
  }
  return out.join('\n') + '\n';
}
