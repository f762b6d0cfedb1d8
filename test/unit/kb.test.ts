// The knowledge base: every shipped file valid against data/kb/schema.json, at least 1,000 entries,
// unique ids, Arabic where Arabic belongs, alias conflicts only where explained; user files merged
// over the built-in one, with problems located at line and column and the last good version kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../server/src/analysis/dataDir';
import {
  KnowledgeBase, KnowledgeBaseStore, builtinFiles, gentilicForms, loadKnowledgeBase, parseKnowledgeBaseFile, phraseKey, setKnowledgeBase,
} from '../../server/src/analysis/kb';
import { parseJson, JsonSyntaxError } from '../../server/src/analysis/kb/json';
import { makeTextUnit } from '../../server/src/analysis/textUnit';
import { findMentions } from '../../server/src/analysis/entities';

const KB_DIR = join(dataDir(), 'kb');
const FILES = readdirSync(KB_DIR).filter((f) => f.endsWith('.json') && f !== 'schema.json').sort();
const ARABIC = /[\u0621-\u064a]/;

/**
 * Phrases that two entries claim, and why the first one keeps it. Anything else is a mistake.
 * (A gentilic form that equals its own country's name, سوريا = سوري + ا, is not a conflict.)
 */
const EXPLAINED_CONFLICTS: Record<string, string> = {
  'عمان': 'Oman (عُمان) and Amman (عمّان) differ only in diacritics; the country keeps the bare form, '
    + 'Amman is matched through its own aliases (العاصمة الأردنية عمان) and in the tagger\'s context.',
  'المسيحيه': 'المسيحية is both "Christianity" (the name) and the feminine of the gentilic المسيحي; the name wins.',
  'اليهوديه': 'اليهودية is both "Judaism" (the name) and the feminine of the gentilic اليهودي; the name wins.',
};

test('every shipped knowledge-base file passes the schema (full validation)', () => {
  assert.ok(FILES.length >= 8, `expected the category files, found ${FILES.join(', ')}`);
  for (const f of FILES) {
    const parsed = parseKnowledgeBaseFile(f, readFileSync(join(KB_DIR, f), 'utf8'));
    assert.deepEqual(parsed.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`), [], f);
    assert.ok(parsed.ok);
  }
});

test('the schema file itself is valid JSON with the entry definition', () => {
  const schema = JSON.parse(readFileSync(join(KB_DIR, 'schema.json'), 'utf8'));
  assert.equal(schema.type, 'array');
  assert.deepEqual(schema.definitions.entry.required, ['id', 'type', 'ar', 'en']);
});

test('at least 1,000 entries, unique ids, Arabic names and aliases, English names', () => {
  const { kb, problems } = loadKnowledgeBase(KB_DIR);
  assert.deepEqual(problems, []);
  let total = 0;
  const ids = new Set<string>();
  const counts: Record<string, number> = {};
  for (const f of FILES) {
    const entries = JSON.parse(readFileSync(join(KB_DIR, f), 'utf8')) as Array<Record<string, unknown>>;
    counts[f] = entries.length;
    total += entries.length;
    for (const e of entries) {
      assert.ok(!ids.has(e.id as string), `duplicate id ${e.id}`);
      ids.add(e.id as string);
      assert.match(e.ar as string, ARABIC, `${e.id}: ar`);
      assert.ok((e.en as string).trim().length > 0, `${e.id}: en`);
      assert.doesNotMatch(e.en as string, ARABIC, `${e.id}: en is English`);
      for (const a of (e.aliases as string[] | undefined) ?? []) assert.match(a, ARABIC, `${e.id}: alias ${a}`);
      for (const g of (e.gentilics as string[] | undefined) ?? []) assert.match(g, ARABIC, `${e.id}: gentilic ${g}`);
      const d = (e.description ?? {}) as { en?: string; ar?: string };
      if (d.en) assert.doesNotMatch(d.en, ARABIC, `${e.id}: description.en is English`);
      if (d.ar) assert.match(d.ar, ARABIC, `${e.id}: description.ar is Arabic`);
      const prefix = String(e.id).split(':')[0];
      assert.equal(prefix, { PER: 'per', ORG: 'org', LOC: 'loc', MISC: 'misc' }[e.type as string], `${e.id}: id prefix matches type`);
    }
  }
  assert.ok(total >= 1000, `only ${total} entries`);
  assert.equal(kb.size, total);
  console.log(`knowledge base: ${total} entries`, counts);
});

test('references between entries resolve: country fields name LOC entries', () => {
  const { kb } = loadKnowledgeBase(KB_DIR);
  for (const e of kb.entries) {
    if (!e.country) continue;
    const c = kb.get(e.country);
    assert.ok(c, `${e.id}: country ${e.country} is not in the knowledge base`);
    assert.equal(c.type, 'LOC', `${e.id}: country ${e.country} is a place`);
  }
});

test('every country of the generated part is there, with the expected names', () => {
  const { kb } = loadKnowledgeBase(KB_DIR);
  const countries = kb.entries.filter((e) => e.subtype === 'country');
  assert.ok(countries.length >= 190, `${countries.length} countries`);
  for (const [id, ar, en] of [['loc:iraq', 'العراق', 'Iraq'], ['loc:united-states', 'الولايات المتحدة', 'United States'],
    ['loc:syria', 'سوريا', 'Syria'], ['loc:egypt', 'مصر', 'Egypt'], ['loc:palestine', 'فلسطين', 'Palestine']]) {
    assert.equal(kb.get(id)?.ar, ar);
    assert.equal(kb.get(id)?.en, en);
  }
  // Major countries carry gentilics and capitals.
  for (const id of ['loc:iraq', 'loc:syria', 'loc:lebanon', 'loc:egypt', 'loc:saudi-arabia', 'loc:yemen', 'loc:united-states', 'loc:russia', 'loc:iran', 'loc:turkey']) {
    assert.ok(kb.get(id)?.gentilics?.length, `${id} has gentilics`);
  }
  assert.equal(kb.lookup(phraseKey('بغداد'))?.entry.id, 'loc:baghdad');
  assert.equal(kb.get('loc:baghdad')?.country, 'loc:iraq');
});

test('built-in entries can be located in their file (go to definition)', () => {
  const f = builtinFiles(KB_DIR).find((x) => x.file === 'people.json')!;
  const k = f.entries.findIndex((e) => e.id === 'per:joe-biden');
  const text = readFileSync(join(KB_DIR, 'people.json'), 'utf8');
  const line = f.lines.position(f.entryOffset(k)).line;
  assert.match(text.split('\n')[line - 1], /"per:joe-biden"/);
});

test('alias conflicts are only the explained ones', () => {
  const { kb } = loadKnowledgeBase(KB_DIR);
  const unexplained = kb.conflicts.filter((c) => !(c.key in EXPLAINED_CONFLICTS));
  assert.deepEqual(unexplained, []);
});

test('wikidata ids only where given, well-formed, never shared', () => {
  const { kb } = loadKnowledgeBase(KB_DIR);
  const seen = new Map<string, string>();
  for (const e of kb.entries) {
    if (!e.wikidata) continue;
    assert.match(e.wikidata, /^Q[1-9][0-9]*$/);
    assert.ok(!seen.has(e.wikidata), `${e.wikidata} used by ${seen.get(e.wikidata)} and ${e.id}`);
    seen.set(e.wikidata, e.id);
  }
  assert.equal(kb.get('loc:iraq')?.wikidata, 'Q796');
  assert.equal(kb.get('org:united-nations')?.wikidata, 'Q1065');
  for (const e of kb.entries) {
    assert.doesNotMatch(e.role ?? '', /^Q\d+$/, `${e.id}: a Wikidata id in the role field`);
    if (e.role) assert.equal(e.type, 'PER', `${e.id}: role is for people`);
  }
});

test('gentilic forms: masculine, feminine, dual, plural, with and without the article', () => {
  const forms = new Set(gentilicForms('العراقي'));
  for (const f of ['العراقي', 'عراقي', 'العراقيه', 'عراقيه', 'العراقيون', 'عراقيون', 'العراقيين', 'العراقيات', 'العراقيان', 'العراقيتين', 'عراقيا']) {
    assert.ok(forms.has(f), f);
  }
  const two = new Set(gentilicForms('الكوري الشمالي'));
  assert.ok(two.has('الكوريه الشماليه'));
  assert.ok(two.has('كوريون شماليون'));
  // Irregular plurals are used as written.
  assert.deepEqual(new Set(gentilicForms('الروس')), new Set(['الروس', 'روس']));
});

test('phrase keys normalize like the tokenizer (diacritics, tatweel, hamza, punctuation)', () => {
  assert.equal(phraseKey('بَغْدَادُ'), 'بغداد');
  assert.equal(phraseKey('بغــداد'), 'بغداد');
  assert.equal(phraseKey('الأمم المتحدة'), 'الامم المتحده');
  assert.equal(phraseKey('أ.ف.ب'), 'ا . ف . ب');
});

// --------------------------------------------------------------------------------------------
// User files

const GOOD = `[
  {"id": "per:ahmad-test", "type": "PER", "ar": "أحمد التجريبي", "en": "Ahmad Test", "aliases": ["التجريبي"]}
]`;

test('a malformed user file gets a located syntax problem', () => {
  const text = '[\n  {"id": "org:x", "type": "ORG", "ar": "منظمة س", "en": "X"},\n  {"id": "org:y" "type": "ORG"}\n]';
  const { problems } = loadKnowledgeBase(null, [{ path: 'my.json', text }]);
  assert.equal(problems.length, 1);
  const p = problems[0];
  assert.equal(p.file, 'my.json');
  assert.equal(p.severity, 'error');
  assert.equal(p.line, 3);
  assert.equal(p.column, 18); // the "type" that should have been preceded by a comma
  assert.match(p.message, /Invalid JSON/);
});

test('schema problems point at the offending property or value', () => {
  const text = [
    '[',
    '  {"id": "org:ok", "type": "ORG", "ar": "منظمة", "en": "OK"},',
    '  {"id": "org:bad-type", "type": "COMPANY", "ar": "شركة", "en": "Bad"},',
    '  {"id": "org:no-arabic", "type": "ORG", "ar": "Latin only", "en": "No Arabic"},',
    '  {"id": "org:unknown", "type": "ORG", "ar": "شركة", "en": "U", "alias": ["خطأ"]},',
    '  {"id": "org:missing", "type": "ORG", "ar": "شركة"},',
    '  {"id": "org:ok", "type": "ORG", "ar": "منظمة أخرى", "en": "Again"},',
    '  {"id": "bad id", "type": "LOC", "ar": "مكان", "en": "Place", "wikidata": "796"}',
    ']',
  ].join('\n');
  const parsed = parseKnowledgeBaseFile('u.json', text);
  assert.equal(parsed.ok, false);
  const at = (needle: string) => parsed.problems.find((p) => p.message.includes(needle));
  const typeP = at('must be one of');
  assert.ok(typeP);
  assert.equal(typeP.line, 3);
  assert.equal(typeP.column, text.split('\n')[2].indexOf('"COMPANY"') + 1);
  const ar = at('Arabic letters');
  assert.equal(ar?.line, 4);
  const unknown = at('Unknown property "alias"');
  assert.equal(unknown?.line, 5);
  assert.match(unknown!.message, /did you mean "aliases"/);
  assert.equal(unknown?.column, text.split('\n')[4].indexOf('"alias"') + 1);
  const missing = at('missing the required property "en"');
  assert.equal(missing?.line, 6);
  const dup = at('Duplicate id "org:ok"');
  assert.equal(dup?.line, 7);
  const badId = at('prefix:name');
  assert.equal(badId?.line, 8);
  const wd = at('Wikidata');
  assert.equal(wd?.line, 8);
  // The valid entries of the file are still read.
  assert.deepEqual(parsed.entries.map((e) => e.id), ['org:ok']);
});

test('not an array, empty, BOM, NUL bytes, lone surrogates: problems, never exceptions', () => {
  for (const text of ['{"id": "x"}', '', '\ufeff[]', '\u0000\u0000', '[\ud800]', '["\ud800"]', 'null', '[[[[[[[[[[', '[' + '['.repeat(100000)]) {
    const parsed = parseKnowledgeBaseFile('weird.json', text);
    assert.ok(Array.isArray(parsed.problems));
  }
  assert.equal(parseKnowledgeBaseFile('bom.json', '\ufeff[]').ok, true);
  const deep = parseKnowledgeBaseFile('deep.json', '['.repeat(100000));
  assert.equal(deep.ok, false);
  assert.equal(deep.problems[0].line, 1);
});

test('the positioned JSON parser agrees with JSON.parse and locates errors', () => {
  const samples = ['[]', '{"a": [1, 2.5e3, -0, true, false, null, "x\\u0041\\n"]}', '"\\ud83d\\ude00"'];
  for (const s of samples) assert.doesNotThrow(() => parseJson(s));
  try {
    parseJson('[1,\n 2,,]');
    assert.fail('should throw');
  } catch (err) {
    assert.ok(err instanceof JsonSyntaxError);
    assert.equal(err.offset, 7);
  }
});

test('the last good version of a user file stays in use while the new one is broken', () => {
  const store = new KnowledgeBaseStore(null);
  assert.deepEqual(store.update('/ws/kb.json', GOOD), []);
  assert.ok(store.knowledgeBase().get('per:ahmad-test'));
  // Broken: a trailing comma.
  const problems = store.update('/ws/kb.json', GOOD.replace('}\n]', '},\n]'));
  assert.ok(problems.some((p) => p.severity === 'error'));
  assert.ok(problems.some((p) => p.severity === 'info' && /last valid version/.test(p.message)));
  assert.ok(store.knowledgeBase().get('per:ahmad-test'), 'last good entry still there');
  assert.equal(store.problems().get('/ws/kb.json')?.filter((p) => p.severity === 'error').length, 1);
  // Invalid against the schema: still the last good one.
  store.update('/ws/kb.json', '[{"id": "per:ahmad-test", "type": "PER", "ar": "x", "en": "y"}]');
  assert.equal(store.knowledgeBase().get('per:ahmad-test')?.ar, 'أحمد التجريبي');
  // Fixed: the new version replaces it.
  store.update('/ws/kb.json', GOOD.replace('أحمد التجريبي', 'أحمد المحدث'));
  assert.equal(store.knowledgeBase().get('per:ahmad-test')?.ar, 'أحمد المحدث');
  assert.deepEqual(store.problems().get('/ws/kb.json'), []);
  // Removed from the settings: gone.
  store.remove('/ws/kb.json');
  assert.equal(store.knowledgeBase().get('per:ahmad-test'), undefined);
});

test('a file that was never valid contributes its valid entries', () => {
  const store = new KnowledgeBaseStore(null);
  store.update('a.json', '[{"id": "loc:ok-place", "type": "LOC", "ar": "مكان جيد", "en": "Good"}, {"id": 3}]');
  assert.ok(store.knowledgeBase().get('loc:ok-place'));
});

test('user entries merge over the built-in ones and are matched in text', () => {
  const store = new KnowledgeBaseStore(KB_DIR);
  store.setFiles([
    { path: 'team.json', text: '[{"id": "per:salim-qadiri", "type": "PER", "ar": "سليم القادري", "en": "Salim al-Qadiri", "description": {"ar": "مراسل الفريق"}},'
      + ' {"id": "loc:baghdad", "type": "LOC", "ar": "بغداد", "en": "Baghdad (team)", "aliases": ["دار السلام"]}]' },
  ]);
  const kb = store.knowledgeBase();
  assert.equal(kb.get('loc:baghdad')?.en, 'Baghdad (team)', 'the user entry replaces the built-in one with its id');
  assert.ok(kb.get('loc:iraq'), 'built-in entries are still there');
  setKnowledgeBase(kb);
  try {
    const ms = findMentions(makeTextUnit('وصل سليم القادري إلى دار السلام أمس.'));
    assert.deepEqual(ms.map((m) => [m.text, m.entityId]), [['سليم القادري', 'per:salim-qadiri'], ['دار السلام', 'loc:baghdad']]);
  } finally {
    setKnowledgeBase(null);
  }
});

test('two user files defining one id: the later one wins, with a located warning', () => {
  const store = new KnowledgeBaseStore(null);
  store.setFiles([
    { path: 'a.json', text: '[\n {"id": "org:same", "type": "ORG", "ar": "أ", "en": "A"}\n]' },
    { path: 'b.json', text: '[{"id": "org:same", "type": "ORG", "ar": "ب", "en": "B"}]' },
  ]);
  assert.equal(store.knowledgeBase().get('org:same')?.en, 'B');
  const warn = store.problems().get('a.json')?.find((p) => p.severity === 'warning');
  assert.ok(warn);
  assert.equal(warn.line, 2);
});

test('a user alias claimed by a built-in entry is reported, and the user entry wins it', () => {
  const store = new KnowledgeBaseStore(KB_DIR);
  store.update('mine.json', '[{"id": "org:my-rafidain", "type": "ORG", "ar": "مصرف الرافدين", "en": "Rafidain Bank", "aliases": ["بلاد الرافدين"]}]');
  const kb = store.knowledgeBase();
  assert.equal(kb.lookup(phraseKey('بلاد الرافدين'))?.entry.id, 'org:my-rafidain');
  assert.ok(store.problems().get('mine.json')?.some((p) => p.severity === 'info' && p.message.includes('loc:iraq')));
});

test('a huge user file loads without trouble', () => {
  const rows: string[] = [];
  for (let k = 0; k < 20000; k++) rows.push(`{"id": "org:bulk-${k}", "type": "ORG", "ar": "شركة رقم ${k}", "en": "Bulk ${k}", "aliases": ["الشركة ${k}"]}`);
  const text = '[\n' + rows.join(',\n') + '\n]';
  const t0 = performance.now();
  const { kb, problems } = loadKnowledgeBase(null, [{ path: 'bulk.json', text }]);
  const ms = performance.now() - t0;
  assert.deepEqual(problems, []);
  assert.equal(kb.size, 20000);
  console.log(`20,000-entry user file: ${ms.toFixed(0)} ms`);
});

test('the built-in knowledge base loads and indexes quickly', () => {
  // Fresh parse and index, as on the first analysis (the parsed files are cached per process).
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const files = FILES.map((f) => JSON.parse(readFileSync(join(KB_DIR, f), 'utf8')));
  const kb = new KnowledgeBase(files.flat());
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  console.log(`built-in KB: ${kb.size} entries, ${kb.phrases.size} phrases; read+parse+index ${wall.toFixed(1)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms CPU`);
  assert.ok(kb.size > 2000);
});
