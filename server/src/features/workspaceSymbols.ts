// Workspace symbols: the entities of every Arabic article in the workspace folders. *.txt and *.md
// files are indexed in the background after `initialized` (a bounded walk that skips .git and
// node_modules), kept current through `workspace/didChangeWatchedFiles`, and open documents answer
// from their live analysis. A query matches normalized Arabic (سليمانى = سليماني, أ = ا) or the
// English name; each article that mentions the entity gives one result, in that file.
import { promises as fs } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CancellationToken, SymbolInformation, SymbolKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../analysis/analyze';
import { Analysis, EntityType } from '../analysis/types';
import { isMostlyArabic } from '../analysis/script';
import { normalizeWord } from '../analysis/normalize';
import { bomShift, rangeOf } from './ranges';

export const INDEX_LIMITS = {
  /** Articles indexed at most. */
  maxFiles: 2000,
  /** Directory entries looked at, at most (so a huge tree cannot keep the walk busy). */
  maxEntries: 50_000,
  maxDepth: 12,
  /** Larger files are skipped (an article is a few kB). */
  maxFileBytes: 2 * 1024 * 1024,
  /** Results per query. */
  maxResults: 500,
};

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
const KIND: Record<EntityType, SymbolKind> = { PER: SymbolKind.Class, ORG: SymbolKind.Module, LOC: SymbolKind.Namespace, MISC: SymbolKind.Object };

/** What the index keeps of one entity in one article. */
interface IndexedEntity {
  name: string;
  type: EntityType;
  /** Normalized Arabic names and spellings (lower-case English too), for matching. */
  keys: string[];
  range: SymbolInformation['location']['range'];
}

interface IndexedArticle {
  uri: string;
  container: string;
  entities: IndexedEntity[];
}

export function isArticlePath(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === '.txt' || ext === '.md';
}

/** Normalized form for matching: Arabic normalized, Latin lower-cased, spaces collapsed. */
export function matchKey(s: string): string {
  return normalizeWord(s).toLowerCase().replace(/\s+/g, ' ').trim();
}

function entriesOf(doc: TextDocument, a: Analysis): IndexedEntity[] {
  const text = doc.getText();
  const shift = bomShift(doc);
  const out: IndexedEntity[] = [];
  for (const e of a.entities) {
    if (!e.mentions.length) continue;
    const spellings = new Set<string>([e.name.ar, ...(e.name.en ? [e.name.en] : [])]);
    for (const m of e.mentions.slice(0, 50)) spellings.add(text.slice(m.start + shift, m.end + shift));
    const name = [e.name.ar, e.name.en].filter(Boolean).join(' · ') || e.id;
    out.push({ name, type: e.type, keys: [...spellings].map(matchKey).filter(Boolean), range: rangeOf(doc, e.mentions[0], shift) });
  }
  return out;
}

/** The article's file name for the container, e.g. "iraq-us-withdrawal.txt". */
function containerOf(uri: string): string {
  try {
    return basename(uri.startsWith('file:') ? fileURLToPath(uri) : decodeURIComponent(new URL(uri).pathname)) || uri;
  } catch {
    return uri;
  }
}

/** A comparable key for a URI: the file path for file URIs (client and Node encode differently). */
export function uriKey(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

export class WorkspaceIndex {
  private files = new Map<string, IndexedArticle>();
  private open = new Map<string, IndexedArticle>();
  private generation = 0;
  /** Resolves when the current background walk has finished (for tests and the first query). */
  ready: Promise<void> = Promise.resolve();

  constructor(private log: (message: string) => void = () => undefined, private limits = INDEX_LIMITS) {}

  /** Starts (or restarts) indexing the given folder URIs in the background. */
  indexFolders(folderUris: string[]): void {
    const generation = ++this.generation;
    this.files.clear();
    this.ready = this.walkAll(folderUris, generation).catch((e) => this.log(`[workspaceSymbols] ${String(e)}`));
  }

  private async walkAll(folderUris: string[], generation: number): Promise<void> {
    const budget = { files: this.limits.maxFiles, entries: this.limits.maxEntries };
    const started = Date.now();
    for (const uri of folderUris) {
      if (!uri.startsWith('file:')) continue;
      let root: string;
      try {
        root = fileURLToPath(uri);
      } catch {
        continue;
      }
      await this.walk(root, 0, budget, generation);
    }
    if (generation === this.generation) this.log(`[workspaceSymbols] indexed ${this.files.size} Arabic articles in ${Date.now() - started} ms`);
  }

  private async walk(dir: string, depth: number, budget: { files: number; entries: number }, generation: number): Promise<void> {
    if (depth > this.limits.maxDepth || generation !== this.generation) return;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (budget.entries-- <= 0 || budget.files <= 0 || generation !== this.generation) return;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) await this.walk(path, depth + 1, budget, generation);
      } else if (entry.isFile() && isArticlePath(entry.name)) {
        if (await this.indexFile(path, generation)) budget.files--;
        // Let requests in between articles: indexing is background work.
        await new Promise((r) => setImmediate(r));
      }
    }
  }

  /** Reads and indexes one file; false when it is not an Arabic article (or too large, or gone). */
  private async indexFile(path: string, generation = this.generation): Promise<boolean> {
    const uri = pathToFileURL(path).toString();
    try {
      const stat = await fs.stat(path);
      if (!stat.isFile() || stat.size > this.limits.maxFileBytes) {
        this.files.delete(uriKey(uri));
        return false;
      }
      const text = await fs.readFile(path, 'utf8');
      if (generation !== this.generation) return false;
      if (!isMostlyArabic(text)) {
        this.files.delete(uriKey(uri));
        return false;
      }
      const doc = TextDocument.create(uri, extname(path) === '.md' ? 'markdown' : 'plaintext', 0, text);
      this.files.set(uriKey(uri), { uri, container: basename(path), entities: entriesOf(doc, analyze(text)) });
      return true;
    } catch (e) {
      this.files.delete(uriKey(uri));
      if ((e as NodeJS.ErrnoException)?.code !== 'ENOENT') this.log(`[workspaceSymbols] ${path}: ${String(e)}`);
      return false;
    }
  }

  /** A file was created, changed or deleted on disk. */
  async fileChanged(uri: string, deleted: boolean): Promise<void> {
    if (!uri.startsWith('file:')) return;
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      return;
    }
    if (deleted) {
      // A deleted folder arrives as one event: drop everything below it.
      for (const key of [...this.files.keys()]) if (key === path || key.startsWith(path + '/') || key.startsWith(path + '\\')) this.files.delete(key);
      return;
    }
    if (isArticlePath(path)) await this.indexFile(path);
  }

  /** An open document's current analysis (it wins over the file on disk until closed). */
  documentAnalyzed(doc: TextDocument, a: Analysis): void {
    this.open.set(uriKey(doc.uri), { uri: doc.uri, container: containerOf(doc.uri), entities: entriesOf(doc, a) });
  }

  /** The document is no longer open, or Sanad no longer reads it. */
  documentClosed(uri: string): void {
    this.open.delete(uriKey(uri));
  }

  /** Entities whose Arabic (normalized) or English name contains the query, one per article. */
  query(query: string, token?: CancellationToken): SymbolInformation[] {
    const q = matchKey(query);
    const articles = new Map(this.files);
    for (const [k, v] of this.open) articles.set(k, v);
    const out: SymbolInformation[] = [];
    for (const article of articles.values()) {
      if (token?.isCancellationRequested) break;
      for (const e of article.entities) {
        if (q && !e.keys.some((k) => k.includes(q))) continue;
        out.push({ name: e.name, kind: KIND[e.type] ?? SymbolKind.Object, location: { uri: article.uri, range: e.range }, containerName: article.container });
        if (out.length >= this.limits.maxResults) return out;
      }
    }
    return out;
  }

  /** How many articles are indexed (files on disk and open documents together). */
  get size(): number {
    const keys = new Set([...this.files.keys(), ...this.open.keys()]);
    return keys.size;
  }
}
