// Paragraph results moved into document offsets ("placed"), kept from one analysis of a document to
// the next. Shifting is a deep copy of every mention, figure, time and claim, so copying the whole
// document on each edit was most of an edit's garbage; a paragraph whose text and start did not
// change (everything before the edit) reuses last run's copy. Placed copies are shared with the
// Analysis they went into, like the paragraph results themselves: nobody may mutate them — except
// the arrays named `movable`, which the document pass only reads and never hands on (mentions are
// copied by linking, times by resolution): a paragraph that moved (everything after an edit) has
// those moved in place instead of copied again.
// Arrays named `flat` hold spans whose only offsets are their own start and end (mentions, figures,
// times): they are moved with two additions instead of the generic deep walk of spans.ts, which
// was most of the cost of moving a paragraph. Movable arrays must be flat.
import { shiftSpans } from './spans';
import { Span } from './types';

/** Arrays of spans, relative to the paragraph start. */
export type Local<T> = { [K in keyof T]: readonly object[] };

interface Placed<T extends Local<T>> {
  start: number;
  value: T;
  /** The run that last used it. */
  run: number;
}

export class PlacementCache<T extends Local<T>> {
  /** The copies of the last run and this one, by the paragraph result they were made from (a text
   * may occur twice). One map kept from run to run: on a long document, making it anew on every
   * edit was thousands of entries of garbage. */
  private placed = new Map<T, Placed<T>[]>();
  private run = 1;

  constructor(private readonly movable: ReadonlySet<keyof T>, private readonly flat: ReadonlySet<keyof T>) {
    for (const key of movable) if (!flat.has(key)) throw new Error(`placement: movable array ${String(key)} is not flat`);
  }

  /** `local` moved to `start`: last run's copy when it was at the same start, else a new one. */
  place(local: T, start: number): T {
    const run = this.run;
    let list = this.placed.get(local);
    if (!list) this.placed.set(local, (list = []));
    let free: Placed<T> | undefined;
    for (const p of list) {
      if (p.run === run) continue; // this run's already
      if (p.start === start) {
        p.run = run;
        return p.value;
      }
      free = p;
    }
    if (free) {
      free.value = this.moved(local, free, start);
      free.start = start;
      free.run = run;
      return free.value;
    }
    const placed = { start, value: placeAt(local, start, this.flat), run };
    list.push(placed);
    return placed.value;
  }

  /** Last run's copy `old` of `local`, moved to `start`: movable arrays in place, the others copied anew. */
  private moved(local: T, old: Placed<T>, start: number): T {
    if (start === 0) return local;
    const value = {} as Record<keyof T, readonly object[]>;
    for (const key of Object.keys(local) as Array<keyof T>) {
      const own = old.value[key];
      // An array placed at 0 is the paragraph's own (relative) one: never moved in place.
      if (this.movable.has(key) && own !== local[key]) {
        moveFlatInPlace(own as unknown as Span[], start - old.start);
        value[key] = own;
      } else value[key] = this.flat.has(key) ? moveFlat(local[key] as unknown as Span[], start) : shiftAll(local[key], start);
    }
    return value as T;
  }

  /** Keeps only what this run placed, so memory follows the document. */
  endRun(): void {
    const run = this.run++;
    // forEach, not for…of: no [key, value] pair made per paragraph.
    this.placed.forEach((list, local) => {
      let kept = 0;
      for (const p of list) if (p.run === run) list[kept++] = p;
      if (kept) list.length = kept;
      else this.placed.delete(local);
    });
  }
}

/** A copy of the result with each array's spans moved by `start` (the arrays themselves at 0). */
export function placeAt<T extends Local<T>>(local: T, start: number, flat: ReadonlySet<keyof T> = new Set()): T {
  if (start === 0) return local;
  const out: Record<string, readonly object[]> = {};
  for (const key of Object.keys(local)) {
    const items = (local as Record<string, readonly object[]>)[key];
    out[key] = flat.has(key as keyof T) ? moveFlat(items as Span[], start) : shiftAll(items, start);
  }
  return out as unknown as T;
}

/** Copies moved by `delta`: the same keys in the same order, nested values shared (never mutated). */
function moveFlat(items: readonly Span[], delta: number): Span[] {
  const moved = new Array<Span>(items.length);
  for (let i = 0; i < items.length; i++) {
    const s = items[i];
    moved[i] = { ...s, start: s.start + delta, end: s.end + delta };
  }
  return moved;
}

function moveFlatInPlace(items: Span[], delta: number): void {
  for (let i = 0; i < items.length; i++) {
    items[i].start += delta;
    items[i].end += delta;
  }
}

function shiftAll(items: readonly object[], start: number): object[] {
  const moved = new Array(items.length);
  for (let i = 0; i < items.length; i++) moved[i] = shiftSpans(items[i], start);
  return moved;
}
