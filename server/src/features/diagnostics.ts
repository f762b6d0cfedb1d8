// Diagnostics (Information, source "sanad"): figures in claims nobody stands behind
// (`unattributed-figure`) and claims whose only source is anonymous (`anonymous-source`), each
// switchable in settings. Published ~250 ms after the last change, cleared when the document
// closes. Messages are built from normalized values, not from article text.
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Attribution } from '../analysis/types';
import { figureHint } from './inlayHints';
import { formatNumber } from './hover';
import { rangeOf, bomShift } from './ranges';
import { t } from './l10n';
import { insideAny } from './spanIndex';

export const DIAGNOSTIC_SOURCE = 'sanad';
export const UNATTRIBUTED_FIGURE = 'unattributed-figure';
export const ANONYMOUS_SOURCE = 'anonymous-source';

export interface DiagnosticSwitches {
  unattributedFigures: boolean;
  anonymousOnly: boolean;
}

/** True when nobody but unnamed sources stands behind the claim (a named link in the chain counts). */
export function onlyAnonymous(at: Attribution): boolean {
  const named = (s: { kind: string; entityId: string | null }) => s.kind !== 'anonymous' || !!s.entityId;
  return !named(at.source) && !(at.via ?? []).some(named);
}

/** Code of the warning on documents longer than sanad.maxDocumentSize. */
export const PARTIAL_ANALYSIS = 'partial-analysis';

export function diagnostics(doc: TextDocument, a: Analysis, on: DiagnosticSwitches): Diagnostic[] {
  const shift = bomShift(doc);
  const out: Diagnostic[] = [];
  if (a.partial) {
    // Over sanad.maxDocumentSize: say plainly that the rest of the document was not read.
    out.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Warning,
      source: DIAGNOSTIC_SOURCE,
      code: PARTIAL_ANALYSIS,
      message: a.partial.reason + ' ' + t('Raise sanad.maxDocumentSize to read all of it.'),
    });
  }
  if (on.unattributedFigures) {
    const inDate = insideAny(a.times);
    const inClaim = insideAny(a.attributions.map((at) => at.claim));
    for (const f of a.figures) {
      // A year inside a date is not a figure a claim rests on.
      if (inDate(f) || inClaim({ start: f.start, end: f.start + 1 })) continue;
      out.push({
        range: rangeOf(doc, f, shift),
        severity: DiagnosticSeverity.Information,
        source: DIAGNOSTIC_SOURCE,
        code: UNATTRIBUTED_FIGURE,
        message: t('Unattributed figure ({0}): the article does not say who stands behind this claim.', figureHint(f) || `= ${formatNumber(f.value)}`),
      });
    }
  }
  if (on.anonymousOnly) {
    for (const at of a.attributions) {
      if (!onlyAnonymous(at)) continue;
      out.push({
        range: rangeOf(doc, at.source, shift),
        severity: DiagnosticSeverity.Information,
        source: DIAGNOSTIC_SOURCE,
        code: ANONYMOUS_SOURCE,
        message: t('Anonymous source: this claim rests on unnamed sources only.'),
        relatedInformation: [{ location: { uri: doc.uri, range: rangeOf(doc, at.claim, shift) }, message: t('The claim') }],
      });
    }
  }
  return out.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
}

/**
 * The pause after an edit before diagnostics (and the workspace-symbol entry) are computed:
 * `base` ms, plus 1 ms per 1,000 characters up to 1.5 s. On a 1 MB article they take ~50–80 ms of
 * the server's one thread; computed 250 ms after each keystroke, they would delay the next one's
 * analysis whenever the reader types a little slower than that.
 */
export function delayFor(length: number, base = 250): number {
  return Math.min(1500, base + Math.floor(Math.max(0, length) / 1000));
}

/**
 * Publishes each document's diagnostics a short while after its last change, so typing does not
 * re-publish on every keystroke; a pending run is dropped when the document changes again or closes.
 */
export class DiagnosticsScheduler {
  private timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private compute: (uri: string) => Promise<{ version: number; diagnostics: Diagnostic[] } | null>,
    private publish: (uri: string, version: number | undefined, diagnostics: Diagnostic[]) => void,
    private onError: (e: unknown) => void,
    private delayMs = 250,
  ) {}

  /** Runs `compute` once edits have paused for the delay (longer for long documents: see delayFor). */
  schedule(uri: string, length = 0): void {
    this.cancel(uri);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.compute(uri).then(
        (r) => this.publish(uri, r?.version, r?.diagnostics ?? []),
        (e) => this.onError(e),
      );
    }, delayFor(length, this.delayMs));
    this.timers.set(uri, timer);
  }

  /** Stops the pending run and clears what was published. */
  clear(uri: string): void {
    this.cancel(uri);
    this.publish(uri, undefined, []);
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }
}
