// Entity mentions: knowledge-base matching, gentilics, titles, the statistical tagger, grouping.
import { Entity, Mention } from '../types';
import { TextUnit } from '../textUnit';

/** A mention found inside one paragraph; entityId is provisional (kb id or name key) until linking. */
export type LocalMention = Mention;

export function findMentions(_unit: TextUnit): LocalMention[] {
  return [];
}

/** Groups the document's mentions into entities and gives each mention its final entityId. */
export function linkEntities(mentions: Mention[], _text: string): { mentions: Mention[]; entities: Entity[] } {
  return { mentions, entities: [] };
}
