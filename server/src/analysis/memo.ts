// A memo for pure functions the passes call again and again with the same keys (names, short
// texts, numbers): bounded, and cleared whole when full — a long session sees unbounded keys, and a
// cleared memo costs only the recomputation of what is still in use.

/**
 * `compute`, remembered by key. `keep` turns a key into the one stored: a slice of a document
 * must be stored as a copy (`detached`), or the memo would keep the whole document version alive.
 */
export function boundedMemo<K, V>(limit: number, compute: (key: K) => V, keep: (key: K) => K = (k) => k): (key: K) => V {
  let memo = new Map<K, V>();
  return (key: K): V => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= limit) memo = new Map();
      memo.set(keep(key), value);
    }
    return value;
  };
}
