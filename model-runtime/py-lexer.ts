/**
 * A small Python tokenizer: enough to find logical lines, their indentation and their names,
 * and to report the syntax errors that show without a grammar (unterminated strings,
 * unbalanced brackets, bad indentation, stray characters). Neural mode never runs Python, so
 * this is what the runtime can check on its own (docs/model-runtime.md, "Syntax errors").
 */

export interface SyntaxIssue {
  line: number; // 1-based
  column: number; // 1-based
  message: string;
}

export interface LexToken {
  kind: 'name' | 'number' | 'string' | 'op';
  text: string;
  line: number;
  /** Strings only: the literal's offsets in the source, prefix and quotes included. */
  span?: { start: number; end: number };
}

export interface LogicalLine {
  first: number; // first physical line
  last: number; // last physical line
  indent: number; // columns, tabs to multiples of 8
  tokens: LexToken[];
}

export interface LexResult {
  lines: LogicalLine[];
  error: SyntaxIssue | null;
}

const NAME_START = /[\p{L}\p{Nl}_]/u;
const NAME_CHAR = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u;
const OPERATOR_CHARS = '+-*/%@&|^~<>=!.,:;';
const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const STRING_PREFIX = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/;

class LexError extends Error {
  constructor(readonly issue: SyntaxIssue) {
    super(issue.message);
  }
}

export function lexPython(source: string): LexResult {
  const lexer = new Lexer(source.replace(/\r\n?/g, '\n'));
  try {
    lexer.run();
    return { lines: lexer.lines, error: null };
  } catch (e) {
    if (e instanceof LexError) return { lines: lexer.lines, error: e.issue };
    throw e;
  }
}

class Lexer {
  readonly lines: LogicalLine[] = [];
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private brackets: { ch: string; line: number; column: number }[] = [];
  private current: LogicalLine | null = null;
  private readonly indents = [0];
  private expectIndentAfter = 0; // line of the last block header (ending in ':'), 0 if none

  constructor(private readonly src: string) {}

  run(): void {
    while (this.pos < this.src.length) {
      if (this.current === null && this.brackets.length === 0) {
        if (this.startLogicalLine()) continue;
      }
      this.token();
    }
    this.endLogicalLine();
    const open = this.brackets[this.brackets.length - 1];
    if (open) this.fail(`'${open.ch}' was never closed`, open.line, open.column);
    if (this.expectIndentAfter) {
      const line = this.src.endsWith('\n') ? this.line : this.line + 1;
      this.fail(`expected an indented block after line ${this.expectIndentAfter}`, line, 1);
    }
  }

  private fail(message: string, line = this.line, column = this.pos - this.lineStart + 1): never {
    throw new LexError({ line, column, message });
  }

  /** Reads indentation; returns true when the line turned out blank or a comment. */
  private startLogicalLine(): boolean {
    let indent = 0;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (c === ' ') indent++;
      else if (c === '\t') indent = (Math.floor(indent / 8) + 1) * 8;
      else if (c === '\f') indent = 0;
      else break;
      this.pos++;
    }
    const c = this.src[this.pos];
    if (c === undefined || c === '\n' || c === '#') {
      this.skipComment();
      if (this.src[this.pos] === '\n') this.newline();
      return true;
    }
    if (c === '\\' && this.src[this.pos + 1] === '\n') return false; // a continuation starts the line
    this.checkIndent(indent);
    this.current = { first: this.line, last: this.line, indent, tokens: [] };
    return false;
  }

  private checkIndent(indent: number): void {
    const top = this.indents[this.indents.length - 1]!;
    if (this.expectIndentAfter) {
      if (indent <= top) this.fail(`expected an indented block after line ${this.expectIndentAfter}`, this.line, indent + 1);
      this.indents.push(indent);
      this.expectIndentAfter = 0;
      return;
    }
    if (indent > top) this.fail('unexpected indent', this.line, indent + 1);
    while (indent < this.indents[this.indents.length - 1]!) this.indents.pop();
    if (indent !== this.indents[this.indents.length - 1]) {
      this.fail('unindent does not match any outer indentation level', this.line, indent + 1);
    }
  }

  private endLogicalLine(): void {
    const cur = this.current;
    if (cur === null) return;
    this.lines.push(cur);
    const last = cur.tokens[cur.tokens.length - 1];
    if (last?.kind === 'op' && last.text === ':') this.expectIndentAfter = cur.first;
    this.current = null;
  }

  private newline(): void {
    this.pos++;
    this.line++;
    this.lineStart = this.pos;
  }

  private skipComment(): void {
    if (this.src[this.pos] !== '#') return;
    while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
  }

  private push(kind: LexToken['kind'], text: string, line = this.line, span?: LexToken['span']): void {
    if (this.current === null) this.current = { first: line, last: line, indent: 0, tokens: [] };
    this.current.tokens.push(span ? { kind, text, line, span } : { kind, text, line });
    this.current.last = this.line;
  }

  private token(): void {
    const src = this.src;
    const c = src[this.pos]!;
    if (c === '\n') {
      if (this.brackets.length === 0) this.endLogicalLine();
      this.newline();
    } else if (c === ' ' || c === '\t' || c === '\f') {
      this.pos++;
    } else if (c === '#') {
      this.skipComment();
    } else if (c === '\\') {
      if (src[this.pos + 1] !== '\n') this.fail('unexpected character after line continuation character');
      this.pos++;
      this.newline();
    } else if (c === "'" || c === '"') {
      this.string('');
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[this.pos + 1] ?? ''))) {
      this.number();
    } else if (NAME_START.test(c)) {
      const start = this.pos;
      while (this.pos < src.length && NAME_CHAR.test(src[this.pos]!)) this.pos++;
      const name = src.slice(start, this.pos);
      const q = src[this.pos];
      if ((q === "'" || q === '"') && STRING_PREFIX.test(name)) this.string(name);
      else this.push('name', name);
    } else if (c in OPENERS) {
      this.brackets.push({ ch: c, line: this.line, column: this.pos - this.lineStart + 1 });
      this.push('op', c);
      this.pos++;
    } else if (c in CLOSERS) {
      const open = this.brackets.pop();
      if (open === undefined) this.fail(`unmatched '${c}'`);
      if (open.ch !== CLOSERS[c]) {
        this.fail(`closing parenthesis '${c}' does not match opening parenthesis '${open.ch}'` +
          (open.line !== this.line ? ` on line ${open.line}` : ''));
      }
      this.push('op', c);
      this.pos++;
    } else if (OPERATOR_CHARS.includes(c)) {
      this.push('op', c);
      this.pos++;
    } else {
      const code = c.codePointAt(0)!;
      this.fail(`invalid character '${String.fromCodePoint(code)}' (U+${code.toString(16).toUpperCase().padStart(4, '0')})`);
    }
  }

  private number(): void {
    const m = /^(?:[0-9][0-9a-zA-Z_]*(?:\.[0-9a-zA-Z_]*)?|\.[0-9][0-9a-zA-Z_]*)(?:(?<=[eE])[+-][0-9_]+)?[jJ]?/.exec(
      this.src.slice(this.pos, this.pos + 200),
    );
    const text = m![0];
    this.push('number', text);
    this.pos += text.length;
  }

  private string(prefix: string): void {
    const src = this.src;
    const startLine = this.line;
    const column = this.pos - this.lineStart + 1 - prefix.length;
    const start = this.pos - prefix.length;
    const q = src[this.pos]!;
    const triple = src.startsWith(q.repeat(3), this.pos);
    const close = triple ? q.repeat(3) : q;
    this.pos += close.length;
    for (;;) {
      const c = src[this.pos];
      if (c === undefined) {
        this.fail(triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal', startLine, column);
      }
      if (c === '\\') {
        if (src[this.pos + 1] === '\n') {
          this.pos++;
          this.newline();
        } else {
          this.pos += 2;
        }
      } else if (c === '\n') {
        if (!triple) this.fail('unterminated string literal', startLine, column);
        this.newline();
      } else if (src.startsWith(close, this.pos)) {
        this.pos += close.length;
        break;
      } else {
        this.pos++;
      }
    }
    this.push('string', prefix + q, startLine, { start, end: this.pos });
  }
}
