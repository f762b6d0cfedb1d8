// Resolving attributions again after an edit, reading only what the edit can have changed.
//
// What resolution decides for an attribution depends on the mentions within WINDOW of its source
// and on the attributions resolved before it (resolve.ts). So after an edit, when the mentions are
// the same as last time's outside the edited paragraphs (linking was reused, relink.ts), the
// attributions of a paragraph farther than WINDOW before the edit come out as last time, and so do
// those farther than WINDOW after it, moved, once the ones before them came out as last time again.
// Only the paragraphs near the edit are resolved, plus those after it until 30 attributions in a
// row (as far back as المصدر ذاته looks) agree with last time's.
import { Attribution, Mention } from '../types';
import { shiftSpans } from '../spans';
import { Resolver, WINDOW, docIndex, inCueOrder } from './resolve';

/** One paragraph's attributions in document offsets, with what identifies its text's analysis. */
export interface ParagraphAttributions {
  start: number;
  end: number;
  /** The paragraph's cached result: the same object means the same text and attributions. */
  key: object;
  attributions: readonly Attribution[];
}

const NONE: Array<Attribution | null> = [];

/** Resolved after the edit until this many in a row come out as last time's. */
const AGREEING = 30;
/** Extra room around the edit, beyond WINDOW (a source may start before its cue). */
const MARGIN = 1000;

interface Last {
  keys: object[];
  starts: number[];
  /** Per paragraph, per attribution in cue order: what it resolved to (null: dropped). */
  outputs: Array<Array<Attribution | null>>;
}

export class AttributionMemo {
  private last: Last | null = null;
  /** Attributions resolved and reused over the memo's life; for tests and benchmarks. */
  resolved = 0;
  reused = 0;

  /**
   * The document's attributions resolved. `mentionsAsBefore`: the mentions are last time's outside
   * the paragraphs whose key changed (linking reused its decisions); otherwise all are resolved.
   */
  resolve(paragraphs: readonly ParagraphAttributions[], mentions: Mention[], text: string, mentionsAsBefore: boolean): Attribution[] {
    const last = mentionsAsBefore && this.last?.keys.length === paragraphs.length ? this.last : null;
    this.last = null; // until this pass completes
    const zone = last ? editZone(paragraphs, last) : null;
    const resolver = new Resolver(docIndex(mentions), text);
    const outputs: Array<Array<Attribution | null>> = [];
    let agreeing = 0;
    paragraphs.forEach((p, k) => {
      if (!p.attributions.length && !last?.outputs[k].length) {
        outputs.push(NONE); // most paragraphs report nothing: no array of their own
        return;
      }
      const old = last && p.key === last.keys[k] ? last.outputs[k] : null;
      const delta = last ? p.start - last.starts[k] : 0;
      const out: Array<Attribution | null> = [];
      // With no zone, nothing differs but where the text starts: everything is reused, moved.
      const before = zone === null || p.end < zone.from;
      const after = zone !== null && p.start > zone.to;
      if (old && (before || (after && agreeing >= AGREEING))) {
        for (const a of old) {
          const moved = a && delta ? shiftSpans(a, delta) : a;
          if (moved) resolver.take(moved);
          out.push(moved);
        }
        this.reused += old.length;
      } else {
        const ordered = inCueOrder(p.attributions);
        ordered.forEach((a, j) => {
          const r = resolver.step(a);
          out.push(r);
          if (old && after) agreeing = sameMoved(r, old[j], delta) ? (r ? agreeing + 1 : agreeing) : 0;
        });
        this.resolved += ordered.length;
      }
      outputs.push(out);
    });
    this.last = { keys: paragraphs.map((p) => p.key), starts: paragraphs.map((p) => p.start), outputs };
    return resolver.out;
  }
}

/**
 * Where this version differs from the last: the paragraphs whose result changed, and the gaps
 * between paragraphs that moved by different amounts (a line break added or removed), widened by
 * WINDOW and MARGIN on each side; null when nothing differs.
 */
function editZone(paragraphs: readonly ParagraphAttributions[], last: Last): { from: number; to: number } | null {
  let from = Infinity, to = -Infinity;
  paragraphs.forEach((p, k) => {
    const changed = p.key !== last.keys[k];
    const moved = k > 0 && p.start - last.starts[k] !== paragraphs[k - 1].start - last.starts[k - 1];
    if (!changed && !moved) return;
    from = Math.min(from, moved ? paragraphs[k - 1].end : p.start);
    to = Math.max(to, p.end);
  });
  return from === Infinity ? null : { from: from - WINDOW - MARGIN, to: to + WINDOW + MARGIN };
}

/** Whether `a` is `old` moved by `delta` (both null counts too). */
function sameMoved(a: Attribution | null, old: Attribution | null | undefined, delta: number): boolean {
  if (!a || !old) return !a && !old;
  return JSON.stringify(a) === JSON.stringify(delta ? shiftSpans(old, delta) : old);
}
