// The knowledge base: what Arabic news is about (data/kb/*.json), merged with the user's own files
// (sanad.knowledgeBase.paths), validated against data/kb/schema.json with problems located at
// line and column, and indexed for matching: normalized alias token sequences → entry (longest
// match), gentilic forms (العراقي، العراقية، العراقيين …) → their country.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntityType } from '../types';
import { tokenize } from '../tokenize';
import { normalizeWord } from '../normalize';
import { dataDir } from '../dataDir';
import { JsonNode, JsonSyntaxError, LineIndex, parseJson } from './json';
import { Schema, SchemaValidator, formatPath, locate, repeatedKeys } from './schema';
import schemaJson from '../../../../data/kb/schema.json';

export interface KbEntry {
  id: string;
  type: EntityType;
  subtype?: string;
  ar: string;
  en: string;
  aliases?: string[];
  gentilics?: string[];
  description?: { en?: string; ar?: string };
  role?: string;
  country?: string;
  iso?: string;
  wikidata?: string;
}

export interface KbProblem {
  /** The file as it was given (a path for user files, the file name for built-in ones). */
  file: string;
  /** 1-based line and column (UTF-16 code units) of the start of the offending text, and its end. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based offsets into the file's text. */
  offset: number;
  endOffset: number;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

/** What a normalized token sequence stands for. */
export interface KbTarget {
  entry: KbEntry;
  kind: 'name' | 'gentilic';
  /** Number of tokens in the phrase. */
  length: number;
}

/** Two entries claiming one normalized phrase; the first one keeps it. */
export interface KbConflict {
  key: string;
  winner: string;
  loser: string;
  kind: 'name' | 'gentilic';
}

/** Normalized token sequence of a phrase, tokens joined by one space. */
export function phraseKey(phrase: string): string {
  // Fast path: Arabic letters and marks separated by single spaces tokenize to the words themselves.
  let simple = phrase.length > 0;
  for (let i = 0; i < phrase.length && simple; i++) {
    const c = phrase.charCodeAt(i);
    if (c === 32) simple = i > 0 && i < phrase.length - 1 && phrase.charCodeAt(i - 1) !== 32;
    else simple = (c >= 0x621 && c <= 0x65f) || c === 0x670 || c === 0x640 || (c >= 0x671 && c <= 0x6d3);
  }
  if (simple) return phrase.indexOf(' ') < 0 ? normalizeWord(phrase) : phrase.split(' ').map(normalizeWord).join(' ');
  const toks = tokenize(phrase);
  let key = '';
  for (const t of toks) key += (key ? ' ' : '') + t.norm;
  return key;
}

/** Endings of nisba adjectives after the masculine ي: ة، ون، ين، ات، ان، تان، تين and the accusative ا. */
const GENTILIC_SUFFIXES = ['', 'ه', 'ون', 'ين', 'ات', 'ان', 'تان', 'تين', 'ا'];

/**
 * Every normalized form of a gentilic base (العراقي → عراقي، العراقيه، عراقيون، العراقيين …),
 * as phrase keys. Tokens ending in ي take the suffixes together (الكوري الشمالي → الكوريه الشماليه);
 * irregular forms (الروس) are used as written, with and without the article.
 */
export function gentilicForms(base: string): string[] {
  const toks = tokenize(base).filter((t) => t.kind === 'word').map((t) => t.norm);
  if (!toks.length) return [];
  const hadArticle = toks.map((t) => t.startsWith('ال') && t.length > 3);
  const stems = toks.map((t, k) => (hadArticle[k] ? t.slice(2) : t));
  const inflects = stems.map((s) => s.endsWith('ي'));
  const suffixes = inflects.some(Boolean) ? GENTILIC_SUFFIXES : [''];
  const out = new Set<string>();
  for (const suf of suffixes) {
    const forms = stems.map((s, k) => (inflects[k] ? s + suf : s));
    out.add(forms.join(' '));
    out.add(forms.map((f) => 'ال' + f).join(' '));
    out.add(forms.map((f, k) => (hadArticle[k] ? 'ال' + f : f)).join(' '));
    // الجنوب أفريقي: the article on the first word only.
    out.add(forms.map((f, k) => (k === 0 ? 'ال' + f : f)).join(' '));
  }
  return [...out];
}

export class KnowledgeBase {
  readonly entries: KbEntry[];
  readonly byId = new Map<string, KbEntry>();
  /** Normalized phrase key → what it names. */
  readonly phrases = new Map<string, KbTarget>();
  /** First token of any phrase → the largest number of tokens a phrase starting with it has. */
  readonly firstTokenMax = new Map<string, number>();
  readonly conflicts: KbConflict[] = [];
  private readonly gentilicKeys = new Map<string, KbEntry>();

  /** `entries` in priority order: when two claim a phrase, the earlier keeps it. */
  constructor(entries: KbEntry[]) {
    this.entries = entries;
    for (const e of entries) if (!this.byId.has(e.id)) this.byId.set(e.id, e);
    for (const e of this.byId.values()) {
      this.add(e.ar, e, 'name');
      for (const a of e.aliases ?? []) this.add(a, e, 'name');
    }
    for (const e of this.byId.values()) {
      for (const g of e.gentilics ?? []) {
        for (const f of gentilicForms(g)) {
          this.addKey(f, e, 'gentilic');
          if (!this.gentilicKeys.has(f)) this.gentilicKeys.set(f, e);
        }
      }
    }
  }

  /** The entry a phrase is a gentilic form of, even where a name claims the phrase (السعودية). */
  gentilic(key: string): KbEntry | undefined {
    return this.gentilicKeys.get(key);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): KbEntry | undefined {
    return this.byId.get(id);
  }

  /** What a normalized phrase key names, if anything. */
  lookup(key: string): KbTarget | undefined {
    return this.phrases.get(key);
  }

  private add(phrase: string, e: KbEntry, kind: 'name' | 'gentilic'): void {
    this.addKey(phraseKey(phrase), e, kind);
  }

  private addKey(key: string, e: KbEntry, kind: 'name' | 'gentilic'): void {
    if (!key) return;
    const had = this.phrases.get(key);
    if (had) {
      if (had.entry.id !== e.id && !(had.kind === 'name' && kind === 'gentilic' && had.entry.id === e.id)) {
        // A name beats a gentilic form of the same entry silently (سوريا = سوري + ا).
        if (!(kind === 'gentilic' && had.kind === 'name' && had.entry.country === e.id)) {
          this.conflicts.push({ key, winner: had.entry.id, loser: e.id, kind });
        }
      }
      return;
    }
    let length = 1;
    let first = key;
    const sp = key.indexOf(' ');
    if (sp >= 0) {
      first = key.slice(0, sp);
      for (let k = sp; k < key.length; k++) if (key.charCodeAt(k) === 32) length++;
    }
    this.phrases.set(key, { entry: e, kind, length });
    if ((this.firstTokenMax.get(first) ?? 0) < length) this.firstTokenMax.set(first, length);
  }
}

// ---------------------------------------------------------------------------------------------
// Loading and validation

const validator = new SchemaValidator(schemaJson as unknown as Schema);

/** Built-in files load in this order (earlier files win alias conflicts); others follow by name. */
const BUILTIN_ORDER = ['countries.json', 'capitals.json', 'cities.json', 'regions.json', 'organizations.json',
  'state-bodies.json', 'groups.json', 'media.json', 'people.json', 'misc.json'];

export interface ParsedFile {
  file: string;
  entries: KbEntry[];
  /** Where each entry starts in the file, parallel to `entries` (computed on demand). */
  entryOffset(k: number): number;
  problems: KbProblem[];
  /** True when the file parsed and every entry passed the schema. */
  ok: boolean;
  /** Line index of the file's text, to place problems found later (merging). */
  lines: LineIndex;
}

function problemAt(file: string, lines: LineIndex, start: number, end: number, message: string,
  severity: KbProblem['severity'] = 'error'): KbProblem {
  const a = lines.position(start);
  const b = lines.position(Math.max(start, end));
  return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, offset: start, endOffset: Math.max(start, end), message, severity };
}

/**
 * Parses and validates one knowledge-base file. Never throws. The good path is JSON.parse plus a
 * validation of plain values; the positioned parse (json.ts) runs only to place problems.
 */
export function parseKnowledgeBaseFile(file: string, textIn: string): ParsedFile {
  const text = typeof textIn === 'string' ? textIn : String(textIn);
  const lines = new LineIndex(text);
  const problems: KbProblem[] = [];
  let tree: JsonNode | null | undefined;
  const positioned = (): JsonNode | null => {
    if (tree === undefined) {
      try {
        tree = parseJson(text);
      } catch {
        tree = null;
      }
    }
    return tree;
  };
  const result = (entries: KbEntry[], indexes: number[], ok: boolean): ParsedFile => ({
    file, entries, problems, ok, lines,
    entryOffset: (k: number) => {
      const t = positioned();
      return t && t.kind === 'array' && t.items[indexes[k]] ? t.items[indexes[k]].start : 0;
    },
  });

  let root: unknown;
  try {
    root = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    let offset = 0;
    let message = err instanceof Error ? err.message : String(err);
    try {
      parseJson(text);
    } catch (located) {
      if (located instanceof JsonSyntaxError) {
        offset = located.offset;
        message = located.message;
      }
    }
    problems.push(problemAt(file, lines, offset, Math.min(text.length, offset + 1), `Invalid JSON: ${message}`));
    return result([], [], false);
  }
  if (!Array.isArray(root)) {
    const t = positioned();
    const at = t ? t.start : 0;
    problems.push(problemAt(file, lines, at, at + 1,
      'A knowledge-base file must be a JSON array of entries: [ {"id": …, "type": …, "ar": …, "en": …}, … ]'));
    return result([], [], false);
  }
  const entries: KbEntry[] = [];
  const indexes: number[] = [];
  const seen = new Map<string, number>();
  let ok = true;
  const place = (path: Array<string | number>, atKey = false) => {
    const t = positioned();
    return t ? locate(t, path, atKey) : { start: 0, end: 0 };
  };
  for (let k = 0; k < root.length; k++) {
    const item = root[k];
    const errors = validator.validate(item, '#/definitions/entry');
    for (const e of errors) {
      const r = place([k, ...e.path], e.atKey);
      const where = formatPath(e.path);
      problems.push(problemAt(file, lines, r.start, r.end, `Entry ${k + 1}${where ? ` (${where})` : ''}: ${e.message}`));
    }
    if (errors.length) {
      ok = false;
      continue;
    }
    const entry = item as KbEntry;
    const first = seen.get(entry.id);
    if (first !== undefined) {
      ok = false;
      const r = place([k, 'id']);
      problems.push(problemAt(file, lines, r.start, r.end,
        `Duplicate id "${entry.id}" (first used by entry ${first + 1}); this entry is ignored`));
      continue;
    }
    seen.set(entry.id, k);
    entries.push(entry);
    indexes.push(k);
  }
  if (!ok) {
    // JSON.parse keeps the last of two equal keys silently; say so where it happens.
    const t = positioned();
    if (t) for (const r of repeatedKeys(t)) problems.push(problemAt(file, lines, r.start, r.end, `Property "${r.key}" appears twice in this entry`));
  }
  return result(entries, indexes, ok);
}

let builtinCache: { dir: string; files: ParsedFile[] } | undefined;

/**
 * A shipped file: JSON.parse and a light check of each entry, without the full schema validation
 * (the unit tests validate every shipped file against the schema; this keeps start-up fast).
 * Anything odd sends the file through the full validation instead.
 */
function parseTrustedFile(file: string, text: string): ParsedFile {
  try {
    const root = JSON.parse(text);
    if (Array.isArray(root) && root.every((e) => e && typeof e === 'object' && typeof e.id === 'string'
      && typeof e.ar === 'string' && typeof e.en === 'string' && TYPES.has(e.type)
      && (e.aliases === undefined || Array.isArray(e.aliases)) && (e.gentilics === undefined || Array.isArray(e.gentilics)))) {
      const ids = new Set<string>();
      if (root.every((e) => !ids.has(e.id) && ids.add(e.id))) {
        // Positions are computed only if someone asks (go to definition of a built-in entry).
        let lines: LineIndex | undefined;
        let tree: JsonNode | null | undefined;
        return {
          file, entries: root as KbEntry[], problems: [], ok: true,
          get lines() {
            return (lines ??= new LineIndex(text));
          },
          entryOffset(k: number) {
            if (tree === undefined) {
              try {
                tree = parseJson(text);
              } catch {
                tree = null;
              }
            }
            return tree && tree.kind === 'array' && tree.items[k] ? tree.items[k].start : 0;
          },
        };
      }
    }
  } catch {
    // fall through to the full parse, which reports where the problem is
  }
  return parseKnowledgeBaseFile(file, text);
}

const TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/** The built-in files of `dir`, parsed once. `trusted`: skip the full schema validation (see above). */
export function builtinFiles(dir: string, trusted = true): ParsedFile[] {
  if (builtinCache?.dir === dir) return builtinCache.files;
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'schema.json');
  } catch {
    names = [];
  }
  const rank = (n: string) => {
    const k = BUILTIN_ORDER.indexOf(n);
    return k < 0 ? BUILTIN_ORDER.length : k;
  };
  names.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const files: ParsedFile[] = [];
  for (const n of names) {
    let text = '';
    try {
      text = readFileSync(join(dir, n), 'utf8');
    } catch (err) {
      files.push({ file: n, entries: [], entryOffset: () => 0, ok: false, lines: new LineIndex(''), problems: [{ file: n, line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0, message: `Cannot read: ${String(err)}`, severity: 'error' }] });
      continue;
    }
    files.push(trusted ? parseTrustedFile(n, text) : parseKnowledgeBaseFile(n, text));
  }
  builtinCache = { dir, files };
  return files;
}

/**
 * Holds the user's knowledge-base files and, for each, the last version that was valid: a file
 * that stops parsing or fails the schema gets problems, and its last good entries stay in use.
 */
export class KnowledgeBaseStore {
  private files = new Map<string, { current: ParsedFile; lastGood?: ParsedFile }>();
  private kb: KnowledgeBase | undefined;
  private merged: KbProblem[] = [];

  /** `builtinDir`: the folder of built-in files, or null for none. */
  constructor(private readonly builtinDir: string | null = join(dataDir(), 'kb')) {}

  /** Sets (or replaces) one user file's text; returns that file's problems. */
  update(path: string, text: string): KbProblem[] {
    const parsed = parseKnowledgeBaseFile(path, text);
    const had = this.files.get(path);
    const lastGood = parsed.ok ? parsed : had?.lastGood;
    if (!parsed.ok && lastGood) {
      parsed.problems.push({ ...parsed.problems[0], severity: 'info', message: 'The last valid version of this file stays in use until the problems are fixed.' });
    }
    this.files.set(path, { current: parsed, lastGood });
    this.kb = undefined;
    return parsed.problems;
  }

  /** Forgets a user file (deleted, or no longer in the settings). */
  remove(path: string): void {
    if (this.files.delete(path)) this.kb = undefined;
  }

  /** Replaces the whole set of user files. */
  setFiles(files: Array<{ path: string; text: string }>): void {
    const keep = new Set(files.map((f) => f.path));
    for (const p of [...this.files.keys()]) if (!keep.has(p)) this.remove(p);
    for (const f of files) this.update(f.path, f.text);
  }

  paths(): string[] {
    return [...this.files.keys()];
  }

  /** The merged knowledge base: user entries (later files first) over the built-in ones. */
  knowledgeBase(): KnowledgeBase {
    if (this.kb) return this.kb;
    const builtin = this.builtinDir ? builtinFiles(this.builtinDir) : [];
    const user = [...this.files.values()].map((f) => (f.current.ok ? f.current : f.lastGood ?? f.current));
    const problems: KbProblem[] = [];
    // A later user file overrides an earlier one, and any user file overrides the built-in entries.
    const ordered: KbEntry[] = [];
    const taken = new Map<string, { file: ParsedFile; index: number }>();
    for (let k = user.length - 1; k >= 0; k--) {
      const f = user[k];
      f.entries.forEach((e, j) => {
        const prev = taken.get(e.id);
        if (prev !== undefined) {
          const at = f.entryOffset(j);
          problems.push(problemAt(f.file, f.lines, at, at + 1,
            `Id "${e.id}" is also defined in ${prev.file.file}, which comes later in sanad.knowledgeBase.paths and wins`, 'warning'));
          return;
        }
        taken.set(e.id, { file: f, index: j });
        ordered.push(e);
      });
    }
    for (const f of builtin) for (const e of f.entries) if (!taken.has(e.id)) ordered.push(e);
    this.kb = new KnowledgeBase(ordered);
    // User aliases that shadow another entry's: tell the user (informational; theirs wins).
    for (const c of this.kb.conflicts) {
      const at = taken.get(c.loser) ?? taken.get(c.winner);
      if (!at) continue;
      const offset = at.file.entryOffset(at.index);
      problems.push(problemAt(at.file.file, at.file.lines, offset, offset + 1,
        `"${c.key}" names both ${c.winner} and ${c.loser}; ${c.winner} is used`, 'info'));
    }
    this.merged = problems;
    return this.kb;
  }

  /** Problems of every user file (current versions) and of merging them, grouped by file. */
  problems(): Map<string, KbProblem[]> {
    this.knowledgeBase();
    const out = new Map<string, KbProblem[]>();
    for (const [p, f] of this.files) out.set(p, [...f.current.problems]);
    for (const pr of this.merged) {
      const list = out.get(pr.file) ?? [];
      list.push(pr);
      out.set(pr.file, list);
    }
    return out;
  }
}

/** Loads the built-in knowledge base from `builtinDir` (null: none) merged with user files. */
export function loadKnowledgeBase(builtinDir: string | null, userFiles: Array<{ path: string; text: string }> = []):
  { kb: KnowledgeBase; problems: KbProblem[] } {
  const store = new KnowledgeBaseStore(builtinDir);
  store.setFiles(userFiles);
  const kb = store.knowledgeBase();
  const problems: KbProblem[] = [];
  if (builtinDir) {
    const seen = new Map<string, string>();
    for (const f of builtinFiles(builtinDir)) {
      problems.push(...f.problems);
      for (const e of f.entries) {
        const other = seen.get(e.id);
        if (other !== undefined) {
          problems.push({ file: f.file, line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0, severity: 'error',
            message: `Id "${e.id}" is also defined in ${other}; the first one is used` });
        } else seen.set(e.id, f.file);
      }
    }
  }
  for (const list of store.problems().values()) problems.push(...list);
  return { kb, problems };
}

let defaultKb: KnowledgeBase | undefined;
let activeKb: KnowledgeBase | undefined;

/** The built-in knowledge base, loaded once on first use. */
export function defaultKnowledgeBase(): KnowledgeBase {
  if (!defaultKb) defaultKb = loadKnowledgeBase(join(dataDir(), 'kb')).kb;
  return defaultKb;
}

/**
 * Makes `kb` (e.g. a KnowledgeBaseStore's merged one) the one the entity pass uses; null restores
 * the built-in one. Paragraph results cached by analyze() were computed with the old one: callers
 * must drop their AnalysisCache when they switch.
 */
export function setKnowledgeBase(kb: KnowledgeBase | null): void {
  activeKb = kb ?? undefined;
}

/** The knowledge base the entity pass uses now. */
export function currentKnowledgeBase(): KnowledgeBase {
  return activeKb ?? defaultKnowledgeBase();
}
