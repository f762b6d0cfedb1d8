// A small JSON Schema validator (the subset data/kb/schema.json uses: $ref to #/definitions,
// type, enum, required, properties, additionalProperties, items, pattern, minLength, maxLength,
// uniqueItems). It validates the plain values JSON.parse returns (fast); errors carry a path that
// locate() turns into a range of the positioned tree from json.ts, built only when there is a problem.
import { JsonNode, JsonProp } from './json';

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
  /** Where the problem is: property names and array indexes from the validated value. */
  path: Array<string | number>;
  /** True when the problem is the property name itself (unknown or repeated property). */
  atKey?: boolean;
  message: string;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v; // string, boolean, object
}

function typeMatches(actual: string, wanted: string): boolean {
  return actual === wanted || (wanted === 'number' && actual === 'integer');
}

/** Length in characters (code points), as JSON Schema counts it. */
function charLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++;
    n++;
  }
  return n;
}

/** path → "[3].aliases[1]" */
export function formatPath(path: Array<string | number>): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

/** Validates plain JSON values (what JSON.parse returns); errors carry paths, see locate(). */
export class SchemaValidator {
  private patterns = new Map<string, RegExp>();

  constructor(private readonly root: Schema) {}

  /** Validates `value` against the root schema, or against `ref` (#/definitions/entry). */
  validate(value: unknown, ref?: string, maxErrors = 200): SchemaError[] {
    const errors: SchemaError[] = [];
    this.check(value, ref ? { $ref: ref } : this.root, [], errors, maxErrors);
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

  private check(value: unknown, schemaIn: Schema, path: Array<string | number>, errors: SchemaError[], max: number): void {
    if (errors.length >= max) return;
    const schema = schemaIn.$ref ? this.resolve(schemaIn) : schemaIn;
    const name = () => formatPath(path) || 'The value';
    const actual = typeOf(value);
    if (schema.type !== undefined) {
      const wanted = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!wanted.some((w) => typeMatches(actual, w))) {
        errors.push({ path, message: `${name()} must be ${wanted.map(article).join(' or ')}, not ${article(actual)}` });
        return;
      }
    }
    if (schema.enum && !schema.enum.some((v) => v === value)) {
      errors.push({ path, message: `${name()} must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}` });
    }
    if (typeof value === 'string') {
      if (schema.minLength !== undefined && charLength(value) < schema.minLength) errors.push({ path, message: `${name()} must not be empty` });
      if (schema.maxLength !== undefined && value.length > schema.maxLength && charLength(value) > schema.maxLength) {
        errors.push({ path, message: `${name()} is longer than ${schema.maxLength} characters` });
      }
      if (schema.pattern !== undefined && !this.regex(schema.pattern).test(value)) {
        errors.push({ path, message: `${name()} ${patternMessage(schema)}` });
      }
    } else if (Array.isArray(value)) {
      if (schema.items) for (let k = 0; k < value.length; k++) this.check(value[k], schema.items, [...path, k], errors, max);
      if (schema.uniqueItems) {
        const seen = new Set<unknown>();
        value.forEach((item, k) => {
          if (item !== null && typeof item === 'object') return;
          if (seen.has(item)) errors.push({ path: [...path, k], message: `${formatPath([...path, k])} repeats an earlier item` });
          seen.add(item);
        });
      }
    } else if (value !== null && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      for (const key of Object.keys(obj)) {
        const sub = schema.properties?.[key];
        if (sub) this.check(obj[key], sub, [...path, key], errors, max);
        else if (schema.additionalProperties === false) {
          const known = Object.keys(schema.properties ?? {});
          errors.push({ path: [...path, key], atKey: true, message: `Unknown property "${key}"${suggest(key, known)}; allowed: ${known.join(', ')}` });
        } else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
          this.check(obj[key], schema.additionalProperties, [...path, key], errors, max);
        }
      }
      for (const r of schema.required ?? []) {
        if (!(r in obj)) errors.push({ path, message: `${formatPath(path) || 'The object'} is missing the required property "${r}"` });
      }
    }
  }
}

/** The source range of `path` in a positioned tree (the property name when `atKey`). */
export function locate(root: JsonNode, path: Array<string | number>, atKey = false): { start: number; end: number } {
  let node: JsonNode = root;
  for (let k = 0; k < path.length; k++) {
    const p = path[k];
    if (typeof p === 'number' && node.kind === 'array' && node.items[p]) {
      node = node.items[p];
    } else if (typeof p === 'string' && node.kind === 'object') {
      // The last occurrence wins in JSON.parse, so locate that one.
      let prop: JsonProp | undefined;
      for (const q of node.props) if (q.key === p) prop = q;
      if (!prop) break;
      if (atKey && k === path.length - 1) return { start: prop.keyStart, end: prop.keyEnd };
      node = prop.value;
    } else break;
  }
  return { start: node.start, end: node.kind === 'object' || node.kind === 'array' ? node.start + 1 : node.end };
}

/** Properties that appear twice in an object (JSON.parse keeps the last silently). */
export function repeatedKeys(node: JsonNode): Array<{ start: number; end: number; key: string }> {
  const out: Array<{ start: number; end: number; key: string }> = [];
  const walk = (n: JsonNode, depth: number) => {
    if (depth > 64) return;
    if (n.kind === 'object') {
      const seen = new Set<string>();
      for (const p of n.props) {
        if (seen.has(p.key)) out.push({ start: p.keyStart, end: p.keyEnd, key: p.key });
        seen.add(p.key);
        walk(p.value, depth + 1);
      }
    } else if (n.kind === 'array') for (const it of n.items) walk(it, depth + 1);
  };
  walk(node, 0);
  return out;
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
  const hit = known.find((w) => {
    const l = w.toLowerCase();
    return l === k || editDistanceAtMost1(l, k) || (Math.abs(l.length - k.length) <= 3 && Math.min(l.length, k.length) >= 3
      && (l.startsWith(k) || k.startsWith(l)));
  });
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
