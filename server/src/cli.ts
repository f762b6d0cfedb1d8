// The same analysis from a terminal: `sanad analyze FILE --json [--dct YYYY-MM-DD]`.
import { readFileSync } from 'node:fs';
import { analyze } from './analysis/analyze';

function usage(): never {
  process.stderr.write('usage: sanad analyze FILE [--json] [--dct YYYY-MM-DD]\n');
  process.exit(2);
}

function main(argv: string[]): number {
  const [command, file, ...rest] = argv;
  if (command !== 'analyze' || !file) usage();
  let dct: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--dct') dct = rest[++i];
  }
  if (dct !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(dct)) {
    process.stderr.write(`sanad: --dct wants a date as YYYY-MM-DD, got "${dct}"\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`sanad: cannot read ${file}: ${(e as Error).message}\n`);
    return 1;
  }
  const result = analyze(text, { documentDate: dct });
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
