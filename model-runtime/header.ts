/**
 * The prompt header: numbered source, entry call, breakpoint and exception settings
 * (training/traceformat.py render_header).
 */
import type { ExceptionFilter } from './stop.js';
import { BOS, BP, CALL, RAISED, SRC, UNCAUGHT, escape, type Segment } from './format.js';
import { lexPython, type LogicalLine } from './py-lexer.js';

export interface SourceLine {
  number: number;
  text: string;
}

// Python's str.splitlines() boundaries.
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
const BLANK_OR_COMMENT = /^\s*(#.*)?$/;

// line breaks other than \n and \r\n: splitlines() counts them, the lexer does not
const OTHER_LINE_BREAK = /[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/**
 * Numbered lines the model sees, trailing whitespace dropped; the numbers of lines left out
 * stay unused. What never runs is left out: blank and comment-only lines (not inside a
 * string) and function docstrings. Any other statement that is only a string (a module or
 * class docstring, a bare string in code) runs as a no-op with a line event, so it stays as
 * one line `...` at its first line. Source that does not lex loses only its blank and
 * comment-only lines. training/traceformat.py source_lines is the same rule
 * (test/fixtures/source_lines.json).
 */
export function sourceLines(source: string): SourceLine[] {
  const { replaced, inString } = stringStatements(source);
  const out: SourceLine[] = [];
  source.split(LINE_BREAK).forEach((line, i) => {
    const number = i + 1;
    const instead = replaced.get(number);
    if (instead !== undefined) {
      if (instead !== null) out.push({ number, text: instead });
    } else if (inString.has(number) || !BLANK_OR_COMMENT.test(line)) {
      out.push({ number, text: line.trimEnd() });
    }
  });
  return out;
}

/** Line number -> what shows instead (null: nothing) for the lines of string-only
 * statements; and the lines inside multi-line strings, kept even where they look blank. */
function stringStatements(source: string): { replaced: Map<number, string | null>; inString: Set<number> } {
  const replaced = new Map<number, string | null>();
  const inString = new Set<number>();
  const text = source.replace(/\r\n/g, '\n');
  if (OTHER_LINE_BREAK.test(text)) return { replaced, inString };
  const lexed = lexPython(text);
  if (lexed.error) return { replaced, inString };
  const lines = text.split('\n');
  let previous: LogicalLine | undefined;
  for (const logical of lexed.lines) {
    for (const t of logical.tokens) {
      if (t.kind !== 'string' || !t.span) continue;
      const last = t.line + (text.slice(t.span.start, t.span.end).match(/\n/g)?.length ?? 0);
      for (let n = t.line + 1; n <= last; n++) inString.add(n);
    }
    // an f-string runs code, so it is not a no-op
    if (logical.tokens.length > 0 && logical.tokens.every((t) => t.kind === 'string' && !/f/i.test(t.text.slice(0, -1)))) {
      for (let n = logical.first; n <= logical.last; n++) replaced.set(n, null);
      if (!previous || !isDefHeader(previous)) {
        const line = lines[logical.first - 1]!;
        replaced.set(logical.first, `${line.slice(0, line.length - line.trimStart().length)}...`);
      }
    }
    previous = logical;
  }
  return { replaced, inString };
}

function isDefHeader(line: LogicalLine): boolean {
  const [first, second] = line.tokens;
  const last = line.tokens[line.tokens.length - 1];
  return (first?.text === 'def' || (first?.text === 'async' && second?.text === 'def')) && last?.text === ':';
}

export interface HeaderSpec {
  source: string;
  call?: string | undefined;
  breakpoints?: readonly number[] | undefined;
  exceptionFilters?: readonly ExceptionFilter[] | undefined;
}

/**
 * `shown`: the line numbers to write (source windowing for long programs); all lines when
 * left out.
 */
export function renderHeader(spec: HeaderSpec, shown?: ReadonlySet<number>): Segment[] {
  const lines = sourceLines(canonicalQuotes(spec.source)).filter((l) => !shown || shown.has(l.number));
  const segs: Segment[] = [BOS, SRC, escape(lines.map((l) => `${l.number} ${l.text}\n`).join(''))];
  if (spec.call !== undefined) segs.push(CALL, escape(spec.call));
  segs.push(...renderSettings(spec.breakpoints ?? [], spec.exceptionFilters ?? []));
  return segs;
}

function renderSettings(breakpoints: readonly number[], filters: readonly ExceptionFilter[]): Segment[] {
  const segs: Segment[] = [];
  if (breakpoints.length > 0) segs.push(BP, [...new Set(breakpoints)].sort((a, b) => a - b).join(' '));
  if (filters.includes('raised')) segs.push(RAISED);
  if (filters.includes('uncaught')) segs.push(UNCAUGHT);
  return segs;
}

// prefix and body of a one-line double-quoted literal whose quotes can be swapped
const SWAPPABLE = /^([fF]?)"([^"\\'\n]*)"$/;

/**
 * Double-quoted string literals written as repr writes them, in single quotes, where that only
 * swaps the two quote characters (training/traceformat.py canonical_quotes, the same rule): the
 * model was trained on programs whose literals are written as repr does. Source that does not
 * lex is left as it is.
 */
export function canonicalQuotes(source: string): string {
  const lexed = lexPython(source);
  if (lexed.error) return source;
  let out = source;
  for (const token of lexed.lines.flatMap((l) => l.tokens)) {
    if (token.kind !== 'string' || !token.span) continue;
    const literal = source.slice(token.span.start, token.span.end);
    const m = SWAPPABLE.exec(literal);
    if (!m) continue;
    const open = token.span.start + m[1]!.length;
    out = `${out.slice(0, open)}'${m[2]!}'${out.slice(token.span.end)}`;
  }
  return out;
}
