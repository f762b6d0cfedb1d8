// The statistical tagger: finds names the knowledge base does not know, from context.
// Contract used by the entity pass: tag(words) → one IOB2 tag per word (B-PERS, I-ORG, O …).

export type NerTag = string;

export interface Tagger {
  /** One IOB2 tag per input word; words are raw whitespace tokens (clitics attached). */
  tag(words: readonly string[]): NerTag[];
}

/** The trained model shipped in data/models, loaded once; null when it is missing or unreadable. */
export function defaultTagger(): Tagger | null {
  return null;
}
