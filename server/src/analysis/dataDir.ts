// Where the built-in data (knowledge base, lexicons, model) lives: the `data/` folder of the
// extension, found upward from the running bundle (dist/, dist-test/unit/ …), or SANAD_DATA_DIR.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | undefined;

export function dataDir(): string {
  if (cached) return cached;
  const fromEnv = process.env.SANAD_DATA_DIR;
  if (fromEnv && existsSync(fromEnv)) return (cached = fromEnv);
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'data');
    if (existsSync(join(candidate, 'kb'))) return (cached = candidate);
    dir = dirname(dir);
  }
  return (cached = join(__dirname, '..', 'data'));
}
