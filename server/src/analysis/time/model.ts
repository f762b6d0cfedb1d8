// What the paragraph scanner reads out of a time expression, before it is resolved against the
// DCT. Plain data (it is cached per paragraph and copied when shifted): no field may be called
// `start` or `end` except the span itself.
import { DayPart, DurUnit, Marker, PartMod, Season } from './lexicon';

export type Tense = 'past' | 'future';
export type RefValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

export interface Parsed {
  /**
   * date: a calendar date, maybe partial (month without year …);
   * rel: DCT + offset units (أمس، الشهر الماضي، قبل عامين);
   * anaph: the last date mentioned + offset (في اليوم التالي، في العام نفسه);
   * ref: PRESENT_REF …; dur: a duration; set: a recurrence; clock: a time of day alone.
   */
  k: 'date' | 'rel' | 'anaph' | 'ref' | 'dur' | 'set' | 'clock';
  y?: number;
  m?: number;
  d?: number;
  wd?: number;
  season?: Season;
  q?: number;
  half?: number;
  /** Decade as its first three digits (199 = the 1990s); century as its first two (19 = 1900s). */
  decade?: number;
  century?: number;
  /** Hijri date parts (converted when resolved). */
  hy?: number;
  hm?: number;
  hd?: number;
  /** The marker after a month, season or weekday without a year (المقبل، الماضي، الجاري). */
  marker?: Marker;
  /** The year given relatively (سبتمبر من العام الماضي): -1, 0, +1 from the DCT year. */
  yearOffset?: number;
  /** The year taken from the last date mentioned (في وقت لاحق من شهر يناير، من العام نفسه). */
  anaphYear?: boolean;
  unit?: DurUnit | 'Q';
  /** Smaller units joined to a duration by و (خمسة أشهر وعشرين يوماً: 5 M, then 20 D). */
  more?: Array<{ amount: number; unit: DurUnit | 'Q' }>;
  offset?: number;
  ref?: RefValue;
  amount?: number | 'X';
  hh?: number;
  mi?: number;
  dayPart?: DayPart;
  part?: PartMod;
  mod?: string;
  /** Words that explain the rule in the reason (المقبل، منذ …). */
  cue?: string;
  /**
   * An anaphoric date moved by an exact amount (بعد ذلك بيومين، قبلها بأسبوع): it keeps the
   * anchor's day where it has one, and is only a duration when there is nothing to count from.
   */
  shift?: boolean;
}

/** A time expression as found in a paragraph, before its value is resolved. */
export interface TimeMention {
  start: number;
  end: number;
  text: string;
  p: Parsed;
  /** The tense of the clause, when a verb or particle tells it (ستبدأ → future; أعلن → past). */
  tense?: Tense;
  tenseCue?: string;
}
