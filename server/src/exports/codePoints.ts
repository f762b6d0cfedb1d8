// W3C Web Annotation and brat count characters as Unicode code points, LSP and VS Code as UTF-16
// code units. An emoji or a rare CJK character before a mention shifts the two apart.

/** Converts UTF-16 offsets of `text` to code-point offsets; built once, O(1) per lookup. */
export function codePointOffsets(text: string): (utf16: number) => number {
  let hasPairs = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) { hasPairs = true; break; }
  }
  if (!hasPairs) return (o) => o;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      map[i + 1] = cp; // the low half belongs to the same code point
      i++;
    }
    cp++;
  }
  map[text.length] = cp;
  return (o) => map[Math.max(0, Math.min(o, text.length))];
}
