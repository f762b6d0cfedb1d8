// Code lens at the top of an article: "12 people · 9 places · 14 figures · 6 sources" and
// "Show Timeline". The summary is built from counts only — no article text — so nothing in the
// article can end up in a lens title.
import { CodeLens } from 'vscode-languageserver/node';
import { Analysis } from '../analysis/types';
import { normalizeWord } from '../analysis/normalize';
import { t } from './l10n';

export interface ArticleCounts {
  people: number;
  organizations: number;
  places: number;
  figures: number;
  dates: number;
  sources: number;
}

export function countArticle(a: Analysis): ArticleCounts {
  const entities = (type: string) => a.entities.filter((e) => e.type === type && e.mentions.length > 0).length;
  // A source is counted once: by its entity, or by its normalized wording when it has none.
  const sources = new Set(a.attributions.map((at) => at.source.entityId ?? `text:${normalizeWord(at.source.text.trim())}`));
  return {
    people: entities('PER'),
    organizations: entities('ORG'),
    places: entities('LOC'),
    figures: a.figures.length,
    dates: a.times.length,
    sources: sources.size,
  };
}

const plural = (n: number, one: string, many: string) => t(n === 1 ? one : many, n);

/** "12 people · 3 organizations · 9 places · 14 figures · 6 sources" (kinds with no item left out). */
export function summary(c: ArticleCounts): string {
  const parts = [
    c.people && plural(c.people, '{0} person', '{0} people'),
    c.organizations && plural(c.organizations, '{0} organization', '{0} organizations'),
    c.places && plural(c.places, '{0} place', '{0} places'),
    c.figures && plural(c.figures, '{0} figure', '{0} figures'),
    c.dates && plural(c.dates, '{0} date', '{0} dates'),
    c.sources && plural(c.sources, '{0} source', '{0} sources'),
  ].filter((p): p is string => typeof p === 'string');
  return parts.length ? parts.join(' · ') : t('No names, figures, dates or sources found');
}

export function codeLenses(a: Analysis): CodeLens[] {
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  // An empty command id makes a plain label in VS Code; other editors show the title too.
  const lenses: CodeLens[] = [
    { range: top, command: { title: summary(countArticle(a)), command: '' } },
    { range: top, command: { title: t('Show Timeline'), command: 'sanad.showTimeline' } },
  ];
  if (a.partial) {
    lenses.push({ range: top, command: { title: t('Partial analysis: only the first {0} characters were read', a.partial.analyzedLength.toLocaleString('en-US')), command: '' } });
  }
  return lenses;
}
