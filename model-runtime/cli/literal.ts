/**
 * Whether a prediction is exactly one Python literal, before a scorer runs it: `1 or 2`,
 * `f(x)`, `3, 'x'` and `[1][0]` are code, not values, and must not pass an execution-based
 * check. The grammar and its reasons are those of training/literal.py (both pass
 * test/fixtures/literal_cases.json):
 *
 *   literal := ['-' | '+'] number [('+' | '-') imaginary] | string+ (all str or all bytes, no f-strings)
 *            | None | True | False | set() | frozenset() | frozenset(container)
 *            | '(' ')' | '(' literal ')' | '(' literal ',' [items] ')' | '[' [items] ']'
 *            | '{' '}' | '{' items '}' | '{' literal ':' literal (',' literal ':' literal)* [','] '}'
 *
 * A prediction is one line. For input prediction the text is a call's argument list:
 * literals, then optionally `name=literal`s.
 */

export class NotALiteral extends Error {}

type Kind = 'string' | 'bytes' | 'number' | 'name' | 'punct' | 'end';
interface Token {
  kind: Kind;
  text: string;
}

const STRING =
  /(?:[rRuU]|[bB][rR]?|[rR][bB])?(?:'''(?:\\.|[^\\])*?'''|"""(?:\\.|[^\\])*?"""|'(?:\\.|[^\\'\n])*'|"(?:\\.|[^\\"\n])*")/y;
const NUMBER =
  /0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:(?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\.?)(?:[eE][+-]?[0-9](?:_?[0-9])*)?[jJ]?/y;
const NAME = /[A-Za-z_][A-Za-z_0-9]*/y;
const WHITESPACE = /[ \t]+/y;
const PUNCT = '-+()[]{},:=';
// `01` is a syntax error in Python 3; `00`, `01.5`, `01e1` and `01j` are not
const NOT_A_DECIMAL = /^0[0-9]*[1-9][0-9]*$/;
const CONSTANTS = new Set(['None', 'True', 'False']);

function matchAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ws = matchAt(WHITESPACE, text, i);
    if (ws) {
      i += ws.length;
      continue;
    }
    const str = matchAt(STRING, text, i);
    if (str) {
      const prefix = /^[A-Za-z]*/.exec(str)![0].toLowerCase();
      out.push({ kind: prefix.includes('b') ? 'bytes' : 'string', text: str });
      i += str.length;
      continue;
    }
    const num = matchAt(NUMBER, text, i);
    if (num) {
      if (!/[.eExXoObBjJ]/.test(num) && NOT_A_DECIMAL.test(num.replace(/_/g, ''))) {
        throw new NotALiteral(`${num} is not a number (leading zero)`);
      }
      const after = text[i + num.length];
      if (after !== undefined && /[A-Za-z_0-9.]/.test(after)) throw new NotALiteral(`unexpected '${after}' after ${num}`);
      out.push({ kind: 'number', text: num });
      i += num.length;
      continue;
    }
    const name = matchAt(NAME, text, i);
    if (name) {
      out.push({ kind: 'name', text: name });
      i += name.length;
      continue;
    }
    if (PUNCT.includes(text[i]!)) {
      out.push({ kind: 'punct', text: text[i]! });
      i++;
      continue;
    }
    throw new NotALiteral(`unexpected '${text[i]}' at column ${i + 1}`);
  }
  return out;
}

const END: Token = { kind: 'end', text: '' };

class Parser {
  private readonly toks: Token[];
  private i = 0;

  constructor(text: string) {
    if (/[\n\r]/.test(text)) throw new NotALiteral('a prediction is one line');
    this.toks = tokenize(text);
  }

  peek(k = 0): Token {
    return this.toks[this.i + k] ?? END;
  }

  private take(text: string): boolean {
    const t = this.peek();
    if (t.text === text && (t.kind === 'punct' || t.kind === 'name')) {
      this.i++;
      return true;
    }
    return false;
  }

  private expect(text: string): void {
    if (!this.take(text)) throw new NotALiteral(`expected '${text}', got '${this.peek().text || 'the end'}'`);
  }

  end(): void {
    if (this.peek().kind !== 'end') throw new NotALiteral(`unexpected '${this.peek().text}' after the value`);
  }

  literal(): void {
    const t = this.peek();
    if (t.kind === 'string' || t.kind === 'bytes') {
      while (this.peek().kind === 'string' || this.peek().kind === 'bytes') {
        if (this.peek().kind !== t.kind) throw new NotALiteral('str and bytes literals cannot be joined');
        this.i++;
      }
      return;
    }
    if (t.kind === 'number' || t.text === '-' || t.text === '+') return this.number();
    if (t.kind === 'name') {
      this.i++;
      if (CONSTANTS.has(t.text)) return;
      if (t.text === 'set') {
        this.expect('(');
        this.expect(')');
        return;
      }
      if (t.text === 'frozenset') {
        this.expect('(');
        if (this.take(')')) return;
        if (!['[', '(', '{'].includes(this.peek().text)) throw new NotALiteral('frozenset() takes a list, tuple or set literal');
        this.literal();
        this.expect(')');
        return;
      }
      throw new NotALiteral(`${t.text} is a name, not a value`);
    }
    if (this.take('(')) {
      if (this.take(')')) return;
      this.literal();
      if (this.take(')')) return;
      this.expect(',');
      return this.items(')');
    }
    if (this.take('[')) return this.items(']');
    if (this.take('{')) return this.braces();
    throw new NotALiteral(`unexpected '${t.text || 'end'}'`);
  }

  private number(): void {
    if (this.peek().text === '-' || this.peek().text === '+') this.i++;
    const t = this.peek();
    if (t.kind !== 'number') throw new NotALiteral('a sign must be followed by a number');
    this.i++;
    if (/[jJ]$/.test(t.text)) return;
    const next = this.peek(1);
    if ((this.peek().text === '-' || this.peek().text === '+') && next.kind === 'number' && /[jJ]$/.test(next.text)) {
      this.i += 2;
    }
  }

  /** literal (',' literal)* [','] close, or just close. */
  private items(close: string): void {
    while (!this.take(close)) {
      this.literal();
      if (!this.take(',')) {
        this.expect(close);
        return;
      }
    }
  }

  private braces(): void {
    if (this.take('}')) return;
    this.literal();
    if (this.take(':')) {
      this.literal();
      while (this.take(',')) {
        if (this.take('}')) return;
        this.literal();
        this.expect(':');
        this.literal();
      }
      this.expect('}');
      return;
    }
    if (!this.take(',')) {
      this.expect('}');
      return;
    }
    this.items('}');
  }

  /** A call's argument list: literals, then `name=literal`s; a trailing comma is allowed. */
  arguments(): void {
    let keywords = false;
    while (this.peek().kind !== 'end') {
      if (this.peek().kind === 'name' && this.peek(1).text === '=') {
        this.i += 2;
        keywords = true;
      } else if (keywords) {
        throw new NotALiteral('a positional argument follows a keyword argument');
      }
      this.literal();
      if (!this.take(',')) break;
    }
    this.end();
  }
}

/** Throws NotALiteral (with the reason) unless `text` is exactly one literal. */
export function checkValue(text: string): void {
  const p = new Parser(text.trim());
  if (p.peek().kind === 'end') throw new NotALiteral('empty prediction');
  p.literal();
  p.end();
}

/** Throws NotALiteral unless `text` is a call's argument list of literals (maybe empty). */
export function checkArguments(text: string): void {
  new Parser(text.trim()).arguments();
}

/** The reason `text` is not accepted, or null when it is. */
export function literalProblem(text: string, task: 'output' | 'input'): string | null {
  try {
    if (task === 'output') checkValue(text);
    else checkArguments(text);
    return null;
  } catch (e) {
    if (e instanceof NotALiteral) return e.message;
    throw e;
  }
}
