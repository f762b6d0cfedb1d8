// A paragraph of the document: the unit of (incremental) analysis. Paragraph-local passes see only
// its text, with offsets relative to its start; the document pass shifts them into place.
import { Sentence, Token, sentences, tokenize } from './tokenize';

export interface TextUnit {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

export function makeTextUnit(text: string): TextUnit {
  const tokens = tokenize(text);
  return { text, tokens, sentences: sentences(text, tokens) };
}

/** Splits a document into paragraphs (line by line), keeping each one's offset. */
export function splitParagraphs(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  if (text.indexOf('\r') < 0 && text.indexOf('\u2029') < 0) {
    // Only \n breaks lines (the usual case): let indexOf find them.
    let from = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      const end = nl < 0 ? text.length : nl;
      if (end > from) out.push({ start: from, text: text.slice(from, end) });
      if (nl < 0) return out;
      from = nl + 1;
    }
  }
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13 || c === 0x2029) {
      if (i > start) out.push({ start, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}
