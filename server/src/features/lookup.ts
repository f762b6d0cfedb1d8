// What stands at an offset: the mention, figure, time expression and claim there. Shared by the
// features so that each asks the analysis the same way. Indexes are built once per Analysis.
import { Analysis, Attribution, Entity, Mention } from '../analysis/types';
import { spanAt } from '../analysis/spans';

interface Index {
  entities: Map<string, Entity>;
  /** Attributions whose source span or cue mentions this entity. */
  claimsBySource: Map<string, Attribution[]>;
}

const indexes = new WeakMap<Analysis, Index>();

function index(a: Analysis): Index {
  let ix = indexes.get(a);
  if (!ix) {
    const entities = new Map(a.entities.map((e) => [e.id, e] as const));
    const claimsBySource = new Map<string, Attribution[]>();
    for (const at of a.attributions) {
      const id = at.source.entityId;
      if (!id) continue;
      const list = claimsBySource.get(id) ?? [];
      list.push(at);
      claimsBySource.set(id, list);
    }
    ix = { entities, claimsBySource };
    indexes.set(a, ix);
  }
  return ix;
}

export function entityById(a: Analysis, id: string): Entity | undefined {
  return index(a).entities.get(id);
}

export function claimsOf(a: Analysis, entityId: string): Attribution[] {
  return index(a).claimsBySource.get(entityId) ?? [];
}

/** A mention, figure or time touching the offset (also when the cursor sits right after it). */
function touching<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  return spanAt(spans, offset) ?? (offset > 0 ? spanAt(spans, offset - 1) : undefined);
}

export function mentionAt(a: Analysis, offset: number): Mention | undefined {
  return touching(a.mentions, offset);
}

export function figureAt(a: Analysis, offset: number) {
  return touching(a.figures, offset);
}

export function timeAt(a: Analysis, offset: number) {
  return touching(a.times, offset);
}

/** The attribution whose source span contains the offset. */
export function sourceAt(a: Analysis, offset: number): Attribution | undefined {
  return a.attributions.find((at) => offset >= at.source.start && offset <= at.source.end);
}

/** The innermost attributed claim containing the offset. */
export function claimAt(a: Analysis, offset: number): Attribution | undefined {
  let best: Attribution | undefined;
  for (const at of a.attributions) {
    if (offset >= at.claim.start && offset < at.claim.end) {
      if (!best || at.claim.end - at.claim.start < best.claim.end - best.claim.start) best = at;
    }
  }
  return best;
}

/** Display name of an entity: English with Arabic, or the Arabic alone. */
export function entityName(e: Entity): string {
  return e.name.en ? `${e.name.en} (${e.name.ar})` : e.name.ar;
}

/** "Reuters, citing unnamed sources" — the source line for hovers and the Go to Source command. */
export function describeSource(a: Analysis, at: Attribution): string {
  const who = (s: { text: string; entityId: string | null; kind: string }) => {
    const e = s.entityId ? entityById(a, s.entityId) : undefined;
    if (e) return e.name.en ?? e.name.ar;
    if (s.kind === 'anonymous') return `unnamed sources (${s.text})`;
    if (s.kind === 'generic') return `${s.text} (generic)`;
    return s.text;
  };
  let line = who(at.source);
  if (at.via && at.via.length) {
    line += ', citing ' + at.via.map((v) => (v.kind === 'anonymous' && !v.entityId ? 'unnamed sources' : who(v))).join(', citing ');
  }
  return line;
}
