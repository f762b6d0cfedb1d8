// Timeline exports (Markdown, JSON) built from a TimelineResult alone, so the view's export
// commands and the CLI write the same files. Pure: no 'vscode', no connection.
import { TimelineEvent, TimelineResult } from '../protocol';

export interface TimelineMarkdownOptions {
  /** Heading of the document, usually the article's file name. */
  title?: string;
}

/**
 * Article text shown as text in any Markdown renderer: the punctuation that makes emphasis, code, links or
 * tables is backslash-escaped (text never starts a line, so - + . need nothing) and HTML's < > &
 * become entities, so `<script>` or `[x](command:…)` in an article stays inert.
 * Differs from markdown.ts's escapeMarkdown (hovers, which escape . - + ( ) : @ too) on purpose: exported files stay readable.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#])/g, '\\$1');
}

function sourceLine(e: TimelineEvent): string {
  if (!e.source) return 'unattributed';
  const kind = e.source.kind === 'named' ? '' : ` (${e.source.kind})`;
  return `${escapeMarkdown(e.source.name)}${kind}`;
}

function when(e: TimelineEvent): string {
  const span = e.end && e.end !== e.start ? `${e.start} – ${e.end}` : e.start;
  return `${escapeMarkdown(e.label)} (${span})`;
}

/** A year heading per year, then one item per event: date, clause, who is in it, who says so. */
export function timelineToMarkdown(result: TimelineResult, options: TimelineMarkdownOptions = {}): string {
  const title = options.title ? `Timeline — ${escapeMarkdown(options.title)}` : 'Timeline';
  const out: string[] = [`# ${title}`, '', `Document date: ${result.dct.value} (${result.dct.origin})`, ''];
  if (!result.events.length) {
    out.push('_No dated events in this article._', '');
    return out.join('\n');
  }
  let year = '';
  for (const e of result.events) {
    const y = e.start.slice(0, 4);
    if (y !== year) {
      out.push(`## ${y}`, '');
      year = y;
    }
    const line = `- **${when(e)}** — <span dir="rtl" lang="ar">${escapeMarkdown(e.text)}</span>`;
    out.push(line);
    if (e.entityNames.length) out.push(`  - Who: ${e.entityNames.map(escapeMarkdown).join(', ')}`);
    out.push(`  - Source: ${sourceLine(e)}`);
    out.push(`  - Line ${e.range.start.line + 1}, column ${e.range.start.character + 1}`);
  }
  out.push('');
  return out.join('\n');
}

/** The result as stable, indented JSON (the same shape as the `sanad/timeline` answer). */
export function timelineToJson(result: TimelineResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
