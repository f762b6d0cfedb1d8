// Article text shown in hovers is data, not markup: every character that markdown, HTML or a
// command link could use is escaped, so an article cannot inject links, images or scripts.

// `:` and `@` too: escaped, they stop bare-URL and e-mail autolinks (https://…, a@b.c) as well.
const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>&~"'$:@]/g;

// Differs from timelineExport.ts's escapeMarkdown on purpose: a hover escapes every markup and autolink character (. - + ( ) : @ …); a saved Markdown file keeps them readable.
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/[\r\n]+/g, ' ')
    .replace(SPECIAL, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '\\' + c));
}

/** Arabic text in a hover, kept right-to-left by a bidi isolate mark. */
export function arabic(text: string): string {
  return '\u2067' + escapeMarkdown(text) + '\u2069';
}

/** A short excerpt of the document, escaped. */
export function excerpt(text: string, max = 120): string {
  const t = text.length > max ? text.slice(0, max) + '…' : text;
  return arabic(t);
}
