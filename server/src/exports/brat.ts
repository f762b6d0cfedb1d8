// brat standoff (.ann): T lines for entity mentions, figures and dates; N lines linking mentions to
// Wikidata or the knowledge base; AnnotatorNotes with normalized values. Offsets in code points.
import { Analysis } from '../analysis/types';
import { codePointOffsets } from './codePoints';

const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

export function toBrat(text: string, a: Analysis): string {
  const cp = codePointOffsets(text);
  const entities = new Map(a.entities.map((e) => [e.id, e] as const));
  const out: string[] = [];
  let t = 0, n = 0, note = 0;
  const span = (s: { start: number; end: number }) => `${cp(s.start)} ${cp(s.end)}`;
  for (const m of a.mentions) {
    const id = `T${++t}`;
    out.push(`${id}\t${m.type} ${span(m)}\t${clean(text.slice(m.start, m.end))}`);
    const e = entities.get(m.entityId);
    if (e?.wikidata) out.push(`N${++n}\tReference ${id} Wikidata:${e.wikidata}\t${clean(e.name.en ?? e.name.ar)}`);
    else if (e?.kbId) out.push(`N${++n}\tReference ${id} Sanad:${e.kbId}\t${clean(e.name.en ?? e.name.ar)}`);
  }
  for (const f of a.figures) {
    const id = `T${++t}`;
    out.push(`${id}\tFigure ${span(f)}\t${clean(text.slice(f.start, f.end))}`);
    out.push(`#${++note}\tAnnotatorNotes ${id}\t${f.kind} ${f.value}${f.unit ? ' ' + f.unit : ''}${f.approx ? ' (approx)' : ''}`);
  }
  for (const x of a.times) {
    const id = `T${++t}`;
    out.push(`${id}\tTime ${span(x)}\t${clean(text.slice(x.start, x.end))}`);
    out.push(`#${++note}\tAnnotatorNotes ${id}\t${x.type} ${x.value}${x.mod ? ' ' + x.mod : ''}`);
  }
  return out.join('\n') + (out.length ? '\n' : '');
}
