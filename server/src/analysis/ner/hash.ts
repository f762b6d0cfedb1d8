// FNV-1a, the string hash of the tagger's features and of its dictionary table.

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over s[start, end), starting from `h`. */
export function fnv(s: string, start = 0, end = s.length, h = FNV_OFFSET): number {
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
