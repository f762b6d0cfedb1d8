// Settings under `sanad.*`, pulled per resource and cached until they change.
import { Connection } from 'vscode-languageserver/node';
import { DEFAULT_MAX_ITEMS_PER_GROUP } from './features/symbols';

export interface SanadSettings {
  documentDate: string;
  maxDocumentSize: number;
  knowledgeBase: { paths: string[] };
  hover: { enabled: boolean };
  inlayHints: { enabled: boolean };
  semanticHighlighting: { enabled: boolean };
  codeLens: { enabled: boolean };
  outline: { maxItemsPerGroup: number };
  diagnostics: { unattributedFigures: boolean; anonymousOnly: boolean };
}

export const DEFAULT_SETTINGS: SanadSettings = {
  documentDate: '',
  maxDocumentSize: 10 * 1024 * 1024,
  knowledgeBase: { paths: [] },
  hover: { enabled: true },
  inlayHints: { enabled: true },
  semanticHighlighting: { enabled: true },
  codeLens: { enabled: true },
  outline: { maxItemsPerGroup: DEFAULT_MAX_ITEMS_PER_GROUP },
  diagnostics: { unattributedFigures: true, anonymousOnly: true },
};

/** Merges what the client sent over the defaults, ignoring values of the wrong type. */
export function withDefaults(raw: unknown, defaults: unknown = DEFAULT_SETTINGS): SanadSettings {
  const out: Record<string, unknown> = {};
  const src = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  for (const [k, d] of Object.entries(defaults as Record<string, unknown>)) {
    const v = src[k];
    if (d && typeof d === 'object' && !Array.isArray(d)) out[k] = withDefaults(v, d);
    else if (Array.isArray(d)) out[k] = Array.isArray(v) ? v.filter((x) => typeof x === 'string') : d;
    else out[k] = typeof v === typeof d ? v : d;
  }
  return out as unknown as SanadSettings;
}

export class SettingsCache {
  private byUri = new Map<string, Promise<SanadSettings>>();
  constructor(private connection: Connection, private canPull: () => boolean) {}

  get(uri: string): Promise<SanadSettings> {
    if (!this.canPull()) return Promise.resolve(DEFAULT_SETTINGS);
    let p = this.byUri.get(uri);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'sanad' })
        .then((raw) => withDefaults(raw), () => DEFAULT_SETTINGS);
      this.byUri.set(uri, p);
    }
    return p;
  }
  clear(): void {
    this.byUri.clear();
  }
  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
