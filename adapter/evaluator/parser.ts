/**
 * Parses one Python expression of the subset the evaluator supports: literals, names,
 * attributes, calls, indexes and slices, arithmetic, comparisons, `and`/`or`/`not`, `in`,
 * `is`, conditional expressions. Precedence as in Python's grammar. Anything else (lambda,
 * comprehensions, f-strings, walrus, starred arguments) is refused with its name.
 */
import { parseValue } from '../valueParser.js';
import { NotSupported, PyError, type PyValue } from './values.js';

export type Expr =
  | { k: 'const'; v: PyValue }
  | { k: 'name'; id: string }
  | { k: 'list' | 'tuple' | 'set'; items: Expr[] }
  | { k: 'dict'; entries: [Expr, Expr][] }
  | { k: 'unary'; op: string; x: Expr }
  | { k: 'binary'; op: string; l: Expr; r: Expr }
  | { k: 'bool'; op: 'and' | 'or'; l: Expr; r: Expr }
  | { k: 'compare'; first: Expr; rest: [string, Expr][] }
  | { k: 'if'; test: Expr; body: Expr; orelse: Expr }
  | { k: 'attr'; x: Expr; name: string }
  | { k: 'call'; f: Expr; args: Expr[]; kwargs: [string, Expr][] }
  | { k: 'index'; x: Expr; index: Expr }
  | { k: 'slice'; lower: Expr | null; upper: Expr | null; step: Expr | null };

interface Token {
  kind: 'num' | 'str' | 'name' | 'op' | 'end';
  text: string;
  pos: number;
}

const OPERATORS = ['**', '//', '<<', '>>', '<=', '>=', '==', '!=', ':=', '->', '+', '-', '*', '/', '%', '&', '|', '^', '~', '<', '>', '(', ')', '[', ']', '{', '}', ',', ':', '.', '='];
const NUMBER = /(?:0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][-+]?\d+)?[jJ]?)/y;
const NAME = /[\p{L}_][\p{L}\p{N}_]*/uy;
const STRING = /([rRbBuUfF]{0,2})('''|"""|'|")/y;
const REFUSED_KEYWORDS = new Set(['lambda', 'yield', 'await', 'for', 'async', 'del', 'import', 'from', 'global', 'nonlocal', 'return', 'class', 'def', 'with', 'assert', 'raise', 'try', 'while', 'pass', 'break', 'continue', 'elif', 'except', 'finally', 'as']);
const COMPARE_OPS = new Set(['<', '>', '==', '!=', '<=', '>=']);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const c = text[pos]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      pos++;
      continue;
    }
    STRING.lastIndex = pos;
    const s = STRING.exec(text);
    if (s && (s[1] === '' || /[^\p{L}\p{N}_]/u.test(text[pos - 1] ?? ' '))) {
      const prefix = s[1]!.toLowerCase();
      if (prefix.includes('f')) throw new NotSupported('f-strings are not supported here: write the parts with + and str(...)');
      if (prefix.includes('b')) throw new NotSupported('bytes literals are not supported here');
      const end = stringEnd(text, pos + s[0].length, s[2]!, prefix.includes('r'));
      tokens.push({ kind: 'str', text: text.slice(pos, end), pos });
      pos = end;
      continue;
    }
    NUMBER.lastIndex = pos;
    const n = /[\d.]/.test(c) ? NUMBER.exec(text) : null;
    if (n && n[0] !== '.') {
      tokens.push({ kind: 'num', text: n[0], pos });
      pos += n[0].length;
      continue;
    }
    NAME.lastIndex = pos;
    const name = NAME.exec(text);
    if (name) {
      tokens.push({ kind: 'name', text: name[0], pos });
      pos += name[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, pos));
    if (!op) throw new PyError('SyntaxError', `invalid character ${JSON.stringify(c)} at column ${pos + 1}`);
    tokens.push({ kind: 'op', text: op, pos });
    pos += op.length;
  }
  tokens.push({ kind: 'end', text: '', pos });
  return tokens;
}

function stringEnd(text: string, from: number, quote: string, raw: boolean): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\' && !raw) i++;
    else if (text.startsWith(quote, i)) return i + quote.length;
    else if (quote.length === 1 && text[i] === '\n') break;
  }
  throw new PyError('SyntaxError', 'unterminated string literal');
}

export function parseExpr(text: string): Expr {
  const p = new Parser(tokenize(text));
  const e = p.expression();
  p.expectEnd();
  return e;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private get tok(): Token {
    return this.tokens[this.i]!;
  }
  private isOp(text: string): boolean {
    return this.tok.kind === 'op' && this.tok.text === text;
  }
  private isWord(text: string): boolean {
    return this.tok.kind === 'name' && this.tok.text === text;
  }
  private eat(text: string): boolean {
    if (this.isOp(text) || this.isWord(text)) {
      this.i++;
      return true;
    }
    return false;
  }
  private expect(text: string): void {
    if (!this.eat(text)) throw this.syntaxError(`expected '${text}'`);
  }
  expectEnd(): void {
    if (this.tok.kind !== 'end') throw this.syntaxError('unexpected text after the expression');
  }
  private syntaxError(what: string): Error {
    const t = this.tok;
    if (t.kind === 'op' && t.text === ':=') return new NotSupported('assignment expressions (:=) are not supported: the evaluator never changes the state');
    if (t.kind === 'op' && t.text === '=') return new NotSupported('assignments are not supported here: set a variable in the Variables view');
    if (t.kind === 'name' && t.text === 'for') return new NotSupported('comprehensions are not supported here');
    if (t.kind === 'name' && REFUSED_KEYWORDS.has(t.text)) return new NotSupported(`'${t.text}' is not supported in an expression here`);
    const at = t.kind === 'end' ? 'at the end' : `at '${t.text}' (column ${t.pos + 1})`;
    return new PyError('SyntaxError', `${what} ${at}`);
  }

  expression(): Expr {
    const body = this.or();
    if (!this.eat('if')) return body;
    const test = this.or();
    this.expect('else');
    return { k: 'if', test, body, orelse: this.expression() };
  }
  private or(): Expr {
    let l = this.and();
    while (this.eat('or')) l = { k: 'bool', op: 'or', l, r: this.and() };
    return l;
  }
  private and(): Expr {
    let l = this.not();
    while (this.eat('and')) l = { k: 'bool', op: 'and', l, r: this.not() };
    return l;
  }
  private not(): Expr {
    if (this.eat('not')) return { k: 'unary', op: 'not', x: this.not() };
    return this.comparison();
  }
  private comparison(): Expr {
    const first = this.binary(0);
    const rest: [string, Expr][] = [];
    for (;;) {
      let op: string | null = null;
      if (this.tok.kind === 'op' && COMPARE_OPS.has(this.tok.text)) op = this.tokens[this.i++]!.text;
      else if (this.eat('in')) op = 'in';
      else if (this.isWord('not') && this.tokens[this.i + 1]?.text === 'in') {
        this.i += 2;
        op = 'not in';
      } else if (this.eat('is')) op = this.eat('not') ? 'is not' : 'is';
      if (op === null) break;
      rest.push([op, this.binary(0)]);
    }
    return rest.length ? { k: 'compare', first, rest } : first;
  }

  // Binary levels from loosest: | ^ & (<< >>) (+ -) (* / // %).
  private static readonly LEVELS = [['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '/', '//', '%', '@']];
  private binary(level: number): Expr {
    if (level === Parser.LEVELS.length) return this.unary();
    let l = this.binary(level + 1);
    for (;;) {
      const op = Parser.LEVELS[level]!.find((o) => this.isOp(o));
      if (!op) return l;
      this.i++;
      l = { k: 'binary', op, l, r: this.binary(level + 1) };
    }
  }
  private unary(): Expr {
    for (const op of ['-', '+', '~']) if (this.eat(op)) return { k: 'unary', op, x: this.unary() };
    return this.power();
  }
  private power(): Expr {
    const base = this.trailers(this.atom());
    if (this.eat('**')) return { k: 'binary', op: '**', l: base, r: this.unary() };
    return base;
  }
  private trailers(e: Expr): Expr {
    for (;;) {
      if (this.eat('.')) {
        if (this.tok.kind !== 'name') throw this.syntaxError('expected an attribute name');
        e = { k: 'attr', x: e, name: this.tokens[this.i++]!.text };
      } else if (this.eat('(')) {
        e = this.call(e);
      } else if (this.eat('[')) {
        const index = this.subscript();
        this.expect(']');
        e = { k: 'index', x: e, index };
      } else return e;
    }
  }
  private call(f: Expr): Expr {
    const args: Expr[] = [];
    const kwargs: [string, Expr][] = [];
    while (!this.eat(')')) {
      if (this.isOp('*') || this.isOp('**')) throw new NotSupported('starred arguments are not supported here');
      if (this.tok.kind === 'name' && this.tokens[this.i + 1]?.text === '=') {
        const name = this.tok.text;
        this.i += 2;
        kwargs.push([name, this.expression()]);
      } else {
        args.push(this.expression());
        if (this.isWord('for')) throw this.syntaxError('');
      }
      if (!this.eat(',')) {
        this.expect(')');
        break;
      }
    }
    return { k: 'call', f, args, kwargs };
  }
  private subscript(): Expr {
    const first = this.sliceOrExpr();
    if (!this.isOp(',')) return first;
    const items = [first];
    while (this.eat(',') && !this.isOp(']')) items.push(this.sliceOrExpr());
    return { k: 'tuple', items };
  }
  private sliceOrExpr(): Expr {
    const part = (): Expr | null => (this.isOp(':') || this.isOp(']') || this.isOp(',') ? null : this.expression());
    const lower = part();
    if (!this.eat(':')) {
      if (lower === null) throw this.syntaxError('expected an index');
      return lower;
    }
    const upper = part();
    const step = this.eat(':') ? part() : null;
    return { k: 'slice', lower, upper, step };
  }
  private atom(): Expr {
    const t = this.tok;
    if (t.kind === 'num') {
      this.i++;
      return { k: 'const', v: numberValue(t.text) };
    }
    if (t.kind === 'str') {
      let v = '';
      while (this.tok.kind === 'str') v += stringValue(this.tokens[this.i++]!.text);
      return { k: 'const', v: { t: 'str', v } };
    }
    if (t.kind === 'name') {
      if (REFUSED_KEYWORDS.has(t.text) || ['and', 'or', 'not', 'in', 'is', 'if', 'else'].includes(t.text)) throw this.syntaxError('expected a value');
      this.i++;
      if (t.text === 'None') return { k: 'const', v: { t: 'none' } };
      if (t.text === 'True' || t.text === 'False') return { k: 'const', v: { t: 'bool', v: t.text === 'True' } };
      return { k: 'name', id: t.text };
    }
    if (this.eat('(')) {
      if (this.eat(')')) return { k: 'tuple', items: [] };
      const first = this.expression();
      if (this.isWord('for')) throw this.syntaxError('');
      if (this.eat(')')) return first;
      const items = [first];
      while (this.eat(',') && !this.isOp(')')) items.push(this.expression());
      this.expect(')');
      return { k: 'tuple', items };
    }
    if (this.eat('[')) return { k: 'list', items: this.items(']') };
    if (this.eat('{')) return this.braces();
    throw this.syntaxError('expected a value');
  }
  private items(close: string): Expr[] {
    const items: Expr[] = [];
    while (!this.eat(close)) {
      items.push(this.expression());
      if (this.isWord('for')) throw this.syntaxError('');
      if (!this.eat(',')) {
        this.expect(close);
        break;
      }
    }
    return items;
  }
  private braces(): Expr {
    if (this.eat('}')) return { k: 'dict', entries: [] };
    const first = this.expression();
    if (!this.eat(':')) {
      if (this.isWord('for')) throw this.syntaxError('');
      const rest = this.eat(',') ? this.items('}') : (this.expect('}'), []);
      return { k: 'set', items: [first, ...rest] };
    }
    const entries: [Expr, Expr][] = [[first, this.expression()]];
    if (this.isWord('for')) throw this.syntaxError('');
    while (this.eat(',') && !this.isOp('}')) {
      const key = this.expression();
      this.expect(':');
      entries.push([key, this.expression()]);
    }
    this.expect('}');
    return { k: 'dict', entries };
  }
}

function numberValue(text: string): PyValue {
  const t = text.replace(/_/g, '');
  if (/[jJ]$/.test(t)) throw new NotSupported('complex numbers are not supported here');
  if (/^0[xXoObB]/.test(t) || /^\d+$/.test(t)) return { t: 'int', v: BigInt(t) };
  return { t: 'float', v: Number(t) };
}

function stringValue(text: string): string {
  const raw = /^[rR]/.test(text);
  const body = text.replace(/^[uUrR]*/, '');
  if (raw) return body.slice(body.startsWith("'''") || body.startsWith('"""') ? 3 : 1, body.length - (body.endsWith("'''") || body.endsWith('"""') ? 3 : 1));
  const single = body.startsWith("'''") || body.startsWith('"""') ? `'${body.slice(3, -3).replace(/'/g, "\\'")}'` : body;
  const node = parseValue(single);
  if (node?.kind !== 'leaf' || typeof node.value !== 'string') throw new PyError('SyntaxError', `cannot read the string ${text}`);
  return node.value;
}
