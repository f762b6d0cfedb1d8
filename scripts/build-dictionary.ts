// Derives data/lexicon/dictionary-classes.tsv.gz from the Ayaspell Arabic hunspell dictionary
// (Debian package hunspell-ar; tri-licensed GPL 2.0 / LGPL 2.1 / MPL 1.1 — the derived file is
// distributed under MPL 1.1, see data/lexicon/DICTIONARY-LICENSE.md).
//
//   apt-get install hunspell-ar && npm run build && node dist-scripts/build-dictionary.js [ar.dic]
//
// The NER tagger uses it as a feature: whether a word (or its clitic-stripped stem) is an Arabic
// dictionary word, and of which affix class. Arabic has no capital letters, so "not a dictionary
// word" is the best cheap hint that a word is a foreign name (ناكامورا، بوخارست); and the
// dictionary's own affix classes separate place and person names (flags for place names take few
// affixes) from common nouns and verbs. Each word keeps its sorted set of affix-class numbers plus
// the sections of the dictionary it came from; the tagger learns what each set means.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { normalizeWord } from '../server/src/analysis/normalize';

const repoRoot = resolve(__dirname, '..');
const input = process.argv[2] ?? '/usr/share/hunspell/ar.dic';
const out = resolve(repoRoot, 'data', 'lexicon', 'dictionary-classes.tsv.gz');

const lines = readFileSync(input, 'utf8').split('\n');
const classes = new Map<string, Set<string>>();
let section = '';
for (let i = 0; i < lines.length; i++) {
  const line = lines[i].trim();
  // Sections are introduced by "::::::" / "name.dic" / "::::::".
  if (line.startsWith('::::')) {
    const name = lines[i + 1]?.trim() ?? '';
    if (name.endsWith('.dic')) {
      section = name.replace(/\.dic$/, '').replace(/\.huns$/, '');
      i += 2;
    }
    continue;
  }
  if (!line || line.startsWith('#') || /^\d+(\s|$)/.test(line)) continue;
  const [entry] = line.split(/\s+/);
  const [word, flags] = entry.split('/');
  if (!word || /[^\u0621-\u064a\u0670-\u06d3]/.test(word)) continue;
  const norm = normalizeWord(word);
  if (norm.length < 2) continue;
  let set = classes.get(norm);
  if (!set) classes.set(norm, (set = new Set()));
  set.add(`s:${section}`);
  if (flags) for (const f of flags.split(',')) set.add(f);
}
// One line per class set (`classes<TAB>word word …`), so that loading hashes each word in place.
const bySet = new Map<string, string[]>();
for (const [w, set] of classes) {
  const key = [...set].sort().join(',');
  let words = bySet.get(key);
  if (!words) bySet.set(key, (words = []));
  words.push(w);
}
const rows = [...bySet].map(([set, words]) => `${set}\t${words.sort().join(' ')}`).sort();
const header = `# Arabic word classes derived from the Ayaspell hunspell dictionary (MPL 1.1); see DICTIONARY-LICENSE.md\n# affix classes and dictionary sections<TAB>the words (normalized) that have exactly these\n`;
const bytes = gzipSync(header + rows.join('\n') + '\n', { level: 9 });
writeFileSync(out, bytes);
console.log(`${classes.size} words, ${rows.length} class sets → ${out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
