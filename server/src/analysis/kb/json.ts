// A small JSON parser that keeps where every value is, so that knowledge-base problems (syntax
// errors and schema errors alike) can be reported at the right line and column of the user's file.
// Iterative over characters, no regular expressions; nesting depth is bounded so that hostile input
// cannot exhaust the stack.

export type JsonNode =
  | { kind: 'object'; start: number; end: number; props: JsonProp[] }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'string'; start: number; end: number; value: string }
  | { kind: 'number'; start: number; end: number; value: number }
  | { kind: 'boolean'; start: number; end: number; value: boolean }
  | { kind: 'null'; start: number; end: number; value: null };

export interface JsonProp {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

const MAX_DEPTH = 256;

/** Parses `text` (a BOM is skipped); throws JsonSyntaxError with the offset of the problem. */
export function parseJson(text: string): JsonNode {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;

  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const fail = (msg: string, at = i): never => {
    throw new JsonSyntaxError(msg, Math.min(at, n));
  };
  const describe = (at: number) => (at >= n ? 'end of file' : `'${text[at]}'`);

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    let runStart = i;
    while (true) {
      if (i >= n) fail('Unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(runStart, i);
        i++;
        return out;
      }
      if (c === 0x5c) {
        out += text.slice(runStart, i);
        const e = text[i + 1];
        if (e === undefined) fail('Unterminated string', start);
        if (e === 'u') {
          let v = 0;
          for (let k = 2; k < 6; k++) {
            const h = text.charCodeAt(i + k);
            const d = h >= 0x30 && h <= 0x39 ? h - 0x30 : h >= 0x61 && h <= 0x66 ? h - 0x57 : h >= 0x41 && h <= 0x46 ? h - 0x37 : -1;
            if (d < 0) fail('Invalid \\u escape', i);
            v = v * 16 + d;
          }
          out += String.fromCharCode(v);
          i += 6;
        } else {
          const m = ({ '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' } as Record<string, string>)[e];
          if (m === undefined) fail(`Invalid escape '\\${e}'`, i);
          out += m;
          i += 2;
        }
        runStart = i;
        continue;
      }
      if (c < 0x20) fail('Control character in string (line break inside a string?)', i);
      i++;
    }
  };

  const parseNumber = (): number => {
    const start = i;
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (text[i] >= '1' && text[i] <= '9') while (text[i] >= '0' && text[i] <= '9') i++;
    else fail('Invalid number', start);
    if (text[i] === '.') {
      i++;
      if (!(text[i] >= '0' && text[i] <= '9')) fail('Invalid number', start);
      while (text[i] >= '0' && text[i] <= '9') i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!(text[i] >= '0' && text[i] <= '9')) fail('Invalid number', start);
      while (text[i] >= '0' && text[i] <= '9') i++;
    }
    return Number(text.slice(start, i));
  };

  const parseValue = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) fail('Nesting too deep');
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const props: JsonProp[] = [];
      ws();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', start, end: i, props };
      }
      while (true) {
        ws();
        if (text[i] !== '"') fail(`Expected a property name in double quotes, found ${describe(i)}`);
        const keyStart = i;
        const key = parseString();
        const keyEnd = i;
        ws();
        if (text[i] !== ':') fail(`Expected ':' after property name, found ${describe(i)}`);
        i++;
        const value = parseValue(depth + 1);
        props.push({ key, keyStart, keyEnd, value });
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === '}') fail('Trailing comma before }');
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { kind: 'object', start, end: i, props };
        }
        fail(`Expected ',' or '}' in object, found ${describe(i)}`);
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', start, end: i, items };
      }
      while (true) {
        items.push(parseValue(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === ']') fail('Trailing comma before ]');
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { kind: 'array', start, end: i, items };
        }
        fail(`Expected ',' or ']' in array, found ${describe(i)}`);
      }
    }
    if (c === '"') {
      const value = parseString();
      return { kind: 'string', start, end: i, value };
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      const value = parseNumber();
      return { kind: 'number', start, end: i, value };
    }
    if (text.startsWith('true', i)) { i += 4; return { kind: 'boolean', start, end: i, value: true }; }
    if (text.startsWith('false', i)) { i += 5; return { kind: 'boolean', start, end: i, value: false }; }
    if (text.startsWith('null', i)) { i += 4; return { kind: 'null', start, end: i, value: null }; }
    return fail(i >= n ? 'Unexpected end of file' : `Unexpected ${describe(i)}`);
  };

  const root = parseValue(0);
  ws();
  if (i < n) fail(`Unexpected ${describe(i)} after the end of the JSON value`);
  return root;
}

/** The plain JavaScript value of a node. */
export function toValue(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const p of node.props) o[p.key] = toValue(p.value);
      return o;
    }
    case 'array':
      return node.items.map(toValue);
    default:
      return node.value;
  }
}

/** Line and column (both 1-based, column in UTF-16 code units) of an offset. */
export class LineIndex {
  private starts: number[] = [0];
  constructor(text: string) {
    for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 10) this.starts.push(k + 1);
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}
