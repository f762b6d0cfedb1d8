// The user's knowledge-base files (sanad.knowledgeBase.paths) in the server: read them, merge them
// over the built-in knowledge base, publish their problems as diagnostics at the right line, keep
// the last good version of a broken file, and locate any entry for go-to-definition.
// In a restricted (untrusted) workspace, files outside the workspace folders are not read.
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Connection, Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import {
  builtinFiles, KbProblem, KnowledgeBaseStore, ParsedFile, parseKnowledgeBaseFile, setKnowledgeBase,
} from './analysis/kb';
import { dataDir } from './analysis/dataDir';

/** User knowledge-base files larger than this are not read (a clear diagnostic says so). */
export const MAX_KB_FILE_BYTES = 20 * 1024 * 1024;

const SEVERITY: Record<KbProblem['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information,
};

export class KnowledgeBaseService {
  private store = new KnowledgeBaseStore();
  private parsed = new Map<string, ParsedFile>();
  private published = new Set<string>();
  private readonly builtinDir = join(dataDir(), 'kb');

  constructor(private readonly connection: Connection) {}

  /**
   * Re-reads the configured files. `paths` may be relative to the first workspace folder.
   * Returns true when the merged knowledge base changed (cached analyses must then be dropped).
   */
  refresh(paths: string[], folders: string[], trusted: boolean): boolean {
    const files: Array<{ path: string; text: string }> = [];
    const tooLarge: KbProblem[] = [];
    for (const p of paths) {
      const abs = isAbsolute(p) ? p : resolve(folders[0] ?? process.cwd(), p);
      if (!trusted && !folders.some((f) => isInside(abs, f))) {
        this.connection.console.warn(`[kb] ${abs} is outside the workspace and the workspace is not trusted: not read`);
        continue;
      }
      try {
        const size = statSync(abs).size;
        if (size > MAX_KB_FILE_BYTES) {
          tooLarge.push(problem(abs, `This file is ${(size / 1048576).toFixed(1)} MB; knowledge-base files over ${MAX_KB_FILE_BYTES / 1048576} MB are not read.`));
          continue;
        }
        files.push({ path: abs, text: readFileSync(abs, 'utf8') });
      } catch (e) {
        this.connection.console.warn(`[kb] cannot read ${abs}: ${(e as Error).message}`);
      }
    }
    const before = this.store.paths().join('\n') + [...this.parsed.values()].map((f) => f.entries.length).join(',');
    this.store.setFiles(files);
    this.parsed = new Map(files.map((f) => [f.path, parseKnowledgeBaseFile(f.path, f.text)]));
    setKnowledgeBase(files.length ? this.store.knowledgeBase() : null);
    const problems = this.store.problems();
    for (const p of tooLarge) problems.set(p.file, [p]);
    this.publish(problems);
    const after = this.store.paths().join('\n') + [...this.parsed.values()].map((f) => f.entries.length).join(',');
    return files.length > 0 || before !== after;
  }

  /** Where an entry is written: the user file that defines it, else the built-in file. */
  locate(kbId: string): { uri: string; line: number } | null {
    const inFile = (f: ParsedFile, path: string) => {
      const k = f.entries.findIndex((e) => e.id === kbId);
      return k < 0 ? null : { uri: pathToFileURL(path).toString(), line: f.lines.position(f.entryOffset(k)).line - 1 };
    };
    for (const [path, f] of [...this.parsed].reverse()) {
      const at = inFile(f, path);
      if (at) return at;
    }
    for (const f of builtinFiles(this.builtinDir)) {
      const at = inFile(f, join(this.builtinDir, f.file));
      if (at) return at;
    }
    return null;
  }

  /** True when a watched file change concerns one of the configured files. */
  concerns(uri: string): boolean {
    try {
      return this.store.paths().includes(fileURLToPath(uri)) || this.published.has(uri);
    } catch {
      return false;
    }
  }

  private publish(byFile: Map<string, KbProblem[]>): void {
    const now = new Set<string>();
    for (const [file, problems] of byFile) {
      const uri = pathToFileURL(file).toString();
      now.add(uri);
      const diagnostics: Diagnostic[] = problems.map((p) => ({
        range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.endLine - 1, character: p.endColumn - 1 } },
        severity: SEVERITY[p.severity], source: 'sanad', message: p.message,
      }));
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
    for (const uri of this.published) if (!now.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published = now;
  }
}

function isInside(path: string, folder: string): boolean {
  const r = relative(folder, path);
  return !!r && !r.startsWith('..') && !isAbsolute(r);
}

function problem(file: string, message: string): KbProblem {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0, message, severity: 'error' };
}
