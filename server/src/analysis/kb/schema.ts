// A small JSON Schema validator (the subset data/kb/schema.json uses: $ref to #/definitions,
// type, enum, required, properties, additionalProperties, items, pattern, minLength, maxLength,
// uniqueItems). It validates the positioned tree from json.ts, so every error points at the
// offending property or value in the file.
import { JsonNode } from './json';

export type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  uniqueItems?: boolean;
  definitions?: Record<string, Schema>;
  [other: string]: unknown;
};

export interface SchemaError {
  /** Offsets in the source text of the value (or property name) at fault. */
  start: number;
  end: number;
  /** JSON pointer-like path: [3].aliases[1] */
  path: string;
  message: string;
}

function typeOf(node: JsonNode): string {
  if (node.kind === 'number') return Number.isInteger(node.value) ? 'integer' : 'number';
  return node.kind;
}

function typeMatches(actual: string, wanted: string): boolean {
  return actual === wanted || (wanted === 'number' && actual === 'integer');
}

/** Length in characters (code points), as JSON Schema counts it. */
function charLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) n++;
    else { n++; i++; }
  }
  return n;
}

export class SchemaValidator {
  private patterns = new Map<string, RegExp>();

  constructor(private readonly root: Schema) {}

  /** Validates `node` against the root schema, or against `ref` (#/definitions/entry). */
  validate(node: JsonNode, ref?: string, maxErrors = 200): SchemaError[] {
    const errors: SchemaError[] = [];
    this.check(node, ref ? { $ref: ref } : this.root, '', errors, maxErrors);
    return errors;
  }

  private resolve(schema: Schema): Schema {
    let s = schema;
    for (let k = 0; s.$ref && k < 16; k++) {
      const m = /^#\/definitions\/(.+)$/.exec(s.$ref);
      const target = m ? this.root.definitions?.[m[1]] : undefined;
      if (!target) throw new Error(`Unresolvable $ref ${s.$ref}`);
      // Sibling keywords next to $ref (like description) carry no constraints here.
      s = target;
    }
    return s;
  }

  private regex(p: string): RegExp {
    let r = this.patterns.get(p);
    if (!r) {
      r = new RegExp(p, 'u');
      this.patterns.set(p, r);
    }
    return r;
  }

  private check(node: JsonNode, schemaIn: Schema, path: string, errors: SchemaError[], max: number): void {
    if (errors.length >= max) return;
    const schema = this.resolve(schemaIn);
    const at = (message: string, n: { start: number; end: number } = node) =>
      errors.push({ start: n.start, end: n.end, path, message });
    const actual = typeOf(node);
    if (schema.type !== undefined) {
      const wanted = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!wanted.some((w) => typeMatches(actual, w))) {
        at(`${path || 'The file'} must be ${wanted.map(article).join(' or ')}, not ${article(actual)}`);
        return;
      }
    }
    if (schema.enum && !schema.enum.some((v) => node.kind !== 'object' && node.kind !== 'array' && v === node.value)) {
      at(`${path} must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`);
    }
    if (node.kind === 'string') {
      const len = charLength(node.value);
      if (schema.minLength !== undefined && len < schema.minLength) at(`${path} must not be empty`);
      if (schema.maxLength !== undefined && len > schema.maxLength) at(`${path} is longer than ${schema.maxLength} characters`);
      if (schema.pattern !== undefined && !this.regex(schema.pattern).test(node.value)) {
        at(`${path} ${patternMessage(schema)}`);
      }
    } else if (node.kind === 'array') {
      if (schema.items) node.items.forEach((item, k) => this.check(item, schema.items!, `${path}[${k}]`, errors, max));
      if (schema.uniqueItems) {
        const seen = new Set<string>();
        node.items.forEach((item, k) => {
          const key = JSON.stringify(item.kind === 'object' || item.kind === 'array' ? null : item.value) + item.kind;
          if (item.kind !== 'object' && item.kind !== 'array' && seen.has(key)) {
            errors.push({ start: item.start, end: item.end, path: `${path}[${k}]`, message: `${path}[${k}] repeats an earlier item` });
          }
          seen.add(key);
        });
      }
    } else if (node.kind === 'object') {
      const present = new Set<string>();
      for (const p of node.props) {
        if (present.has(p.key)) {
          errors.push({ start: p.keyStart, end: p.keyEnd, path: `${path}.${p.key}`, message: `Property "${p.key}" appears twice` });
        }
        present.add(p.key);
        const sub = schema.properties?.[p.key];
        const propPath = path ? `${path}.${p.key}` : p.key;
        if (sub) this.check(p.value, sub, propPath, errors, max);
        else if (schema.additionalProperties === false) {
          const known = Object.keys(schema.properties ?? {});
          errors.push({
            start: p.keyStart, end: p.keyEnd, path: propPath,
            message: `Unknown property "${p.key}"${suggest(p.key, known)}; allowed: ${known.join(', ')}`,
          });
        } else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
          this.check(p.value, schema.additionalProperties, propPath, errors, max);
        }
      }
      for (const r of schema.required ?? []) {
        if (!present.has(r)) at(`${path || 'The object'} is missing the required property "${r}"`, { start: node.start, end: node.start + 1 });
      }
    }
  }
}

function article(t: string): string {
  return (/^[aeiou]/.test(t) ? 'an ' : 'a ') + t;
}

function patternMessage(schema: Schema): string {
  const p = schema.pattern ?? '';
  if (p.includes('\u0621')) return 'must contain Arabic letters';
  if (p.startsWith('^Q')) return 'must be a Wikidata item id like Q796';
  if (p.startsWith('^[A-Z]{2}')) return 'must be a two-letter ISO code like IQ';
  if (p.includes(':')) return 'must look like prefix:name (for example loc:iraq), without spaces';
  return `must match the pattern ${p}`;
}

function suggest(key: string, known: string[]): string {
  const k = key.toLowerCase();
  const hit = known.find((w) => w.toLowerCase() === k || editDistanceAtMost1(w.toLowerCase(), k));
  return hit ? ` (did you mean "${hit}"?)` : '';
}

function editDistanceAtMost1(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
