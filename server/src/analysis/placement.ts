// Paragraph results moved into document offsets ("placed"), kept from one analysis of a document to
// the next. Shifting is a deep copy of every mention, figure, time and claim, so copying the whole
// document on each edit was most of an edit's garbage; a paragraph whose text and start did not
// change (everything before the edit) reuses last run's copy. Placed copies are shared with the
// Analysis they went into, like the paragraph results themselves: nobody may mutate them.
import { shiftSpans } from './spans';

/** Arrays of spans, relative to the paragraph start. */
export type Local<T> = { [K in keyof T]: readonly object[] };

interface Placed<T extends Local<T>> {
  start: number;
  value: T;
}

export class PlacementCache<T extends Local<T>> {
  /** Last run's copies, by the paragraph result they were made from (a text may occur twice). */
  private previous = new Map<T, Placed<T>[]>();
  private next = new Map<T, Placed<T>[]>();

  /** `local` moved to `start`: last run's copy when it was at the same start, else a new one. */
  place(local: T, start: number): T {
    const list = this.previous.get(local);
    let placed: Placed<T> | undefined;
    if (list) {
      const i = list.findIndex((p) => p.start === start);
      if (i >= 0) placed = list.splice(i, 1)[0];
    }
    placed ??= { start, value: placeAt(local, start) };
    const kept = this.next.get(local);
    if (kept) kept.push(placed);
    else this.next.set(local, [placed]);
    return placed.value;
  }

  /** Keeps only what this run placed, so memory follows the document. */
  endRun(): void {
    this.previous = this.next;
    this.next = new Map();
  }
}

/** A copy of the result with each array's spans moved by `start` (the arrays themselves at 0). */
export function placeAt<T extends Local<T>>(local: T, start: number): T {
  if (start === 0) return local;
  const out: Record<string, object[]> = {};
  for (const key of Object.keys(local)) {
    const items = (local as Record<string, readonly object[]>)[key];
    const moved = new Array(items.length);
    for (let i = 0; i < items.length; i++) moved[i] = shiftSpans(items[i], start);
    out[key] = moved;
  }
  return out as unknown as T;
}
