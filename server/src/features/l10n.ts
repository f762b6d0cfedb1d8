// Localized UI strings of the server (code lens, diagnostics, outline groups). The messages are
// written in English; translations live in the same `l10n/bundle.l10n.<locale>.json` bundles that
// the extension reads through `vscode.l10n`, keyed by the English text, with {0} {1} placeholders.
// The locale comes from the client's `initialize` request.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let bundle: Record<string, string> = {};

/** Loads the bundle for `locale` (ar, ar-EG … → ar); English needs none. */
export function setLocale(locale: string | undefined, dir = join(__dirname, '..', 'l10n')): void {
  bundle = {};
  const lang = (locale ?? '').toLowerCase();
  if (!lang || lang.startsWith('en')) return;
  for (const name of [lang, lang.split('-')[0]]) {
    try {
      const raw: unknown = JSON.parse(readFileSync(join(dir, `bundle.l10n.${name}.json`), 'utf8'));
      if (raw && typeof raw === 'object') {
        for (const [k, v] of Object.entries(raw as Record<string, unknown>)) if (typeof v === 'string') bundle[k] = v;
        return;
      }
    } catch {
      // No bundle for this locale: stay in English.
    }
  }
}

/** The translation of `message` with {0}, {1} … replaced by `args`. */
export function t(message: string, ...args: Array<string | number>): string {
  const text = bundle[message] ?? message;
  return text.replace(/\{(\d+)\}/g, (m, i: string) => (+i < args.length ? String(args[+i]) : m));
}
