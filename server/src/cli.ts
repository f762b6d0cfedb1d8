// The same analysis from a terminal.
//   sanad analyze FILE [--format json|text|webanno|brat|conll] [--json] [--dct YYYY-MM-DD]
//   sanad timeline FILE [--format json|markdown|timelinejs] [--dct YYYY-MM-DD]
//   sanad tag-conll FILE
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from './analysis/analyze';
import { stripBom } from './analysis/normalize';
import { tagConllWithPipeline } from './analysis/conllPipeline';
import { ANALYSIS_FORMATS, AnalysisFormat, exportAnalysis, exportTimeline, TIMELINE_FORMATS, TimelineFormat } from './exports';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { timeline } from './features/timeline';
import { basename } from 'node:path';

const USAGE = `usage:
  sanad analyze FILE [--format json|text|webanno|brat|conll] [--json] [--dct YYYY-MM-DD]
  sanad timeline FILE [--format json|markdown|timelinejs] [--dct YYYY-MM-DD]
  sanad tag-conll FILE
`;

class UsageError extends Error {}

interface Args { command: string; file: string; format?: string; dct?: string }

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') throw new UsageError('');
  const args: Partial<Args> = { command };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') args.format = 'json';
    else if (a === '--format' || a === '--dct') {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      if (a === '--format') args.format = v; else args.dct = v;
    } else if (a.startsWith('--format=')) args.format = a.slice(9);
    else if (a.startsWith('--dct=')) args.dct = a.slice(6);
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (!args.file) args.file = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  if (!args.file) throw new UsageError(`${command} needs a FILE`);
  if (args.dct !== undefined && !isValidDate(args.dct)) throw new UsageError(`--dct wants a date as YYYY-MM-DD, got "${args.dct}"`);
  return args as Args;
}

function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function readText(file: string): string {
  try {
    return stripBom(readFileSync(file, 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new Error(err.code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${err.message}`);
  }
}

function run(argv: string[]): number {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'analyze': {
      const format = (args.format ?? 'json') as AnalysisFormat;
      if (!ANALYSIS_FORMATS.includes(format)) throw new UsageError(`unknown format "${args.format}" for analyze (${ANALYSIS_FORMATS.join(', ')})`);
      const text = readText(args.file);
      const uri = pathToFileURL(resolve(args.file)).toString();
      process.stdout.write(exportAnalysis(format, text, analyze(text, { documentDate: args.dct }), uri));
      return 0;
    }
    case 'timeline': {
      const format = (args.format ?? 'json') as TimelineFormat;
      if (!TIMELINE_FORMATS.includes(format)) throw new UsageError(`unknown format "${args.format}" for timeline (${TIMELINE_FORMATS.join(', ')})`);
      const text = readText(args.file);
      const uri = pathToFileURL(resolve(args.file)).toString();
      const doc = TextDocument.create(uri, 'plaintext', 1, text);
      const result = timeline(doc, analyze(text, { documentDate: args.dct }));
      process.stdout.write(exportTimeline(format, result, basename(args.file)));
      return 0;
    }
    case 'tag-conll':
      process.stdout.write(tagConllWithPipeline(readText(args.file)));
      return 0;
    default:
      throw new UsageError(`unknown command "${args.command}"`);
  }
}

function main(): void {
  // `sanad analyze … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) process.stderr.write(`sanad: ${e.message}\n`);
      process.stderr.write(USAGE);
      process.exitCode = 2;
    } else {
      process.stderr.write(`sanad: ${(e as Error).message}\n`);
      process.exitCode = 1;
    }
  }
}

main();
