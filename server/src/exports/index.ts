// One entry for every export format, shared by the CLI and the editor's `Sanad: Export Annotations…`.
import { Analysis } from '../analysis/types';
import { toBrat } from './brat';
import { toConll } from './conll';
import { toTextReport } from './textReport';
import { toWebAnnotation } from './webanno';
import { toTimelineJs } from './timelinejs';
import { TimelineResult } from '../protocol';
import { timelineToJson, timelineToMarkdown } from '../features/timelineExport';

export const ANALYSIS_FORMATS = ['json', 'text', 'webanno', 'brat', 'conll'] as const;
export type AnalysisFormat = (typeof ANALYSIS_FORMATS)[number];

export const FORMAT_EXTENSIONS: Record<AnalysisFormat, string> = {
  json: 'json', text: 'txt', webanno: 'jsonld', brat: 'ann', conll: 'conll',
};

export function exportAnalysis(format: AnalysisFormat, text: string, a: Analysis, sourceUri: string): string {
  switch (format) {
    case 'json': return JSON.stringify(a, null, 2) + '\n';
    case 'text': return toTextReport(text, a);
    case 'webanno': return JSON.stringify(toWebAnnotation(text, a, sourceUri), null, 2) + '\n';
    case 'brat': return toBrat(text, a);
    case 'conll': return toConll(text, a);
  }
}

export const TIMELINE_FORMATS = ['json', 'markdown', 'timelinejs'] as const;
export type TimelineFormat = (typeof TIMELINE_FORMATS)[number];

export const TIMELINE_EXTENSIONS: Record<TimelineFormat, string> = { json: 'json', markdown: 'md', timelinejs: 'json' };

export function exportTimeline(format: TimelineFormat, result: TimelineResult, title?: string): string {
  switch (format) {
    case 'json': return timelineToJson(result);
    case 'markdown': return timelineToMarkdown(result, { title });
    case 'timelinejs': return JSON.stringify(toTimelineJs(result, title), null, 2) + '\n';
  }
}
