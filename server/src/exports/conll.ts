// CoNLL export: one token a line with its IOB2 tag (PERS, LOC, ORG, MISC — ANERcorp's types),
// a blank line between sentences.
import { Analysis } from '../analysis/types';
import { sentences, tokenize } from '../analysis/tokenize';

const CONLL_TYPE: Record<string, string> = { PER: 'PERS', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

export function toConll(text: string, a: Analysis): string {
  const tokens = tokenize(text);
  const lines: string[] = [];
  let m = 0;
  for (const s of sentences(text, tokens)) {
    let prevMention = -1;
    for (let t = s.firstToken; t < s.endToken; t++) {
      const tok = tokens[t];
      while (m < a.mentions.length && a.mentions[m].end <= tok.start) m++;
      const mention = a.mentions[m];
      let tag = 'O';
      if (mention && mention.start < tok.end && mention.end > tok.start) {
        const type = CONLL_TYPE[mention.type] ?? 'MISC';
        tag = (prevMention === m ? 'I-' : 'B-') + type;
        prevMention = m;
      } else prevMention = -1;
      lines.push(`${text.slice(tok.start, tok.end).replace(/\s/g, '_')} ${tag}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
