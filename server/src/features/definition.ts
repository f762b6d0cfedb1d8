// Go to source. Inside an attributed claim — on a figure, a date, a name or a plain word — it goes
// to the claim's source in the article. On a source's own mention it goes to that entity's record
// in the knowledge base file (or its first mention when it has none).
import { Location, Position } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../analysis/types';
import { claimAt, describeSource, entityById, mentionAt, sourceAt } from './lookup';
import { t } from './l10n';

/** Where an entity of the knowledge base is written down: a file URI and a 0-based line. */
export type KbLocator = (kbId: string) => { uri: string; line: number } | null;

export function definition(doc: TextDocument, a: Analysis, position: Position, locateKb: KbLocator): Location[] {
  const offset = doc.offsetAt(position);
  const range = (s: { start: number; end: number }) => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });

  const asSource = sourceAt(a, offset);
  const mention = mentionAt(a, offset);
  if (asSource || (mention && !claimAt(a, offset))) {
    const id = asSource?.source.entityId ?? mention?.entityId;
    const e = id ? entityById(a, id) : undefined;
    if (e?.kbId) {
      const at = locateKb(e.kbId);
      if (at) return [{ uri: at.uri, range: { start: { line: at.line, character: 0 }, end: { line: at.line, character: 0 } } }];
    }
    if (e && e.mentions.length) return [{ uri: doc.uri, range: range(e.mentions[0]) }];
    if (asSource) return [{ uri: doc.uri, range: range(asSource.source) }];
  }
  const claim = claimAt(a, offset);
  if (claim) return [{ uri: doc.uri, range: range(claim.source) }];
  return [];
}

/** The answer of `Sanad: Go to Source`: where to go and a sentence saying what it is. */
export function sourceOf(doc: TextDocument, a: Analysis, position: Position): { location: Location | null; message: string } {
  const offset = doc.offsetAt(position);
  const claim = claimAt(a, offset) ?? sourceAt(a, offset);
  if (!claim) return { location: null, message: t('This claim is unattributed: the article does not say who stands behind it.') };
  return {
    location: { uri: doc.uri, range: { start: doc.positionAt(claim.source.start), end: doc.positionAt(claim.source.end) } },
    message: t('Source: {0}', describeSource(a, claim)),
  };
}
