// The statistical tagger: finds names the knowledge base does not know, from context.
// Contract used by the entity pass: tag(words) → one IOB2 tag per word (B-PERS, I-ORG, O …).
//
// The model is two stacked averaged structured perceptrons over hashed features with constrained
// Viterbi decoding (see model.ts, features.ts): the second pass also sees how the first tagged the
// same words in the surrounding sentences (tagDocument; tag() treats its sentence as the document), trained on ANERcorp by `npm run train`
// (scripts/train-ner.ts) and shipped as data/models/ner-anercorp.bin.gz.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataDir } from '../dataDir';
import { deserializeModel, ModelHeader, SequenceModel } from './model';
import { fixIob2 } from './tags';

export type NerTag = string;

export interface Tagger {
  /** One IOB2 tag per input word; words are raw whitespace tokens (clitics attached). */
  tag(words: readonly string[]): NerTag[];
  /**
   * Optional: the sentences of one document at once, so that a name found with confidence in one
   * sentence helps find it in the others. One IOB2 tag array per sentence.
   */
  tagDocument?(sentences: readonly (readonly string[])[]): NerTag[][];
}

export const MODEL_FILE = 'ner-anercorp.bin.gz';

/** A loaded model as a Tagger. Never throws on odd input: on any internal error it answers O. */
export class ModelTagger implements Tagger {
  constructor(readonly model: SequenceModel, readonly header: ModelHeader) {}

  tag(words: readonly string[]): NerTag[] {
    try {
      const tags = this.model.tag(allStrings(words) ? words : words.map(String));
      return fixIob2(tags);
    } catch {
      return words.map(() => 'O');
    }
  }

  tagDocument(sentences: readonly (readonly string[])[]): NerTag[][] {
    try {
      const clean = sentences.map((s) => s.map((w) => (typeof w === 'string' ? w : String(w))));
      return this.model.tagDocument(clean).map(fixIob2);
    } catch {
      return sentences.map((s) => this.tag(s));
    }
  }
}

/** True when every word is a string (callers in JavaScript may pass anything): then no copy is needed. */
function allStrings(words: readonly unknown[]): boolean {
  for (let i = 0; i < words.length; i++) if (typeof words[i] !== 'string') return false;
  return true;
}

/** Loads a model file; throws when it is missing or malformed. */
export function loadTagger(path: string): ModelTagger {
  const { model, header } = deserializeModel(readFileSync(path));
  return new ModelTagger(model, header);
}

/** Where the shipped model is: data/models under dataDir(), else the first data/models upward. */
export function modelPath(): string | null {
  const candidates: string[] = [];
  try {
    candidates.push(join(dataDir(), 'models', MODEL_FILE));
  } catch {
    // ignore: fall back to the upward search
  }
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    candidates.push(join(dir, 'data', 'models', MODEL_FILE));
    dir = dirname(dir);
  }
  return candidates.find((p) => existsSync(p)) ?? null;
}

let cached: ModelTagger | null | undefined;

/** The trained model shipped in data/models, loaded once; null when it is missing or unreadable. */
export function defaultTagger(): Tagger | null {
  if (cached !== undefined) return cached;
  try {
    const p = modelPath();
    cached = p ? loadTagger(p) : null;
  } catch {
    cached = null;
  }
  return cached;
}

/** Forgets the cached model (tests). */
export function resetDefaultTagger(): void {
  cached = undefined;
}
