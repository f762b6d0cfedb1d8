// W3C Web Annotation (JSON-LD): one annotation per mention, figure, date and attribution, with
// TextPositionSelector (code points, as the model counts characters) and TextQuoteSelector targets.
import { Analysis, Span } from '../analysis/types';
import { codePointOffsets } from './codePoints';

export function toWebAnnotation(text: string, a: Analysis, sourceUri: string): object {
  const cp = codePointOffsets(text);
  const entities = new Map(a.entities.map((e) => [e.id, e] as const));
  const target = (s: Span) => ({
    source: sourceUri,
    selector: [
      { type: 'TextPositionSelector', start: cp(s.start), end: cp(s.end) },
      {
        type: 'TextQuoteSelector', exact: text.slice(s.start, s.end),
        prefix: text.slice(Math.max(0, s.start - 32), s.start), suffix: text.slice(s.end, s.end + 32),
      },
    ],
  });
  const items: object[] = [];
  let n = 0;
  const id = () => `${sourceUri}#sanad-${++n}`;
  for (const m of a.mentions) {
    const e = entities.get(m.entityId);
    const body: object[] = [{ type: 'TextualBody', purpose: 'tagging', value: m.type }];
    if (e?.wikidata) body.push({ type: 'SpecificResource', purpose: 'identifying', source: `http://www.wikidata.org/entity/${e.wikidata}` });
    body.push({ type: 'TextualBody', purpose: 'identifying', value: e?.kbId ?? m.entityId, format: 'text/plain' });
    if (e) body.push({ type: 'TextualBody', purpose: 'describing', value: e.name.en ?? e.name.ar, language: e.name.en ? 'en' : 'ar' });
    items.push({ id: id(), type: 'Annotation', motivation: 'identifying', body, target: target(m) });
  }
  for (const f of a.figures) {
    items.push({
      id: id(), type: 'Annotation', motivation: 'describing', target: target(f),
      body: [{ type: 'TextualBody', purpose: 'tagging', value: `figure:${f.kind}` },
        { type: 'TextualBody', purpose: 'describing', value: JSON.stringify({ value: f.value, unit: f.unit, approx: f.approx, range: f.range }), format: 'application/json' }],
    });
  }
  for (const t of a.times) {
    items.push({
      id: id(), type: 'Annotation', motivation: 'describing', target: target(t),
      body: [{ type: 'TextualBody', purpose: 'tagging', value: `timex3:${t.type}` },
        { type: 'TextualBody', purpose: 'describing', value: t.value }],
    });
  }
  for (const at of a.attributions) {
    const src = at.source.entityId ? entities.get(at.source.entityId) : undefined;
    items.push({
      id: id(), type: 'Annotation', motivation: 'linking', target: target(at.claim),
      body: [{ type: 'TextualBody', purpose: 'tagging', value: `source:${at.source.kind}` },
        { type: 'TextualBody', purpose: 'describing', value: src?.name.en ?? at.source.text },
        { type: 'SpecificResource', purpose: 'linking', source: sourceUri, selector: target(at.source).selector }],
    });
  }
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${sourceUri}#sanad-annotations`,
    type: 'AnnotationCollection',
    label: 'Sanad annotations',
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}
