// The analysis of one document: what the CLI prints as JSON and what every editor feature reads.
// All offsets are UTF-16 code units into the text as VS Code sees it (BOM removed),
// start inclusive, end exclusive. Arrays are sorted by start.

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** The document entity this mention belongs to (Entity.id). */
  entityId: string;
  /** name: a proper name; gentilic: العراقي → Iraq; title: a role standing for a person (المستشرق). */
  kind: 'name' | 'gentilic' | 'title';
  /** Where the mention came from: the knowledge base, the statistical tagger, a title pattern, or an
   * institution named by its description (مجلس النواب). */
  via?: 'kb' | 'ner' | 'title' | 'pattern';
}

export interface Entity {
  /** Document-level id: the KB id when linked, else a stable id derived from the name. */
  id: string;
  kbId: string | null;
  type: EntityType;
  subtype?: string;
  name: { ar: string; en: string | null };
  description?: string;
  wikidata?: string;
  mentions: Span[];
}

export type FigureKind = 'number' | 'quantity' | 'percent' | 'money' | 'ordinal';

export interface Figure extends Span {
  text: string;
  kind: FigureKind;
  value: number;
  /** The counted noun (جندي → "soldier") or currency code (USD). */
  unit?: string;
  /** The unit as written in the article. */
  unitText?: string;
  approx?: boolean;
  range?: [number, number];
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  text: string;
  type: TimeType;
  /** TIMEX3-style value: 2024-09, 2025-FA, 2022-Q1, P2M, PRESENT_REF … */
  value: string;
  /** TIMEX3 modifier: APPROX, START, END, MID, BEFORE, AFTER, LESS_THAN, MORE_THAN … */
  mod?: string;
  /** What the value was resolved against: "DCT 2024-07-25" or a previous expression's value. */
  anchor?: string;
  /** One line, for the hover: which rule and anchor gave the value. */
  reason: string;
}

export type SourceKind = 'named' | 'anonymous' | 'generic';

export interface Attribution {
  cue: Span & { text: string };
  source: Span & { text: string; entityId: string | null; kind: SourceKind };
  claim: Span;
  quote?: boolean;
  /** The chain behind the source: ذكرت رويترز نقلاً عن مصادر → via: [unnamed sources]. */
  via?: Array<Span & { text: string; entityId: string | null; kind: SourceKind }>;
}

export interface Event extends Span {
  value: string;
  text: string;
  entityIds: string[];
  /** Index into Analysis.attributions of the claim this event is reported in. */
  attribution?: number;
  /** Index into Analysis.times of the expression that dates it. */
  time?: number;
}

export interface DocumentDate {
  value: string; // YYYY-MM-DD
  origin: 'option' | 'text' | 'inferred' | 'today';
  reason: string;
}

export interface Analysis {
  /** Length of the analyzed text; every span lies inside [0, length]. */
  length: number;
  dct: DocumentDate;
  mentions: Mention[];
  entities: Entity[];
  figures: Figure[];
  times: TimeExpression[];
  attributions: Attribution[];
  events: Event[];
  /** Set when the text was cut (over sanad.maxDocumentSize) or otherwise only partly read. */
  partial?: { analyzedLength: number; reason: string };
}

export interface AnalyzeOptions {
  /** Document creation time, YYYY-MM-DD; found in the text or inferred when absent. */
  documentDate?: string;
  /** Characters beyond this are not analyzed (the result is marked partial). */
  maxLength?: number;
}
