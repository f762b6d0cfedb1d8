// Hand-built analyses for feature tests that must not wait for the analysis passes: spans are
// found by searching the text, so the fixtures read like the article they describe.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Attribution, Entity, EntityType, Figure, Mention, SourceKind, Span, TimeExpression } from '../../server/src/analysis/types';

export class AnalysisBuilder {
  private a: Analysis;
  constructor(readonly text: string) {
    this.a = {
      length: text.length,
      dct: { value: '2024-07-25', origin: 'option', reason: 'test' },
      mentions: [], entities: [], figures: [], times: [], attributions: [], events: [],
    };
  }

  /** The n-th occurrence of `needle`. */
  span(needle: string, n = 0): Span {
    let at = -1;
    for (let i = 0; i <= n; i++) {
      at = this.text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`"${needle}" (occurrence ${n}) not in the fixture`);
    }
    return { start: at, end: at + needle.length };
  }

  entity(id: string, type: EntityType, name: { ar: string; en: string | null }, spellings: Array<string | [string, number]>, extra: Partial<Entity> = {}): this {
    const spans = spellings.map((s) => (typeof s === 'string' ? this.span(s) : this.span(s[0], s[1])));
    const e: Entity = { id, kbId: extra.kbId ?? id, type, name, mentions: spans, ...extra };
    this.a.entities.push(e);
    for (const s of spans) {
      const m: Mention = { ...s, text: this.text.slice(s.start, s.end), type, entityId: id, kind: 'name', via: 'kb' };
      this.a.mentions.push(m);
    }
    this.a.mentions.sort((x, y) => x.start - y.start);
    return this;
  }

  figure(needle: string, value: number, extra: Partial<Figure> = {}, n = 0): this {
    const s = this.span(needle, n);
    this.a.figures.push({ ...s, text: needle, kind: 'quantity', value, ...extra });
    this.a.figures.sort((x, y) => x.start - y.start);
    return this;
  }

  time(needle: string, value: string, extra: Partial<TimeExpression> = {}, n = 0): this {
    const s = this.span(needle, n);
    this.a.times.push({ ...s, text: needle, type: value.startsWith('P') ? 'DURATION' : 'DATE', value, reason: `test rule for ${value}`, ...extra });
    this.a.times.sort((x, y) => x.start - y.start);
    return this;
  }

  /** An attribution: cue, source and claim found by their text. */
  claim(cue: string, source: string, claim: string, entityId: string | null, kind: SourceKind = 'named', via?: Attribution['via']): this {
    const c = this.span(cue), s = this.span(source), cl = this.span(claim);
    this.a.attributions.push({
      cue: { ...c, text: cue }, source: { ...s, text: source, entityId, kind }, claim: cl, ...(via ? { via } : {}),
    });
    this.a.attributions.sort((x, y) => x.claim.start - y.claim.start);
    return this;
  }

  /** Any field, for analyses that are deliberately wrong (spans beyond the text …). */
  patch(f: (a: Analysis) => void): this {
    f(this.a);
    return this;
  }

  build(): Analysis {
    return this.a;
  }

  doc(uri = 'file:///test/article.txt', languageId = 'plaintext'): TextDocument {
    return TextDocument.create(uri, languageId, 1, this.text);
  }
}
