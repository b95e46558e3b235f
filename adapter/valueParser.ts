/**
 * Parses the canonical value strings of predicted stops (docs/trace-format.md, "Canonical
 * values") into trees the Variables view can expand: lists, tuples, dicts, sets, frozensets and
 * objects in the attribute view `Point(x=1, y=2)`. Everything else is a leaf. A string that is
 * not a value Python's repr would write (a cut `...` value, garbage from a weak model) does not
 * parse: the caller shows it as a leaf.
 */

interface Span {
  /** Offsets of the node's text in the parsed string. */
  start: number;
  end: number;
}

export type LeafValue = string | number | bigint | boolean | null;

export interface LeafNode extends Span {
  kind: 'leaf';
  /** Python type name as far as the text tells (`int`, `str`, `Point` for `<Point object>`). */
  type: string;
  /** For literals: the value (decoded text of str/bytes, the number); undefined otherwise. */
  value?: LeafValue;
}

export interface SequenceNode extends Span {
  kind: 'list' | 'tuple' | 'set' | 'frozenset';
  items: ValueNode[];
}

export interface DictNode extends Span {
  kind: 'dict';
  entries: { key: ValueNode; value: ValueNode }[];
}

export interface ObjectNode extends Span {
  kind: 'object';
  className: string;
  attrs: { name: string; value: ValueNode }[];
}

export type ValueNode = LeafNode | SequenceNode | DictNode | ObjectNode;

/** The tree of a canonical value, or null if `text` is not one. */
export function parseValue(text: string): ValueNode | null {
  try {
    const p = new Parser(text);
    const node = p.value();
    p.skipSpace();
    return p.atEnd() ? node : null;
  } catch (e) {
    if (e instanceof Unparseable) return null;
    throw e;
  }
}

/** Python's type name of a node (what debugpy shows in the Variables view's type column). */
export function typeName(node: ValueNode): string {
  switch (node.kind) {
    case 'leaf':
      return node.type;
    case 'object':
      return node.className;
    default:
      return node.kind;
  }
}

class Unparseable extends Error {}

const IDENT = /[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)*/uy;
const NUMBER = /[-+]?(?:0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][-+]?\d+)?j?|inf|nan)(?![A-Za-z0-9_])/y;
const COMPLEX = /\([-+]?(?:[\d.]+(?:e[-+]?\d+)?|inf|nan)[-+](?:[\d.]+(?:e[-+]?\d+)?|inf|nan)j\)/y;
const NAMED_LEAVES: Record<string, { type: string; value?: LeafValue }> = {
  None: { type: 'NoneType', value: null },
  True: { type: 'bool', value: true },
  False: { type: 'bool', value: false },
  Ellipsis: { type: 'ellipsis' },
  NotImplemented: { type: 'NotImplementedType' },
};
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0' };

class Parser {
  private pos = 0;

  constructor(private readonly s: string) {}

  atEnd(): boolean {
    return this.pos === this.s.length;
  }

  skipSpace(): void {
    while (this.s[this.pos] === ' ') this.pos++;
  }

  value(): ValueNode {
    this.skipSpace();
    const start = this.pos;
    const c = this.s[this.pos];
    if (c === undefined) throw new Unparseable();
    if (this.recursionMarker()) return this.leaf(start, c === '[' ? 'list' : c === '(' ? 'tuple' : 'dict');
    if (c === '[') return this.sequence('list', ']');
    if (c === '(') return this.parenthesized();
    if (c === '{') return this.braced();
    if (c === '<') return this.angled();
    if (c === "'" || c === '"') return this.leaf(start, 'str', this.quoted());
    if ((c === 'b' || c === 'B') && (this.s[this.pos + 1] === "'" || this.s[this.pos + 1] === '"')) {
      this.pos++;
      return this.leaf(start, 'bytes', this.quoted());
    }
    const number = this.match(NUMBER);
    if (number !== null) return this.leaf(start, ...numberOf(number));
    const name = this.match(IDENT);
    if (name === null) throw new Unparseable();
    if (this.s[this.pos] === '(') return this.call(name, start);
    const named = NAMED_LEAVES[name];
    if (!named) throw new Unparseable();
    return this.leaf(start, named.type, named.value);
  }

  /** `[...]`, `(...)`, `{...}`: a container met again inside itself. */
  private recursionMarker(): boolean {
    const open = this.s[this.pos];
    const close = open === '[' ? ']' : open === '(' ? ')' : open === '{' ? '}' : null;
    if (close === null || !this.s.startsWith(`...${close}`, this.pos + 1)) return false;
    this.pos += 5;
    return true;
  }

  private leaf(start: number, type: string, value?: LeafValue): LeafNode {
    return value === undefined ? { kind: 'leaf', type, start, end: this.pos } : { kind: 'leaf', type, value, start, end: this.pos };
  }

  private match(re: RegExp): string | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.s);
    if (!m) return null;
    this.pos += m[0].length;
    return m[0];
  }

  private expect(ch: string): void {
    this.skipSpace();
    if (this.s[this.pos] !== ch) throw new Unparseable();
    this.pos++;
  }

  private peek(): string | undefined {
    this.skipSpace();
    return this.s[this.pos];
  }

  /** Comma-separated values up to `close`; a trailing comma is allowed (`(1,)`). */
  private items(close: string, item: () => void): number {
    let n = 0;
    while (this.peek() !== close) {
      item();
      n++;
      if (this.peek() === ',') this.pos++;
      else if (this.peek() !== close) throw new Unparseable();
    }
    this.pos++;
    return n;
  }

  private sequence(kind: 'list' | 'set', close: string, start = this.pos): SequenceNode {
    this.expect(kind === 'list' ? '[' : '{');
    const items: ValueNode[] = [];
    this.items(close, () => items.push(this.value()));
    return { kind, items, start, end: this.pos };
  }

  /** A tuple, or a complex number `(1+2j)`. */
  private parenthesized(): ValueNode {
    const start = this.pos;
    const complex = this.match(COMPLEX);
    if (complex !== null) return this.leaf(start, 'complex');
    this.pos++;
    const items: ValueNode[] = [];
    let commas = 0;
    while (this.peek() !== ')') {
      items.push(this.value());
      if (this.peek() === ',') {
        this.pos++;
        commas++;
      } else if (this.peek() !== ')') throw new Unparseable();
    }
    this.pos++;
    if (items.length === 1 && commas === 0) throw new Unparseable(); // `(x)` is not a tuple's repr
    return { kind: 'tuple', items, start, end: this.pos };
  }

  /** A dict (`{}` is one) or a set. */
  private braced(): ValueNode {
    const start = this.pos;
    const save = this.pos;
    this.pos++;
    if (this.peek() === '}') {
      this.pos++;
      return { kind: 'dict', entries: [], start, end: this.pos };
    }
    this.value();
    const isDict = this.peek() === ':';
    this.pos = save;
    if (!isDict) return this.sequence('set', '}', start);
    this.pos++;
    const entries: { key: ValueNode; value: ValueNode }[] = [];
    this.items('}', () => {
      const key = this.value();
      this.expect(':');
      entries.push({ key, value: this.value() });
    });
    return { kind: 'dict', entries, start, end: this.pos };
  }

  /** `<Point object>`, `<generator object gen>`, `<module 'math'>`: a leaf up to the matching `>`. */
  private angled(): LeafNode {
    const start = this.pos;
    let depth = 0;
    while (this.pos < this.s.length) {
      const c = this.s[this.pos]!;
      if (c === "'" || c === '"') {
        this.quoted();
        continue;
      }
      this.pos++;
      if (c === '<') depth++;
      else if (c === '>' && --depth === 0) {
        const head = /^<([\p{L}_][\p{L}\p{N}_.]*)/u.exec(this.s.slice(start, this.pos))?.[1] ?? 'object';
        return this.leaf(start, head === 'class' ? 'type' : head);
      }
    }
    throw new Unparseable();
  }

  /**
   * `Name(...)`: `Name(a=1, b=2)` (or `Name()`) is the attribute view of an object;
   * `frozenset({...})` and `set()` are sets; any other call (`Counter({'a': 2})`) is a leaf.
   */
  private call(name: string, start: number): ValueNode {
    if (this.s.startsWith('(...)', this.pos)) {
      this.pos += 5;
      return this.leaf(start, name);
    }
    this.pos++;
    const attrs: { name: string; value: ValueNode }[] = [];
    const positional: ValueNode[] = [];
    this.items(')', () => {
      this.skipSpace();
      const at = this.pos;
      const keyword = this.match(IDENT);
      if (keyword !== null && !keyword.includes('.') && this.peek() === '=') {
        this.pos++;
        attrs.push({ name: keyword, value: this.value() });
        return;
      }
      this.pos = at;
      positional.push(this.value());
    });
    if (name === 'set' && positional.length === 0 && attrs.length === 0) return { kind: 'set', items: [], start, end: this.pos };
    if (name === 'frozenset' && attrs.length === 0 && positional.length <= 1) {
      const inner = positional[0];
      if (inner === undefined) return { kind: 'frozenset', items: [], start, end: this.pos };
      if (inner.kind === 'set') return { kind: 'frozenset', items: inner.items, start, end: this.pos };
    }
    if (positional.length === 0) return { kind: 'object', className: name, attrs, start, end: this.pos };
    return this.leaf(start, name);
  }

  /** A str or bytes literal at the current quote; returns its decoded text. */
  private quoted(): string {
    const quote = this.s[this.pos]!;
    this.pos++;
    let out = '';
    for (;;) {
      const c = this.s[this.pos++];
      if (c === undefined || c === '\n') throw new Unparseable();
      if (c === quote) return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.s[this.pos++];
      if (e === undefined) throw new Unparseable();
      const simple = SIMPLE_ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        continue;
      }
      const digits = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      const hex = this.s.slice(this.pos, this.pos + digits);
      if (digits === 0 || !/^[\da-fA-F]+$/.test(hex) || hex.length !== digits) throw new Unparseable();
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw new Unparseable();
      out += String.fromCodePoint(code);
      this.pos += digits;
    }
  }
}

/** Type and value of a number literal. */
function numberOf(text: string): [string, LeafValue] {
  const clean = text.replace(/_/g, '');
  if (/j$/.test(clean)) return ['complex', null];
  const sign = clean.startsWith('-') ? -1n : 1n;
  const body = clean.replace(/^[-+]/, '');
  if (/^0[xob]/i.test(body)) return ['int', sign * BigInt(body.toLowerCase())];
  if (/^\d+$/.test(body)) return ['int', sign * BigInt(body)];
  if (body === 'inf') return ['float', sign < 0n ? -Infinity : Infinity];
  if (body === 'nan') return ['float', NaN];
  return ['float', Number(clean)];
}
